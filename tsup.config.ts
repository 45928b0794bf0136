import { defineConfig, type Options } from 'tsup';

// Keep Chinese text as UTF-8 rather than \u escapes: the division table is half the size this way.
const utf8: Options['esbuildOptions'] = (options) => {
  options.charset = 'utf8';
};

// Both builds run in parallel, so neither cleans dist/: `npm run build` empties it first (prebuild).
export default defineConfig([
  {
    // The library: ESM + CJS with declarations for both module systems.
    // `divisions` is its own entry so that the ~3,300-row table never reaches the main bundle.
    entry: { index: 'src/index.ts', divisions: 'src/divisions/index.ts', extract: 'src/extract/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    treeshake: true,
    esbuildOptions: utf8,
  },
  {
    // `fazhi/report`: ESM only, for Node, because Observable Plot (its charting library) is published as ESM only.
    // Its own build, so that the charting library can never reach the main entry.
    entry: { report: 'src/report/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    treeshake: true,
    esbuildOptions: utf8,
  },
  {
    // The CLI: ESM with a shebang, split so that --help and --version load only the small entry chunk.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions: utf8,
  },
]);
