import { execFileSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// Dependencies are never bundled: nodejieba assigns undeclared globals and finds its dictionaries next to its own
// files, and the others are installed beside the package anyway.
const external = ['nodejieba', 'opencc-js', 'natural', 'piscina', 'zod'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/batch/worker.ts', 'compile-words': 'src/text/compile-words.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    platform: 'node',
    clean: true,
    shims: true,
    splitting: false,
    external,
    onSuccess: async () => {
      await cp('src/lexicons', 'dist/lexicons', { recursive: true });
      // jieba's word table, compiled once here rather than parsed at each start (src/text/words-file.ts).
      execFileSync(process.execPath, ['dist/compile-words.js'], { stdio: 'inherit' });
    },
  },
  {
    // The project's own tools (evaluation, training): built beside the package, never shipped in it. They use the
    // package as a consumer does, through its name, so they measure exactly what ships.
    entry: { eval: 'tools/eval/main.ts', train: 'tools/train/main.ts', names: 'tools/names/main.ts', 'org-name-words': 'tools/org-name-words/main.ts' },
    outDir: 'build/tools',
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    clean: true,
    splitting: false,
    external: [...external, 'xinwen'],
    // The training tool runs the pipeline from src/, bundled here: it finds the lexicons beside its folder.
    onSuccess: async () => {
      await cp('src/lexicons', 'build/lexicons', { recursive: true });
    },
  },
]);
