import path from 'node:path';
import tseslint from 'typescript-eslint';

/**
 * Code is split by where it runs, and each folder may import from an allow-list of folders (types
 * are free: they vanish at build time). The first matching entry names the folder.
 * - shared: zod-free vocabulary every side uses; match and kb: pure, no browser APIs (they run in
 *   Node too); protocol: the message table and the settings schema; background: the worker;
 *   page: the content script, which runs on every page and so carries no zod, matcher or
 *   knowledge base; components/card: the card, shown by the content script too.
 */
const ROOMS = [
  { room: 'lib/shared/', may: ['lib/shared/'], packages: [] },
  { room: 'lib/match/', may: ['lib/shared/', 'lib/match/'], packages: [] },
  { room: 'lib/kb/', may: ['lib/shared/', 'lib/match/', 'lib/kb/'], packages: ['zod'] },
  { room: 'lib/protocol/', may: ['lib/shared/', 'lib/kb/', 'lib/protocol/'], packages: ['zod', 'wxt/browser'] },
  { room: 'lib/background/', may: ['lib/shared/', 'lib/match/', 'lib/kb/', 'lib/protocol/', 'lib/background/'], packages: ['zod', 'wxt/browser'] },
  { room: 'lib/page/', may: ['lib/shared/', 'lib/page/', 'lib/match/disambiguate', 'components/card/'], packages: ['wxt/browser', 'preact'] },
  { room: 'components/card/', may: ['lib/shared/', 'components/card/'], packages: ['preact'] },
  { room: 'components/', may: ['lib/shared/', 'lib/protocol/', 'lib/match/normalise', 'components/'], packages: ['zod', 'wxt/browser', 'preact'] },
  { room: 'entrypoints/content/', may: ['lib/page/'], packages: [] },
  { room: 'entrypoints/background', may: ['lib/background/'], packages: ['wxt/browser'] },
  { room: 'entrypoints/', may: ['components/'], packages: ['preact'] },
];

const ROOT = path.dirname(new URL(import.meta.url).pathname);
const isTypeOnly = (node) => node.importKind === 'type' || node.exportKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

const boundaries = {
  meta: { type: 'problem', schema: [], messages: { outside: '{{room}} may not import {{target}}: it may import {{may}}' } },
  create(context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const rule = ROOMS.find((r) => file.startsWith(r.room));
    if (!rule) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || isTypeOnly(node)) return;
      const spec = source.value.replace(/\?.*$/, '');
      let target;
      if (spec.startsWith('@/')) target = spec.slice(2);
      else if (spec.startsWith('.')) target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      else {
        // the packages that decide what a bundle carries; Node's modules belong to scripts and tests
        const governed = spec.startsWith('node:') ? 'node:' : spec === 'wxt/browser' ? spec : ['zod', 'preact'].find((p) => spec === p || spec.startsWith(`${p}/`));
        if (governed && !rule.packages.includes(governed)) context.report({ node, messageId: 'outside', data: { room: rule.room, target: spec, may: rule.packages.join(', ') || 'no runtime packages' } });
        return;
      }
      if (rule.may.some((m) => (m.endsWith('/') ? target.startsWith(m) : target === m))) return;
      context.report({ node, messageId: 'outside', data: { room: rule.room, target, may: rule.may.join(', ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default tseslint.config(
  { ignores: ['kb-research/**', '.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**', 'bench/_*', 'scripts/_*', 'reports/**', '.stryker-tmp*/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { dossier: { rules: { boundaries } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: "import { browser } from 'wxt/browser'" }] }],
    },
  },
  { files: ['lib/**', 'components/**', 'entrypoints/**'], rules: { 'dossier/boundaries': 'error' } },
);
