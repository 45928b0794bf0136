import type { z } from 'zod';
import { lazySchema } from '../internal/lazy-schema.js';

/**
 * A 6-digit administrative division code (行政区划代码, GB/T 2260): 2 digits province, 2 prefecture, 2 county.
 * Its shape is checked everywhere; whether it exists is checked against `fazhi/divisions`.
 */
export const DivisionCodeSchema = /* @__PURE__ */ lazySchema((z) =>
  z.string().regex(/^[1-9]\d{5}$/, 'expected a 6-digit administrative division code such as "433126"'),
);

/** A 6-digit administrative division code. */
export type DivisionCode = z.infer<typeof DivisionCodeSchema>;

/** Administrative level of a jurisdiction: 省级, 地级, 县级. */
export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** The zod schema of a {@link DivisionLevel}. */
export const DivisionLevelSchema = /* @__PURE__ */ lazySchema((z) =>
  z.enum(['province', 'prefecture', 'county']),
);

/**
 * The level a division code's shape implies: `xx0000` a province, `xxxx00` a prefecture, anything else a county.
 * (Municipalities' districts such as 120102 are counties; their 1201xx prefecture rows are statistical.)
 *
 * @param code - a 6-digit division code
 * @returns the implied level
 * @example
 * ```ts
 * levelOfCode('430000') // "province"
 * levelOfCode('433100') // "prefecture"
 * levelOfCode('433126') // "county"
 * ```
 */
export function levelOfCode(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}
