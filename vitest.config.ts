import { defineConfig } from 'vitest/config';

// Files that replace or reload modules (vi.mock, vi.resetModules) run isolated, each in a fresh module
// graph. The rest call pure code and share a worker's modules: without the engine loaded again for each
// of the hundred table files, the suite takes less than half the time.
const isolated = [
  'test/cli-engine-error.test.ts',
  'test/cli-format-error.test.ts',
  'test/franc-missing.test.ts',
  'test/properties.test.ts',
];

// The tests call the core directly (src/extract.ts) on texts in every script: franc is given to the
// language check first, as the package's entry and the workers do.
const setupFiles = ['test/support/franc.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', setupFiles, include: ['test/**/*.test.ts'], exclude: isolated, isolate: false } },
      { test: { name: 'isolated', setupFiles, include: isolated } },
    ],
  },
});
