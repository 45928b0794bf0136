import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS with declarations for both module systems.
    // `divisions` is its own entry so that the ~3,300-row table never reaches the main bundle.
    entry: { index: 'src/index.ts', divisions: 'src/divisions/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
    // Keep Chinese text as UTF-8 rather than \u escapes: the division table is half the size this way.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // The CLI: one ESM file with a shebang; it imports nothing from the outside but the dependencies.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
