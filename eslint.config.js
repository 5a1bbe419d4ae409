import tseslint from 'typescript-eslint';

/**
 * Code is split by where it runs. lib/ and components/ never import entrypoints; lib/match and
 * lib/kb stay free of browser APIs so they run the same in Node (tests, the pack tool) and in the
 * extension.
 */
export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**', 'bench/_*', 'scripts/_*'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: "import { browser } from 'wxt/browser'" }] }],
    },
  },
  {
    files: ['lib/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: "import { browser } from 'wxt/browser'" }],
          patterns: [{ group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'entrypoints are wiring only; nothing imports them' }],
        },
      ],
    },
  },
  {
    // the content script runs on every page: no schema library, no matcher, no knowledge base
    // (types are fine, they vanish at build time)
    files: ['lib/page/**', 'components/EntityCard.tsx', 'entrypoints/content/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'the content script validates nothing itself: the background does', allowTypeImports: true },
            { name: 'webextension-polyfill', message: "import { browser } from 'wxt/browser'" },
          ],
          patterns: [
            {
              group: ['**/match/matcher', '**/match/normalise', '**/match/automaton', '**/kb/schema', '**/kb/store', '**/lib/settings', '../settings', '**/lib/messages', '../messages', '**/lib/client', '../client'],
              message: 'background-side module: the content script may import its types only',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // the UI never loads the knowledge base itself: it asks the background
    files: ['components/**', 'entrypoints/popup/**', 'entrypoints/options/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: "import { browser } from 'wxt/browser'" }],
          patterns: [
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'entrypoints are wiring only; nothing imports them' },
            { group: ['**/kb/store', '**/kb-service', '**/kb/packs/*', '**/lib/background'], message: 'background-side module: ask the background instead' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/match/**', 'lib/kb/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'wxt/browser', message: 'matching and the knowledge base are pure: no browser APIs here' }],
          patterns: [{ group: ['**/page/**', '**/components/**', 'preact', 'preact/*'], message: 'matching and the knowledge base do not depend on the page or the UI' }],
        },
      ],
    },
  },
);
