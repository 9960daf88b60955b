import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    testTimeout: 20_000,
    // Hooks start CLI runs and browsers; on a loaded 2-core machine that can take longer than the default 10 s.
    hookTimeout: 60_000,
  },
});
