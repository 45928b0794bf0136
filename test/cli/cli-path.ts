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
  return inject('fazhiCliPath');
}
