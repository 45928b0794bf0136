import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { transform } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/**
 * The package's entry points: the subpath's name → its source, and whether it has a CommonJS build (`fazhi/report`
 * has none: Observable Plot, its charting library, is published as ESM only). A new subpath is one line here plus
 * its block in package.json "exports"; test/package/size.test.ts checks that the two agree and that the subpath
 * has a byte ceiling. The per-module build needs no list: it emits every module under src/.
 */
export const entries: Record<string, { readonly source: string; readonly cjs: boolean }> = {
  index: { source: 'src/index.ts', cjs: true },
  divisions: { source: 'src/divisions/index.ts', cjs: true },
  extract: { source: 'src/extract/index.ts', cjs: true },
  report: { source: 'src/report/index.ts', cjs: false },
};

const sources = (cjsOnly: boolean): Record<string, string> =>
  Object.fromEntries(
    Object.entries(entries)
      .filter(([, e]) => !cjsOnly || e.cjs)
      .map(([name, e]) => [name, e.source]),
  );

// Keep Chinese text as UTF-8 rather than \u escapes: the division table is half the size this way.
const utf8: Options['esbuildOptions'] = (options) => {
  options.charset = 'utf8';
};

/**
 * Dependencies Node loads on first use, so that `import('fazhi')` and `require('fazhi')` load no zod (~50 ms),
 * date-fns or decimal.js. src/internal/X.ts imports X statically (what bundlers, tests and tsx run), X.node.ts loads
 * it with `createRequire` when first called, X.cjs.ts with `require`. The ES modules reach X as `#fazhi/X`, which
 * package.json "imports" resolves by condition (Node: X.node.js; bundlers: X.js, by "module"); dist/cjs/internal/X.js
 * is X.cjs.ts.
 */
export const ON_FIRST_USE = ['zod', 'dates', 'decimal-js'];

/** Rewrites every built module's import of src/internal/X.js (X in ON_FIRST_USE) to `#fazhi/X`. */
const reachDependenciesByCondition =
  (outDir: string): (() => Promise<void>) =>
  async () => {
    const internal = join(outDir, 'internal');
    for (const entry of await readdir(outDir, { recursive: true })) {
      const file = join(outDir, entry);
      // dist/cjs is a tree of its own (see its block).
      if (!file.endsWith('.js') || entry.startsWith('cjs')) continue;
      const code = await readFile(file, 'utf8');
      const rewritten = code.replace(/(["'])(\.\.?\/[^"']*?)\.js\1/g, (spec, quote: string, path: string) => {
        const target = relative(internal, join(dirname(file), path));
        return ON_FIRST_USE.includes(target) ? `${quote}#fazhi/${target}${quote}` : spec;
      });
      if (rewritten !== code) await writeFile(file, rewritten);
    }
  };

/**
 * esbuild's explanations of its CommonJS helpers, the same lines in every module: 2.4 kB of the packed tarball
 * (measured), and nothing a reader of one module needs. Only these exact lines go; the code stays as built.
 */
const ESBUILD_COMMENTS = [
  '// Annotate the CommonJS export names for ESM import in node:\n',
  '  // If the importer is in node compatibility mode or this is not an ESM\n',
  '  // file that has been converted to a CommonJS file using a Babel-\n',
  '  // compatible transform (i.e. "__esModule" has not been set), then set\n',
  '  // "default" to the CommonJS "module.exports" for node compatibility.\n',
];

async function dropEsbuildComments(outDir: string): Promise<void> {
  for (const entry of await readdir(outDir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const file = join(outDir, entry);
    const code = await readFile(file, 'utf8');
    const kept = ESBUILD_COMMENTS.reduce((text, line) => text.replaceAll(line, ''), code);
    if (kept !== code) await writeFile(file, kept);
  }
}

// The blocks run in parallel, so none cleans dist/: `npm run build` empties it first (prebuild). No source maps:
// the per-module files are the sources with their types erased.
export default defineConfig([
  {
    // ESM, one file per module, as date-fns and valibot ship it: for bundlers, which with `sideEffects: false`
    // keep only the modules an app imports (`import { rate }` costs rate.js and the arithmetic under it), for
    // Node's `import`, and for the CLI (dist/cli/main.js), which so shares the library's files instead of
    // carrying a copy. One copy of the code for all three keeps the tarball small.
    entry: ['src/**/*.ts', '!src/**/*.cjs.ts'],
    format: ['esm'],
    bundle: false,
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    esbuildOptions: utf8,
    onSuccess: async () => {
      await reachDependenciesByCondition('dist')();
      const cli = 'dist/cli/main.js';
      await writeFile(cli, `#!/usr/bin/env node\n${await readFile(cli, 'utf8')}`);
      await chmod(cli, 0o755);
    },
  },
  {
    // For `require`: CommonJS, one file per module too, in dist/cjs/ (whose package.json says "commonjs", so the
    // relative `require('./rate.js')` calls stay as written). Per module, the entries share their files.
    entry: ['src/**/*.ts', '!src/cli/**', '!src/report/**', '!src/**/*.node.ts', '!src/**/*.cjs.ts'],
    outDir: 'dist/cjs',
    format: ['cjs'],
    outExtension: () => ({ js: '.js' }),
    bundle: false,
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    esbuildOptions: utf8,
    onSuccess: async () => {
      await writeFile('dist/cjs/package.json', '{ "type": "commonjs" }\n');
      await dropEsbuildComments('dist/cjs');
      // CommonJS loads its dependencies on first use with a plain `require` (bundlers can follow it too):
      // src/internal/X.cjs.ts is written over the module built from X.ts.
      for (const name of ON_FIRST_USE) {
        const source = await readFile(`src/internal/${name}.cjs.ts`, 'utf8');
        const { code } = await transform(source, { loader: 'ts', format: 'cjs', target: 'es2022' });
        await writeFile(`dist/cjs/internal/${name}.js`, code);
      }
      // `import` types: a .d.ts per entry that re-exports the .d.cts, so that one copy of the types serves both
      // (the ESM-only entries too: their types are types of ESM code all the same).
      for (const name of Object.keys(entries)) {
        await writeFile(`dist/${name}.d.ts`, `export * from './${name}.cjs';\n`);
      }
    },
  },
  {
    // The declarations, one bundled .d.cts per entry, types that several entries use in shared chunks (`fazhi/report`
    // repeats none of the main entry's: a separate build of its declarations carried a 38 kB copy of them).
    entry: sources(false),
    format: ['cjs'],
    dts: { only: true },
    clean: false,
  },
]);
