// Preloaded (node --import) into each benchmark child: samples RSS while it runs and reports peak RSS at exit.
import { writeSync } from 'node:fs';

const samples = [];
const timer = setInterval(() => samples.push(process.memoryUsage.rss()), 200);
timer.unref();
process.on('exit', () => {
  const quarter = (q) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))];
  const mb = (b) => (b === undefined ? undefined : Math.round(b / 1024 / 1024));
  const report = {
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssAtQuartersMB: [0.25, 0.5, 0.75, 1].map((q) => mb(quarter(q))),
  };
  writeSync(2, `\nBENCH ${JSON.stringify(report)}\n`);
});
