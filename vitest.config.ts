import { defineConfig } from 'vitest/config';

// The tests call the core directly (src/extract.ts) on texts in every script: franc is given to the
// language check first, as the package's entry and the workers do.
export default defineConfig({
  test: { setupFiles: ['test/support/franc.ts'] },
});
