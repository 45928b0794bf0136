// Builds the CLI once per test run, with tsup and the same options as the package's cli entry, into a folder of
// its own inside the repo (so it finds package.json above it, and neither `npm run build` cleaning dist/ nor a
// concurrent test run can pull it from under the tests).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
  // A fresh install has no node_modules/.cache yet.
  await mkdir(cache, { recursive: true });
  const outDir = await mkdtemp(`${cache}fazhi-cli-test-`);
  try {
    await build({
      config: false,
      entry: { cli: 'src/cli/main.ts' },
      format: ['esm'],
      outDir,
      dts: false,
      sourcemap: false,
      clean: false,
      target: 'node20',
      platform: 'node',
      banner: { js: '#!/usr/bin/env node' },
      silent: true,
    });
    project.provide('fazhiCliPath', `${outDir}/cli.js`);
  } catch (error) {
    // Only the CLI tests depend on the build: they report this, the other tests still run.
    project.provide(
      'fazhiCliPath',
      `build failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return () => rm(outDir, { recursive: true, force: true });
}
