import '@/lib/page/highlights.css';
import { pageReady } from '@/lib/page/schedule';
import { runDossier } from '@/lib/page/session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // document_start, then waiting for the page (see pageReady): an injection between
  // DOMContentLoaded and load would hold up the page's load event
  runAt: 'document_start',
  allFrames: true,
  // WXT's legacy window.postMessage would reach the page's own message listeners
  noScriptStartedPostMessage: true,
  main(ctx) {
    // the popup may inject us again into a tab that already has us
    const flag = Symbol.for('dossier.running');
    const g = globalThis as Record<symbol, unknown>;
    if (g[flag]) return;
    g[flag] = true;
    ctx.signal.addEventListener('abort', () => delete g[flag]);
    void pageReady(window).then(() => {
      if (!ctx.signal.aborted) return runDossier(window, ctx.signal);
    });
  },
});
