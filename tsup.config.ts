import { chmod, readFile, writeFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

/**
 * The package's entry points: name → source. A new subpath (`fazhi/report`) is one line here plus its block in
 * package.json "exports" (test/package/size.test.ts checks that the two agree and asks for a byte ceiling). The
 * per-module build needs no list: it emits every module under src/ except the CLI.
 */
export const entries: Record<string, string> = {
  index: 'src/index.ts',
  divisions: 'src/divisions/index.ts',
};

// Keep Chinese text as UTF-8 rather than \u escapes: the division table is half the size this way.
const utf8: Options['esbuildOptions'] = (options) => {
  options.charset = 'utf8';
};

// The builds run in parallel, so none cleans dist/: `npm run build` empties it first (prebuild), and tsc then
// writes the per-module declarations (tsconfig.build.json).
export default defineConfig([
  {
    // For bundlers (the "module" condition): ESM, one file per module, as date-fns and valibot ship it. With
    // `sideEffects: false` a bundler keeps only the modules an app imports: `import { rate }` costs rate.js and
    // the arithmetic under it.
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    esbuildOptions: utf8,
  },
  {
    // For Node's `import` and the CLI: the entries bundled into a few files with shared chunks, because Node's
    // ESM loader pays for every file (the per-module tree would triple the import time). The CLI is one more
    // entry, so it shares the library's chunks and the tarball holds one copy of the code; --help and
    // --version load only its own small file.
    entry: { ...entries, cli: 'src/cli/main.ts' },
    outDir: 'dist/node',
    format: ['esm'],
    splitting: true,
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    esbuildOptions: utf8,
    onSuccess: async () => {
      const cli = 'dist/node/cli.js';
      await writeFile(cli, `#!/usr/bin/env node\n${await readFile(cli, 'utf8')}`);
      await chmod(cli, 0o755);
    },
  },
  {
    // For `require`: CommonJS, one bundle per entry, with declarations (.d.cts).
    entry: entries,
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    treeshake: true,
    esbuildOptions: utf8,
  },
]);
