import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each test file loads jieba once (about 0.7 s and 250 MB); the default forks pool keeps that per file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
