// Every arithmetic path (Numbers below 2^53, BigInt above, decimals) against a BigInt reference written here,
// on random inputs, exact ties, near-ties and the 2^53 boundary, for all three rounding modes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReported, ppChange, type RoundingMode, rate, yoyChange } from '../../src/index.js';
import { halfUpMatches } from '../../src/validate/fast-compare.js';

const MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'truncate'];
const mode = fc.constantFrom(...MODES);
const places = fc.integer({ min: 0, max: 6 });
const abs = (x: bigint) => (x < 0n ? -x : x);

/** n · 10^shift / d rounded to `p` places: the reference, in BigInt only. */
function reference(n: bigint, d: bigint, shift: number, p: number, m: RoundingMode): string {
  const a = abs(n) * 10n ** BigInt(shift + p);
  const b = abs(d);
  let q = a / b;
  const twice = 2n * (a % b);
  if (m === 'half-up' && twice >= b) q += 1n;
  if (m === 'half-even' && (twice > b || (twice === b && q % 2n === 1n))) q += 1n;
  const digits = q.toString().padStart(p + 1, '0');
  const body = p === 0 ? digits : `${digits.slice(0, -p)}.${digits.slice(-p)}`;
  return n < 0n !== d < 0n && q !== 0n ? `-${body}` : body;
}

/** A decimal string as an exact fraction. */
function fraction(s: string): [bigint, bigint] {
  const neg = s.startsWith('-');
  const [int = '0', frac = ''] = s.replace('-', '').split('.');
  const n = BigInt(int + frac);
  return [neg ? -n : n, 10n ** BigInt(frac.length)];
}

const same = (x: string, y: string) => {
  const [a, b] = fraction(x);
  const [c, d] = fraction(y);
  return a * d === c * b;
};

// Whole numbers from every region: small, near 2^53 / 10^k (where the Number path hands over to BigInt), up to
// 2^53, and far beyond.
const boundary = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: -3, max: 3 }))
  .map(([k, delta]) => 2n ** 53n / 10n ** BigInt(k) + BigInt(delta));
const magnitude = fc.oneof(
  fc.bigInt({ min: 0n, max: 100_000n }),
  boundary,
  fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }),
  fc.bigInt({ min: 2n ** 53n, max: 10n ** 30n }),
);
const whole = fc.tuple(magnitude, fc.boolean()).map(([m, neg]) => (neg ? -m : m));
const nonZero = whole.filter((x) => x !== 0n);

