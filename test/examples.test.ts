import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts'));

describe('examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples)('%s runs and prints', (file) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join('examples', file)], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out.trim().length).toBeGreaterThan(0);
  });

  it('quickstart prints the figures the docs quote', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join('examples', 'quickstart.ts')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('44180/45771 = 96.52%');
    expect(out).toContain('under truncate; 四舍五入 gives 97%');
    expect(out).toContain('败诉率 over concluded: 22.2%');
    expect(out).toContain('1.5万余名 → 15000 moreThan → (15000, ∞)');
    expect(out).toContain('+2.3 个百分点, relative +2.44%');
  });
});
