import { requireDecimal } from '../rounding.js';

/** A count or amount as a number or decimal string, as the named rate functions accept it. */
export type Figure = number | string;

/** @internal the canonical decimal of a named input, zero when it is missing. */
export function figure(value: Figure | undefined, name: string): string {
  return value === undefined ? '0' : requireDecimal(value, name);
}
