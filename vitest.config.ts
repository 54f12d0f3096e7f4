import { availableParallelism } from 'node:os';
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

// One worker per core. vitest's default for a run is one fewer, which on a 2-core machine is a single
// worker: the suite then waits on the tests that spawn processes (the CLI, npm pack) with a core idle
// (measured on 2 cores: 53.9 s with one worker, 42.9 s with two).
export default defineConfig({
  test: {
    maxWorkers: availableParallelism(),
    projects: [
      { test: { name: 'shared', setupFiles, include: ['test/**/*.test.ts'], exclude: isolated, isolate: false } },
      { test: { name: 'isolated', setupFiles, include: isolated } },
    ],
  },
});
