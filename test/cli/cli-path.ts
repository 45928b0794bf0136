import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The CLI built by global-setup.ts for this test run. */
    fazhiCliPath: string;
  }
}

/**
 * The built CLI the end-to-end tests spawn (built once per test run by test/cli/global-setup.ts).
 *
 * @returns its path
 */
export function cliPath(): string {
  const path = inject('fazhiCliPath');
  if (path.startsWith('build failed: ')) throw new Error(`The CLI could not be built for the tests: ${path}`);
  return path;
}
