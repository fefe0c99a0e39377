import { cp } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  target: 'node20',
  platform: 'node',
  clean: true,
  shims: true,
  splitting: false,
  // nodejieba assigns undeclared globals and finds its dictionaries next to its own files: never bundle it.
  external: ['nodejieba', 'opencc-js', 'natural', 'piscina', 'zod'],
  onSuccess: async () => {
    await cp('src/lexicons', 'dist/lexicons', { recursive: true });
  },
});
