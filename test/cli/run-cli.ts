import { spawn } from 'node:child_process';
import { cliPath } from './cli-path.js';

/** What a CLI run gave. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How to run the CLI beyond its arguments. */
export interface RunOptions {
  /** Standard input; none (closed) by default. */
  readonly input?: string | Uint8Array;
  /** The working directory; the test process's by default. */
  readonly cwd?: string;
}

/** Spawns the built CLI with arguments, without a terminal (so no colour unless forced). */
export function runCli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  options: RunOptions = {},
): Promise<CliRun> {
  return runCliBytes(args, env, options).then((r) => ({
    code: r.code,
    stdout: r.stdout.toString('utf8'),
    stderr: r.stderr.toString('utf8'),
  }));
}

/** Spawns the built CLI and keeps its output as bytes (for output in another encoding than UTF-8). */
export function runCliBytes(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  options: RunOptions = {},
): Promise<{ code: number | null; stdout: Buffer; stderr: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath(), ...args], {
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    if (options.input !== undefined) child.stdin?.end(options.input);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
  });
}
