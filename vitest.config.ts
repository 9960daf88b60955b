import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    // Names the run: each build the browser tests need is made once per run (test/builds.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    // Hooks start CLI runs and browsers; on a loaded 2-core machine that can take longer than the default 10 s.
    hookTimeout: 60_000,
  },
});
