// The GitHub Action (action.yml → action/run.mjs) run as GitHub runs it: inputs in INPUT_* variables, the
// repository in GITHUB_WORKSPACE; here with the CLI the tests build, instead of building the action's checkout.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath } from './cli-path.js';

let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'fazhi-action-'));
  await mkdir(join(workspace, 'data'), { recursive: true });
  await writeFile(
    join(workspace, 'data', 'xianning.csv'),
    'jurisdiction,year,indicator,value,unit\n421200,2024,mediation.cases,45771,cases\n421200,2024,mediation.succeeded,44180,cases\n421200,2024,mediation.successRate,96,percent\n',
  );
  await writeFile(
    join(workspace, 'data', 'bad.ndjson'),
    '{"jurisdiction":"421200","year":2024,"indicator":"mediation.cases","value":"45,771"}\n',
  );
  await writeFile(join(workspace, 'package.json'), '{ "name": "data-repo" }\n');
});
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

function runAction(inputs: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    GITHUB_WORKSPACE: workspace,
    FAZHI_ACTION_CLI: cliPath(),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replaceAll('-', '_')}`] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['action/run.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8') }));
  });
}

describe('the GitHub Action', () => {
  it('validates the workspace with annotations by default, and fails on errors', async () => {
    const r = await runAction({ paths: '.' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error file=data/bad.ndjson,line=1,title=fazhi invalid_decimal::observations[0].value: "45,771" is written as a spreadsheet shows it',
    );
    expect(r.stdout).toContain('skipped package.json: not a dataset');
  });

  it('passes its inputs on: paths, ignore, max-warnings, ignore-code, locale', async () => {
    const ok = await runAction({ paths: 'data', ignore: 'data/bad.ndjson' });
    expect(ok.code).toBe(0);
    const strict = await runAction({
      paths: 'data',
      ignore: 'data/bad.ndjson',
      'max-warnings': '0',
      locale: 'zh',
    });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('::error::警告过多：共 1 个，超过 --max-warnings 0 的上限');
    const quiet = await runAction({
      paths: 'data/*.csv',
      'max-warnings': '0',
      'ignore-code': 'reported_rate_rounding',
      format: 'text',
    });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('1 issue ignored by --ignore-code');
  });

  it('declares in action.yml every input the step reads', async () => {
    const yml = await readFile('action.yml', 'utf8');
    const script = await readFile('action/run.mjs', 'utf8');
    const declared = [...yml.matchAll(/^ {2}([a-z-]+):\n {4}description:/gm)].map((m) => m[1]);
    const passed = [...yml.matchAll(/INPUT_([A-Z_]+): \$\{\{ inputs\.([a-z-]+) \}\}/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(passed.map(([, name]) => name)).toEqual(declared);
    for (const [variable, name] of passed) {
      expect(variable).toBe(name?.toUpperCase().replaceAll('-', '_'));
      expect(script).toContain(`'${variable}'`);
    }
  });
});
