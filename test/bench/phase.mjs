// One benchmark phase, run in its own process so that its peak RSS is its own: `node phase.mjs <phase> <file>`.
import { createReadStream, readFileSync } from 'node:fs';

const [phase, file] = process.argv.slice(2);
const lib = () => import('fazhi');
const stream = () => createReadStream(file, { highWaterMark: 1 << 16 });
let count = 0;
let extra = {};

switch (phase) {
  case 'json-floor': {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    count = data.observations.length;
    break;
  }
  case 'json-validate-lib': {
    const { validateDataset } = await lib();
    const { divisionLookup } = await import('fazhi/divisions');
    const result = validateDataset(JSON.parse(readFileSync(file, 'utf8')), {
      divisions: divisionLookup,
      onIssue: () => {},
    });
    count = result.observations;
    extra = { counts: result.counts };
    break;
  }
  case 'ndjson-floor': {
    // The floor: split a UTF-8 stream into lines and JSON.parse each, nothing else.
    let rest = '';
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        if (line.length > 0) {
          JSON.parse(line);
          count++;
        }
      }
    }
    if (rest.length > 0) {
      JSON.parse(rest);
      count++;
    }
    break;
  }
  case 'ndjson-read': {
    const { readObservationBatches } = await lib();
    for await (const batch of readObservationBatches(stream(), 'ndjson')) count += batch.length;
    break;
  }
  case 'rates-ndjson': {
    const { createRateDeriver, readObservationBatches } = await lib();
    let rows = 0;
    let computed = 0;
    const deriver = createRateDeriver({
      grouping: 'contiguous',
      onRow: (r) => {
        rows++;
        if (r.computed !== undefined) computed++;
      },
    });
    for await (const batch of readObservationBatches(stream(), 'ndjson')) {
      for (const r of batch) {
        if (r.kind === 'observation') {
          deriver.add(r.observation, r);
          count++;
        }
      }
    }
    deriver.finish();
    extra = { rows, computed };
    break;
  }
  case 'panel-ndjson': {
    // Issue 11: every observation of the national file held as series in one panel.
    const { buildPanelAsync, readObservationBatches } = await lib();
    const panel = await buildPanelAsync(readObservationBatches(stream(), 'ndjson'));
    count = panel.observations;
    extra = {
      series: panel.series.size,
      jurisdictions: panel.byJurisdiction.size,
      conflicts: panel.conflicts.length,
    };
    break;
  }
  case 'rates-json': {
    const { deriveRates } = await lib();
    const data = JSON.parse(readFileSync(file, 'utf8'));
    count = data.observations.length;
    const rows = deriveRates(data);
    extra = { rows: rows.length, computed: rows.filter((r) => r.computed !== undefined).length };
    break;
  }
  default:
    throw new Error(`unknown phase ${phase}`);
}
process.stdout.write(`${JSON.stringify({ count, ...extra })}\n`);