/** The same whole number as a JS number when it is safe, or as a string, or as a zero-padded string. */
const asInput = (x: bigint, form: number): number | string => {
  if (form === 0 && abs(x) <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(x);
  return form === 2 && x >= 0n ? `00${x}` : String(x);
};
const form = fc.integer({ min: 0, max: 2 });

// Exact ties at the rounding digit (n · 10^k / d = q + ½) and the numerators either side of them.
const tie = fc
  .tuple(
    fc.bigInt({ min: 0n, max: 10n ** 8n }),
    fc.bigInt({ min: 1n, max: 10n ** 6n }),
    places,
    fc.integer({ min: -1, max: 1 }),
  )
  .map(([q, j, p, near]) => ({ n: (2n * q + 1n) * j + BigInt(near), d: 2n * j * 10n ** BigInt(p + 2), p }));

describe('rates take the integer paths and stay exact', () => {
  it('rate(n, d).toPercent and toDecimal match BigInt arithmetic everywhere', () => {
    fc.assert(
      fc.property(whole, nonZero, form, form, places, mode, (n, d, fn, fd, p, m) => {
        const r = rate(asInput(n, fn), asInput(d, fd));
        expect(r.toPercent(p, m)).toBe(reference(n, d, 2, p, m));
        expect(r.toDecimal(p, m)).toBe(reference(n, d, 0, p, m));
        expect(r.numerator).toBe(String(n));
        expect(r.denominator).toBe(String(d));
      }),
      { numRuns: 3000 },
    );
  });

  it('ties and near-ties round as each mode says', () => {
    fc.assert(
      fc.property(tie, fc.boolean(), (t, neg) => {
        const n = neg ? -t.n : t.n;
        for (const m of MODES)
          expect(rate(Number(n), Number(t.d)).toPercent(t.p, m)).toBe(reference(n, t.d, 2, t.p, m));
      }),
      { numRuns: 2000 },
    );
    // The documented ties: 1/8 = 12.5%.
    expect(MODES.map((m) => rate(1, 8).toPercent(0, m))).toEqual(['13', '12', '12']);
    expect(MODES.map((m) => rate(-1, 8).toPercent(0, m))).toEqual(['-13', '-12', '-12']);
    expect(MODES.map((m) => rate(3, 8).toPercent(0, m))).toEqual(['38', '38', '37']);
  });

  it('decimal inputs match the exact fraction', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 8 }))
      .map(([m, k]) => {
        const digits = abs(m)
          .toString()
          .padStart(k + 1, '0');
        const body = k === 0 ? digits : `${digits.slice(0, -k)}.${digits.slice(-k)}`;
        return m < 0n ? `-${body}` : body;
      });
    fc.assert(
      fc.property(decimal, decimal, places, mode, (x, y, p, m) => {
        const [a, b] = fraction(x);
        const [c, d] = fraction(y);
        if (c === 0n) return;
        expect(rate(x, y).toPercent(p, m)).toBe(reference(a * d, b * c, 2, p, m));
      }),
      { numRuns: 2000 },
    );
  });

  it('yoyChange(a, b) is (b − a) / a exactly', () => {
    fc.assert(
      fc.property(nonZero, whole, form, form, places, mode, (a, b, fa, fb, p, m) => {
        const change = yoyChange(asInput(a, fa), asInput(b, fb));
        expect(change.toPercent(p, m)).toBe(reference(b - a, a, 2, p, m));
        expect(change.numerator).toBe(String(b - a));
      }),
      { numRuns: 3000 },
    );
  });

  it('ppChange of two rates is 100 · (n₂/d₂ − n₁/d₁) exactly, and String() is exact when it terminates', () => {
    fc.assert(
      fc.property(whole, nonZero, whole, nonZero, places, mode, (n1, d1, n2, d2, p, m) => {
        const change = ppChange(rate(String(n1), String(d1)), rate(String(n2), String(d2)));
        const n = n2 * d1 - n1 * d2;
        const d = d1 * d2;
        expect(change.toFixed(p, m)).toBe(reference(n, d, 2, p, m));
        const text = String(change);
        const [sn, sd] = fraction(text);
        if (sn * d === n * 100n * sd) return;
        expect(text).toBe(change.toFixed(12));
      }),
      { numRuns: 2000 },
    );
    expect(String(ppChange('94.2', '96.5'))).toBe('2.3');
    expect(String(ppChange(rate(1, 3), rate(1, 6)))).toBe('-16.666666666667');
  });

  it('compareReported finds exactly the conventions that reproduce the printed figure', () => {
    // Printed figures at and beside the rounded values, sometimes with trailing zeros or a "%".
    const printed = fc.tuple(places, mode, fc.integer({ min: -1, max: 1 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(whole, nonZero, printed, (n, d, [p, m, step, style]) => {
        const [v, scale] = fraction(reference(n, d, 2, p, m));
        const shifted = v + BigInt(step) * (scale / 10n ** BigInt(p));
        let text = reference(shifted, scale, 0, p, 'truncate');
        if (style === 1) text += p === 0 ? '.0' : '0';
        if (style === 2) text += '%';
        const r = rate(String(n), String(d));
        const c = compareReported(r, text);
        const bare = text.replace('%', '');
        const shown = style === 1 ? p + 1 : p;
        const expected = MODES.filter((x) => same(reference(n, d, 2, shown, x), bare));
        expect(c.conventions).toEqual(expected);
        expect(c.consistent).toBe(expected.length > 0);
        expect(c.places).toBe(shown);
        expect(c.computed).toBe(reference(n, d, 2, c.places, 'half-up'));
        expect(same(c.reported, bare)).toBe(true);
        expect(c.reported).not.toMatch(/\.\d*0$|^-0$/);
        const quick = halfUpMatches(Number(n), Number(d), bare);
        // The validator's allocation-free check decides every ordinary case, and agrees whenever it decides.
        if (abs(n) < 10n ** 6n && abs(d) < 10n ** 6n) expect(quick).toBe(expected.includes('half-up'));
        else if (quick !== undefined) expect(quick).toBe(expected.includes('half-up'));
      }),
      { numRuns: 3000 },
    );
  });

  it('compareReported on an undefined rate, and printed figures in other notations', () => {
    expect(compareReported(rate(3, 0), '96.50')).toEqual({
      consistent: false,
      conventions: [],
      computed: undefined,
      places: 2,
      reported: '96.5',
    });
    expect(compareReported(rate(44180, 45771), ' 96％ ').conventions).toEqual(['truncate']);
    expect(compareReported(rate(1, 8), 12.5).conventions).toEqual(['half-up', 'half-even', 'truncate']);
    expect(compareReported(rate(1, 8), '1.25e1').conventions).toEqual(['half-up', 'half-even', 'truncate']);
    expect(() => compareReported(rate(1, 8), 'abc')).toThrow(TypeError);
  });

  it('rejects an unknown rounding mode instead of truncating silently', () => {
    expect(() => rate(1, 8).toPercent(0, 'up' as RoundingMode)).toThrow(
      /Unknown rounding mode.*未知的取舍方式/,
    );
    expect(() => ppChange('1', '2').toFixed(0, 'down' as RoundingMode)).toThrow(RangeError);
  });
});
