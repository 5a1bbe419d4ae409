// Builds the extension when a build is missing or older than the sources, so `npm test` and
// `npm run demo` always run against what is in the tree.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outputs = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv2/manifest.json'].map((p) => path.join(root, p));
const sources = ['entrypoints', 'components', 'lib', 'public', 'assets', 'wxt.config.ts', 'package.json'];

function newest(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(full).map((c) => newest(path.join(p, c))));
}

const built = Math.min(...outputs.map((o) => (fs.existsSync(o) ? fs.statSync(o).mtimeMs : 0)));
if (built < Math.max(...sources.map(newest))) {
  console.log('[dossier] building the extension (sources changed since the last build)');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
