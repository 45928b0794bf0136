// The `console` blocks of the docs: each `$ fazhi …` line is a command run from the repository root, the lines under it
// its output (standard output, then standard error), and a trailing `# exit N` its exit status. The docs test runs
// them against the built CLI; scripts/update-doc-examples.ts rewrites the outputs after a change of messages.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The files whose console blocks are run. */
export const DOCUMENTED = ['README.md', 'docs/cli.md', 'docs/ci.md', 'docs/editors.md'];

/** One documented command: where it is, what it runs, what it printed. */
export interface DocExample {
  readonly file: string;
  /** The command line as written after `$ `. */
  readonly command: string;
  readonly args: readonly string[];
  /** A file given on standard input with `< file`. */
  readonly stdin?: string;
  readonly exit: number;
  readonly output: string;
  /** Where the output starts and ends in the file's text. */
  readonly start: number;
  readonly end: number;
}

/**
 * The examples of a doc file.
 * @param file - a path from the repository root
 * @param text - its text (read when not given)
 * @returns the examples, in order
 */
export function docExamples(file: string, text = readFileSync(file, 'utf8')): DocExample[] {
  const out: DocExample[] = [];
  for (const block of text.matchAll(/```console\n([\s\S]*?)```/g)) {
    const body = block[1] as string;
    const base = (block.index as number) + '```console\n'.length;
    const commands = [...body.matchAll(/^\$ (.*)\n/gm)];
    commands.forEach((m, k) => {
      const line = m[1] as string;
      const start = base + (m.index as number) + m[0].length;
      const next = commands[k + 1];
      const end = next === undefined ? base + body.length : base + (next.index as number);
      const exit = Number(/ {2}# exit (\d+)$/.exec(line)?.[1] ?? 0);
      const command = line.replace(/ {2}# exit \d+$/, '');
      const words = [...command.matchAll(/'([^']*)'|(\S+)/g)].map((w) => (w[1] ?? w[2]) as string);
      const redirect = words.indexOf('<');
      const stdin = redirect === -1 ? undefined : words[redirect + 1];
      const args = (redirect === -1 ? words : words.slice(0, redirect)).slice(1);
      if (words[0] !== 'fazhi') return;
      out.push({
        file,
        command,
        args,
        ...(stdin === undefined ? {} : { stdin }),
        exit,
        output: text.slice(start, end),
        start,
        end,
      });
    });
  }
  return out;
}

/**
 * Runs one example with a built CLI from the repository root.
 * @param cli - the path of the built CLI
 * @param example - the example
 * @returns its exit status and output (standard output, then standard error)
 */
export function runExample(cli: string, example: DocExample): Promise<{ exit: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...example.args], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      stdio: [example.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    if (example.stdin !== undefined) child.stdin?.end(readFileSync(example.stdin));
    child.on('close', (code) =>
      resolve({ exit: code ?? 1, output: Buffer.concat([...out, ...err]).toString('utf8') }),
    );
  });
}
