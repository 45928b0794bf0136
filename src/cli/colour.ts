/** Text styles for terminal output; identity functions when colour is off. */
export interface Palette {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

/**
 * Whether to colour output: only on a terminal, never when `NO_COLOR` is set (https://no-color.org), always when
 * `FORCE_COLOR` is set to something other than `0`.
 *
 * @param stream - the output stream
 * @param env - the environment
 * @returns true to colour
 * @example
 * ```ts
 * useColour(process.stdout, process.env)
 * ```
 */
export function useColour(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/**
 * A palette of ANSI styles, or of no-ops.
 *
 * @param on - whether to colour
 * @returns the palette
 * @example
 * ```ts
 * palette(false).red('x') // 'x'
 * ```
 */
export function palette(on: boolean): Palette {
  const style = (open: number, close: number) => (s: string) =>
    on ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    cyan: style(36, 39),
    green: style(32, 39),
    dim: style(2, 22),
    bold: style(1, 22),
  };
}
