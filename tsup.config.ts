import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS with declarations for both module systems.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
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
