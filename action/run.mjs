// The GitHub Action's step (action.yml): turns the action's inputs into a `fazhi validate` command line and runs it
// in the workspace. Without a `version` input it runs the CLI of the action's own checkout, building it on first use,
// so that the action works before fazhi is published; with one it runs that release with npx.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const input = (name) => (process.env[`INPUT_${name}`] ?? '').trim();
const words = (name) => input(name).split(/\s+/).filter(Boolean);

/** The options of `fazhi validate` the inputs stand for. */
export function validateArgs() {
  const args = ['validate', ...(words('PATHS').length > 0 ? words('PATHS') : ['.'])];
  const one = (flag, value) => (value ? [flag, value] : []);
  args.push(...one('--format', input('FORMAT') || 'github'), ...one('--locale', input('LOCALE')));
  args.push(...one('--max-warnings', input('MAX_WARNINGS')), ...one('--encoding', input('ENCODING')));
  args.push(...one('--sheet', input('SHEET')));
  for (const code of words('IGNORE_CODE')) args.push('--ignore-code', code);
  for (const rule of words('NO_RULE')) args.push('--no-rule', rule);
  for (const pattern of words('IGNORE')) args.push('--ignore', pattern);
  args.push(...words('ARGS'));
  return args;
}

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

/** The command that runs the CLI: a release with npx, else this checkout's build (made when missing). */
function cli() {
  const version = input('VERSION');
  if (version) return ['npx', ['--yes', `fazhi@${version}`]];
  // For the action's own tests: a CLI already built elsewhere.
  if (process.env.FAZHI_ACTION_CLI) return [process.execPath, [process.env.FAZHI_ACTION_CLI]];
  const built = join(root, 'dist', 'cli', 'main.js');
  if (!existsSync(built)) {
    process.stdout.write('::group::Building fazhi from the action checkout\n');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const status =
      run(npm, ['install', '--no-audit', '--no-fund'], { cwd: root }) ||
      run(npm, ['run', 'build', '--silent'], { cwd: root });
    process.stdout.write('::endgroup::\n');
    if (status !== 0) {
      process.stdout.write('::error::fazhi could not be built from the action checkout\n');
      process.exit(2);
    }
  }
  return [process.execPath, [built]];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, prefix] = cli();
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  process.exit(run(command, [...prefix, ...validateArgs()], { cwd }));
}
