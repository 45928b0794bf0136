// Types of generate.mjs, for the TypeScript tests that use it.
import type { Writable } from 'node:stream';
import type { Catalog } from '../../src/catalog/catalog.js';
import type { Observation } from '../../src/model/observation.js';

export function prng(seed: number): () => number;
export function planIndicators(
  catalog: Catalog,
  count?: number,
): { indicators: unknown[]; plain: unknown[]; relations: unknown[]; rates: unknown[] };
export function observations(options: {
  catalog: Catalog;
  jurisdictions: readonly string[];
  years: readonly number[];
  indicators?: number;
  seed?: number;
  faults?: number;
  /** Share of observations that are cells of complete breakdowns (with their shares); 0 by default. */
  dimensions?: number;
}): Generator<Observation>;
export function metadata(
  divisions: readonly { code: string; name: string; level: string; parent?: string }[],
  years: readonly number[],
): { jurisdictions: unknown[]; reports: unknown[] };
export function writeAll(stream: Writable, lines: Iterable<string>): Promise<void>;
export function ndjsonLines(list: Iterable<Observation>): Generator<string>;
export function jsonDatasetPieces(
  meta: { jurisdictions: unknown[]; reports: unknown[] },
  list: Iterable<Observation>,
): Generator<string>;
