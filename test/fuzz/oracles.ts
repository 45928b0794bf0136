// Exact references the fuzz targets check fazhi against: BigInt arithmetic written independently of src/ (no
// shared code), and the magnitudes of Chinese figures.
import type { RoundingMode } from '../../src/rounding.js';

/** A decimal as an exact fraction: n / 10^scale. */
export interface Exact {
  readonly n: bigint;
  readonly scale: number;
}

/** Parses `[+-]digits[.digits][e[+-]digits]` exactly, or `undefined` for other text. */
export function parseExact(text: string): Exact | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) return undefined;
  const [, sign = '', int = '', frac = '', exp] = m;
  if (int === '' && frac === '') return undefined;
  const e = exp === undefined ? 0 : Number(exp);
  let n = BigInt(`${int}${frac}` || '0');
  let scale = frac.length - e;
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { n: sign === '-' ? -n : n, scale };
}

/** The canonical text of an exact decimal: no exponent, no superfluous zeros, "0" for zero. */
export function formatExact(x: Exact): string {
  if (x.n === 0n) return '0';
  const neg = x.n < 0n;
  let digits = (neg ? -x.n : x.n).toString();
  let scale = x.scale;
  while (scale > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale--;
  }
  let out: string;
  if (scale === 0) out = digits;
  else {
    const padded = digits.padStart(scale + 1, '0');
    out = `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
  }
  return neg ? `-${out}` : out;
}

/** How many digits a canonical decimal has (sign and point not counted). */
export function digitCount(canonical: string): number {
  return canonical.replace('-', '').replace('.', '').length;
}

/** n / d rounded to `places` decimal places with a rounding mode, formatted with exactly that many places. */
export function roundRatio(n: bigint, d: bigint, places: number, mode: RoundingMode): string {
  let num = n;
  let den = d;
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const scaled = abs * 10n ** BigInt(places);
  let q = scaled / den;
  const r = scaled % den;
  if (mode === 'half-up' && 2n * r >= den) q++;
  if (mode === 'half-even' && (2n * r > den || (2n * r === den && q % 2n === 1n))) q++;
  let s = q.toString();
  if (places > 0) {
    s = s.padStart(places + 1, '0');
    s = `${s.slice(0, -places)}.${s.slice(-places)}`;
  }
  return neg && q !== 0n ? `-${s}` : s;
}

/** a / b of two exact decimals as a fraction of BigInts. */
export function ratio(a: Exact, b: Exact): { n: bigint; d: bigint } {
  // (a.n / 10^a.scale) / (b.n / 10^b.scale) = a.n · 10^b.scale / (b.n · 10^a.scale)
  return { n: a.n * 10n ** BigInt(b.scale), d: b.n * 10n ** BigInt(a.scale) };
}

/** The printed precision of a percentage as written: decimal places, exponent counted. */
export function printedPlaces(text: string): number {
  const m = /^[+-]?\d*(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) return 0;
  return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

/** Powers of ten of the magnitude words of Chinese figures. */
export const MAGNITUDES: readonly (readonly [string, number])[] = [
  ['十', 1],
  ['百', 2],
  ['千', 3],
  ['万', 4],
  ['十万', 5],
  ['百万', 6],
  ['千万', 7],
  ['亿', 8],
  ['十亿', 9],
  ['百亿', 10],
  ['千亿', 11],
  ['万亿', 12],
];

/** digits × 10^power, exactly, canonical. */
export function scaled(digits: string, power: number): string {
  const x = parseExact(digits) as Exact;
  return formatExact({ n: x.n * 10n ** BigInt(power), scale: x.scale });
}
