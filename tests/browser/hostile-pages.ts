/** Generated hostile pages, served by the browser tests (see hostile.test.ts). */

const ARTICLE = '<p>OpenAI and Microsoft renegotiate their AI partnership; Nvidia supplies the chips and Sam Altman leads OpenAI.</p>';

export const HOSTILE_PAGES: Record<string, { html: string; headers?: Record<string, string> }> = {
  // 200,000 text nodes: 20,000 paragraphs of 10 spans, names among them
  '/hostile/nodes.html': {
    html: `<!doctype html><html lang="en"><body>${ARTICLE}${Array.from({ length: 20_000 }, (_, i) => `<p>${Array.from({ length: 10 }, (_, j) => `<span>${(i * 10 + j) % 997 === 0 ? 'Nvidia ' : 'word '}</span>`).join('')}</p>`).join('')}</body></html>`,
  },
  // 5,000 nested elements
  '/hostile/deep.html': {
    html: `<!doctype html><html lang="en"><body>${'<div>'.repeat(5000)}${ARTICLE}${'</div>'.repeat(5000)}</body></html>`,
  },
  // the page breaks the DOM and JS prototypes its own scripts would use
  '/hostile/prototypes.html': {
    html: `<!doctype html><html lang="en"><head><script>
      Array.prototype.map = function () { throw new Error('page map'); };
      Array.prototype.push = function () { throw new Error('page push'); };
      JSON.stringify = () => { throw new Error('page stringify'); };
      Node.prototype.appendChild = function () { throw new Error('page appendChild'); };
      Element.prototype.attachShadow = function () { throw new Error('page attachShadow'); };
      Document.prototype.createTreeWalker = function () { throw new Error('page walker'); };
      window.MutationObserver = function () { throw new Error('page observer'); };
      window.Promise = undefined;
    </script></head><body>${ARTICLE}</body></html>`,
  },
  // a strict Content-Security-Policy
  '/hostile/csp.html': {
    html: `<!doctype html><html lang="en"><body>${ARTICLE}</body></html>`,
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" },
  },
  // page CSS that targets every element, custom elements included
  '/hostile/css.html': {
    html: `<!doctype html><html lang="en"><head><style>
      * { all: unset !important; display: block !important; color: red !important; font-size: 40px !important; position: static !important; }
      :not(p) { opacity: 0.9 !important; } ::highlight(*) { background: none; } :host { display: none !important; }
    </style></head><body>${ARTICLE}</body></html>`,
  },
  // a mutation storm: about 1,000 text changes a second until told to stop. Every text names a
  // company, so ranges left over from text that is gone would show. stormStats: what the page
  // itself got done, its timer ticks and its longest wait between two.
  '/hostile/storm.html': {
    html: `<!doctype html><html lang="en"><body>${ARTICLE}<p id="storm">tick</p><script>
      let n = 0;
      let last = performance.now();
      window.stormStats = { ticks: 0, maxGap: 0 };
      window.resetStormStats = () => { stormStats.ticks = 0; stormStats.maxGap = 0; last = performance.now(); };
      window.stormTimer = setInterval(() => {
        const now = performance.now();
        stormStats.ticks++;
        stormStats.maxGap = Math.max(stormStats.maxGap, now - last);
        last = now;
        for (let i = 0; i < 10; i++) document.getElementById('storm').textContent = 'Anthropic tick ' + (++n);
      }, 10);
      window.stopStorm = () => { clearInterval(window.stormTimer); document.getElementById('storm').textContent = 'Calm again: Anthropic and Google.'; };
    </script></body></html>`,
  },
};
