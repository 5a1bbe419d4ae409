import { defineConfig } from 'vitest/config';
import { reportTo } from './tests/report.ts';

// Real browsers, driven from Node: one file at a time, they share the built extension.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    ...reportTo('browser'),
  },
});
