// The long fuzz run (`npm run fuzz`): every target of test/fuzz/targets.ts on its `longRuns` inputs (over a million
// in all), counting inputs, exceptions, internal errors and wrong results, without stopping at the first failure.
// Prints the totals table of docs/reliability.md; failing inputs go to .fuzz-failures.json. Exit status 1 on any.
//   npm run fuzz                 # the long run
//   npm run fuzz -- --scale 0.01 # a hundredth of it
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { FUZZ_TARGETS } from '../test/fuzz/targets.js';

const at = process.argv.indexOf('--scale');
const scale = at === -1 ? 1 : Number(process.argv[at + 1]);
const seed = 20261130;
const rows: string[] = [];
const failures: { target: string; kind: string; detail: string; input: string }[] = [];
const total = { inputs: 0, exceptions: 0, internal: 0, wrong: 0 };
const started = performance.now();

for (const target of FUZZ_TARGETS) {
  const runs = Math.max(1, Math.round(target.longRuns * scale));
  const counts = { exceptions: 0, internal: 0, wrong: 0 };
  const t0 = performance.now();
  // In batches, so memory stays flat; each batch its own seed, the whole run reproducible.
  const BATCH = 1000;
  for (let done = 0, batch = 0; done < runs; batch++) {
    const n = Math.min(BATCH, runs - done);
    for (const input of fc.sample(target.arbitrary, {
      numRuns: n,
      seed: seed + batch * 7919 + target.name.length,
    })) {
      const outcome = await target.run(input as never);
      if (outcome.ok) continue;
      if (outcome.kind === 'exception') counts.exceptions++;
      else if (outcome.kind === 'internal_error') counts.internal++;
      else counts.wrong++;
      if (failures.length < 200) {
        failures.push({
          target: target.name,
          kind: outcome.kind,
          detail: outcome.detail,
          input: describe(input),
        });
      }
    }
    done += n;
  }
  const seconds = (performance.now() - t0) / 1000;
  total.inputs += runs;
  total.exceptions += counts.exceptions;
  total.internal += counts.internal;
  total.wrong += counts.wrong;
  rows.push(
    `| ${target.name} | ${runs.toLocaleString('en')} | ${counts.exceptions} | ${counts.internal} | ${counts.wrong} | ${seconds.toFixed(0)} s |`,
  );
  process.stderr.write(`${rows[rows.length - 1]}\n`);
}

console.log(
  `Seed ${seed}, Node ${process.version}, ${((performance.now() - started) / 60_000).toFixed(1)} min.\n`,
);
console.log('| Target | Inputs | Exceptions | Internal errors | Wrong results | Time |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log(
  `| **total** | **${total.inputs.toLocaleString('en')}** | **${total.exceptions}** | **${total.internal}** | **${total.wrong}** | |`,
);
if (failures.length > 0) writeFileSync('.fuzz-failures.json', `${JSON.stringify(failures, null, 2)}\n`);
process.exitCode = total.exceptions + total.internal + total.wrong === 0 ? 0 : 1;

function describe(input: unknown): string {
  try {
    const s = JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return (s ?? String(input)).slice(0, 2000);
  } catch {
    return Object.prototype.toString.call(input);
  }
}
