// Preloaded (node --import) into a CLI run by the hostile-input tests: writes the process's peak RSS (kB) to the
// file named by FAZHI_PEAK_RSS_FILE when it exits, so the test measures memory without parsing the CLI's output.
import { writeFileSync } from 'node:fs';

const file = process.env.FAZHI_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
