import '@/lib/page/highlights.css';
import { runDossier } from '@/lib/page/session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
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
    void runDossier(window, ctx.signal);
  },
});
