import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ppChange, rate, roundDecimal, yoyChange } from '../../src/index.js';

// Decimal strings with up to 6 decimals, built from integers so the generator itself never uses floats.
const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([n, places]) => {
    const neg = n < 0n;
    const digits = (neg ? -n : n).toString().padStart(places + 1, '0');
    const body = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return neg ? `-${body}` : body;
  });
const places = fc.integer({ min: 0, max: 6 });
const mode = fc.constantFrom('half-up' as const, 'half-even' as const, 'truncate' as const);

function scaledInt(value: string, p: number): bigint {
  const neg = value.startsWith('-');
  const [int = '0', frac = ''] = value.replace('-', '').split('.');
  const n = BigInt(int + frac.padEnd(p, '0').slice(0, p));
  return neg ? -n : n;
}

describe('arithmetic laws', () => {
  it('a part never exceeds its whole: 0 ≤ part/whole ≤ 1', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 2 ** 40 }), places, mode, (a, extra, p, m) => {
        const whole = a + extra;
        const v = rate(a, whole).toDecimal(p, m);
        expect(Number(v) >= 0 && Number(v) <= 1).toBe(true);
      }),
    );
  });

  it('rounding once is idempotent', () => {
    fc.assert(
      fc.property(decimalString, places, mode, (x, p, m) => {
        const once = roundDecimal(x, p, m);
        expect(roundDecimal(once, p, m)).toBe(once);
      }),
    );
  });

  it('half-up and half-even differ only on exact ties', () => {
    fc.assert(
      fc.property(decimalString, places, (x, p) => {
        const up = roundDecimal(x, p, 'half-up');
        const even = roundDecimal(x, p, 'half-even');
        if (up !== even) {
          // x·10^p has a fractional part of exactly one half.
          const twice = scaledInt(x, p + 7) * 2n;
          expect(twice % 10n ** 7n).toBe(0n);
          expect((twice / 10n ** 7n) % 2n !== 0n).toBe(true);
        }
      }),
    );
  });

  it('truncation never exceeds half-up for non-negative values', () => {
    fc.assert(
      fc.property(decimalString, places, (x, p) => {
        const abs = x.replace('-', '');
        expect(
          scaledInt(roundDecimal(abs, p, 'truncate'), p) <= scaledInt(roundDecimal(abs, p, 'half-up'), p),
        ).toBe(true);
      }),
    );
  });

  it('a rounded percentage is within half a unit of the exact ratio', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 9 }), places, (n, d, p) => {
        const r = scaledInt(rate(n, d).toPercent(p), p);
        const exactTimesD = BigInt(n) * 100n * 10n ** BigInt(p);
        const err = r * BigInt(d) - exactTimesD;
        expect((err < 0n ? -err : err) * 2n <= BigInt(d)).toBe(true);
      }),
    );
  });

  it('year-over-year change of x → x is zero, and undefined for a zero base', () => {
    fc.assert(
      fc.property(decimalString, (x) => {
        const change = yoyChange(x, x);
        if (Number(x) === 0) expect(change.isDefined).toBe(false);
        else expect(change.toPercent(4)).toBe('0.0000');
      }),
    );
  });

  it('percentage-point change is antisymmetric and zero on equal rates', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (a, b) => {
        expect(String(ppChange(a, a))).toBe('0');
        const forward = String(ppChange(a, b));
        const backward = String(ppChange(b, a));
        expect(forward === '0' ? backward : `-${forward}`.replace('--', '')).toBe(backward);
      }),
    );
  });
});
