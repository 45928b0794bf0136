const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Finds the line of each issue path (`observations[12].value`) in the text of a JSON document, so that issues in
 * a JSON dataset can point at a line. One pass over the text, descending only into the values the paths lead
 * through; a path that does not exist (a missing field) gets the line of its nearest existing ancestor.
 *
 * @param text - the JSON text (already known to parse)
 * @param paths - issue paths, in the JS-like form fazhi's issues use
 * @returns the 1-based line of each path that could be placed
 * @example
 * ```ts
 * locateJsonPaths('{\n "observations": [\n  {"value": 1}\n ]\n}', ['observations[0].value'])
 * // Map { 'observations[0].value' => 3 }
 * ```
 */
export function locateJsonPaths(text: string, paths: Iterable<string>): Map<string, number> {
  const requested = [...new Set(paths)];
  const wanted = new Set<string>();
  for (const p of requested) for (const prefix of prefixes(p)) wanted.add(prefix);
  const found = new Map<string, number>();
  const scanner = new Scanner(text, wanted.size);
  try {
    scanner.value('', wanted, found);
  } catch {
    // Every wanted path found (the scan stops early), or malformed text: keep what was found.
  }
  const out = new Map<string, number>();
  for (const p of requested) {
    const chain = prefixes(p);
    for (let k = chain.length - 1; k >= 0; k--) {
      const line = found.get(chain[k] as string);
      if (line !== undefined) {
        out.set(p, line);
        break;
      }
    }
  }
  return out;
}

/**
 * Finds where the value at each path starts in the text of a JSON document (its first character's offset), for
 * rewriting a value in place. Only paths that exist are placed.
 *
 * @param text - the JSON text (already known to parse)
 * @param paths - paths in the JS-like form fazhi's issues use
 * @returns the offset of each path's value
 * @example
 * ```ts
 * locateJsonValues('{"observations":[{"value":"1,2"}]}', ['observations[0].value']) // Map { … => 26 }
 * ```
 */
export function locateJsonValues(text: string, paths: Iterable<string>): Map<string, number> {
  const requested = [...new Set(paths)];
  const wanted = new Set<string>();
  for (const p of requested) for (const prefix of prefixes(p)) wanted.add(prefix);
  const offsets = new Map<string, number>();
  const scanner = new Scanner(text, wanted.size, offsets);
  try {
    scanner.value('', wanted, new Map());
  } catch {
    // Every wanted path found (the scan stops early), or malformed text: keep what was found.
  }
  return new Map(requested.flatMap((p) => (offsets.has(p) ? [[p, offsets.get(p) as number]] : [])));
}

/** Every prefix of a path, root (`''`) first, the path itself last. */
function prefixes(path: string): string[] {
  const out = [''];
  let i = 0;
  while (i < path.length) {
    const c = path[i];
    if (c === '[') {
      // Either [12] or ["quoted key"]; find the matching close.
      let j = i + 1;
      if (path[j] === '"') {
        j++;
        while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
        j++;
      } else {
        while (j < path.length && path[j] !== ']') j++;
      }
      i = j + 1;
    } else {
      if (c === '.') i++;
      while (i < path.length && path[i] !== '.' && path[i] !== '[') i++;
    }
    out.push(path.slice(0, i));
  }
  return out;
}

function join(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (IDENT.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

/** A minimal JSON scanner that tracks lines; it trusts the text to be valid JSON. */
class Scanner {
  private i = 0;
  private line = 1;

  /**
   * @param text - the JSON text
   * @param pending - how many wanted paths are still to be found; at 0 the scan stops
   * @param offsets - when given, receives the offset where each wanted value starts
   */
  constructor(
    private readonly text: string,
    private pending: number,
    private readonly offsets?: Map<string, number>,
  ) {}

  value(path: string, wanted: Set<string>, found: Map<string, number>): void {
    this.ws();
    found.set(path, this.line);
    this.offsets?.set(path, this.i);
    // Issues are often about the first part of a file: stop as soon as every wanted path has its line.
    if (--this.pending === 0) throw new Error('done');
    const c = this.text.charCodeAt(this.i);
    if (c === 123) {
      this.i++;
      this.ws();
      if (this.text.charCodeAt(this.i) === 125) {
        this.i++;
        return;
      }
      for (;;) {
        this.ws();
        const key = this.string();
        this.ws();
        this.i++; // ':'
        const child = join(path, key);
        if (wanted.has(child)) this.value(child, wanted, found);
        else this.skip();
        this.ws();
        if (this.text.charCodeAt(this.i++) === 125) return;
      }
    }
    if (c === 91) {
      this.i++;
      this.ws();
      if (this.text.charCodeAt(this.i) === 93) {
        this.i++;
        return;
      }
      for (let index = 0; ; index++) {
        const child = `${path}[${index}]`;
        if (wanted.has(child)) this.value(child, wanted, found);
        else this.skip();
        this.ws();
        if (this.text.charCodeAt(this.i++) === 93) return;
      }
    }
    this.skip();
  }

  /** Skips one value of any kind. */
  private skip(): void {
    this.ws();
    const t = this.text;
    let depth = 0;
    for (;;) {
      if (this.i >= t.length) throw new Error('unexpected end');
      const c = t.charCodeAt(this.i);
      if (c === 34) {
        this.skipString();
        if (depth === 0) return;
        continue;
      }
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (depth === 0) return; // the end of the parent, for a primitive just read
        depth--;
        if (depth === 0) {
          this.i++;
          return;
        }
      } else if (c === 10) this.line++;
      else if (depth === 0 && (c === 44 || c === 32 || c === 9 || c === 13)) return;
      this.i++;
    }
  }

  /** Moves past a string token without building its value. */
  private skipString(): void {
    const t = this.text;
    let j = this.i + 1;
    for (;;) {
      const q = t.indexOf('"', j);
      if (q === -1) throw new Error('unterminated string');
      let backslashes = 0;
      for (let k = q - 1; t.charCodeAt(k) === 92; k--) backslashes++;
      if (backslashes % 2 === 0) {
        this.i = q + 1;
        return;
      }
      j = q + 1;
    }
  }

  /** Reads a string token and returns its value. */
  private string(): string {
    const t = this.text;
    const start = this.i;
    let j = start + 1;
    let escaped = false;
    for (;;) {
      const q = t.indexOf('"', j);
      if (q === -1) throw new Error('unterminated string');
      let backslashes = 0;
      for (let k = q - 1; k > start && t.charCodeAt(k) === 92; k--) backslashes++;
      if (backslashes > 0) escaped = true;
      if (backslashes % 2 === 0) {
        this.i = q + 1;
        return escaped ? (JSON.parse(t.slice(start, q + 1)) as string) : t.slice(start + 1, q);
      }
      j = q + 1;
    }
  }

  private ws(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 10) this.line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      this.i++;
    }
  }
}
