import type { Catalog } from '../catalog/catalog.js';
import type { Source } from '../model/observation.js';
import type { Qualifier } from '../quantity.js';

/** One figure of a series: the value in one year, with how it bounds the truth and where it came from. */
export interface PanelPoint {
  /** The reporting year. */
  readonly year: number;
  /** The figure as a canonical decimal string (`"96.5"`, `"1200"`). */
  readonly value: string;
  /** How the printed figure bounds the true value (absent: exact). */
  readonly qualifier?: Qualifier;
  /** Upper end of a range. */
  readonly upper?: string;
  /** The date the figure stands at, when the observation gives one. */
  readonly asOf?: string;
  /** The part-year window, when the observation gives one. */
  readonly period?: { readonly start: string; readonly end: string };
  /** For a change (`yoyPercent`, …): the year compared with, when not the year before. */
  readonly baseYear?: number;
  /** Provenance: the report and the exact quote. */
  readonly source?: Source;
  /** The file the observation was read from, when the panel was built from files. */
  readonly file?: string;
  /** The observation's index in its input (its file, or the array the panel was built from). */
  readonly index?: number;
}

/**
 * The figures of one jurisdiction × indicator × dimension member × scope across years: the series a chart draws.
 * `points` holds the published levels; `measures` holds what the reports say about them (shares, 同比 changes).
 */
export interface PanelSeries {
  /** Stable key: jurisdiction, indicator, dimensions and scope. */
  readonly key: string;
  /** The jurisdiction's 6-digit division code. */
  readonly jurisdiction: string;
  /** The indicator id. */
  readonly indicator: string;
  /** Dimension id → member id (`{}` for a total). */
  readonly dimensions: Readonly<Record<string, string>>;
  /** The scope as it repeats across years (see `seriesScope`): `''` for plain full-year figures. */
  readonly scope: string;
  /** Scope fields shared by every point, used to rebuild observations. */
  readonly fields: SeriesFields;
  /** Published levels by year. */
  readonly points: ReadonlyMap<number, PanelPoint>;
  /** Other measures (`share`, `yoyPercent`, `ppChange` …) by measure, then year. */
  readonly measures: ReadonlyMap<string, ReadonlyMap<number, PanelPoint>>;
}

/** The scope fields a series shares across its years. */
export interface SeriesFields {
  readonly coverage?: 'ownLevel' | 'wholeArea';
  readonly cumulative?: boolean;
  readonly since?: string;
  readonly includesCarriedOver?: boolean;
  readonly basis?: string;
}

/** Two figures for the same series, year and measure that disagree; the panel keeps the first. */
export interface PanelConflict {
  /** The series key. */
  readonly key: string;
  /** `level` or the measure. */
  readonly measure: string;
  /** The figure kept. */
  readonly kept: PanelPoint;
  /** The figure that disagrees with it. */
  readonly other: PanelPoint;
}

/**
 * Observations of many jurisdictions and years held as series, for charts, roll-ups and rankings. Build one with
 * `buildPanel`, `buildPanelAsync` or `createPanelBuilder`; read it with `panelSeries`, `rollUp` and
 * `rankJurisdictions`.
 */
export interface Panel {
  /** The catalog its indicators are read with (the default, extended by the datasets' own indicators). */
  readonly catalog: Catalog;
  /** Every series, by key. */
  readonly series: ReadonlyMap<string, PanelSeries>;
  /** The keys of each jurisdiction's series, jurisdictions in code order. */
  readonly byJurisdiction: ReadonlyMap<string, readonly string[]>;
  /** Every year that has a figure, ascending. */
  readonly years: readonly number[];
  /** How many observations the panel holds (repeats that agree are counted once). */
  readonly observations: number;
  /** Observations given twice with the same value (two reports that agree). */
  readonly corroborated: number;
  /** Figures that disagree with one already held. */
  readonly conflicts: readonly PanelConflict[];
  /** Inputs left out because they are not observations (`fazhi validate` says why), or were filtered out. */
  readonly skipped: { readonly invalid: number; readonly filtered: number };
}
