import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts', 'src/**/*.test-d.ts'] },
    testTimeout: 60_000,
    // Builds the CLI once for the end-to-end tests in test/cli.
    globalSetup: ['test/cli/global-setup.ts'],
    // The JSON report is what .ci/run counts passed and failed tests from.
    reporters: ['default', 'json'],
    outputFile: { json: './.test-report/vitest.json' },
  },
});
