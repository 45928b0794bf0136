// Placeholder entry; the full CLI lands with the validation issue.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };
const arg = process.argv[2];
if (arg === '--version' || arg === '-v') {
  process.stdout.write(`${version}\n`);
} else {
  process.stdout.write('Usage: fazhi <command>\n  --version  print the version\n  --help     this help\n');
}
