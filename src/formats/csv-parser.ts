/** One CSV record: its fields (`undefined` for an unquoted empty field, `''` for a quoted one) and first line. */
export interface CsvRow {
  readonly fields: readonly (string | undefined)[];
  /** 1-based line where the record starts (a quoted field may span lines). */
  readonly line: number;
}

/** A record that is not RFC 4180 CSV, with why. */
export interface CsvError {
  readonly error: 'unterminated_quote' | 'text_after_quote' | 'quote_in_field' | 'too_long';
  readonly line: number;
}

/** An incremental RFC 4180 parser: feed it chunks, get back the complete records in each. */
export interface CsvParser {
  /** Adds a chunk; returns the records (and malformed records) it completed. */
  push(chunk: string): (CsvRow | CsvError)[];
  /** Ends the input; returns the last record. */
  end(): (CsvRow | CsvError)[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Outcome of parsing one record at a position: done, needs more input, or malformed. */
type Step =
  | {
      readonly kind: 'row';
      readonly fields: (string | undefined)[];
      readonly next: number;
      readonly lines: number;
    }
  | { readonly kind: 'more' }
  | { readonly kind: 'bad'; readonly error: CsvError['error'] };

/**
 * Creates an incremental CSV parser (RFC 4180: comma- or tab-separated, `"` quoting with `""` escapes, CRLF or LF line
 * ends, quoted fields may hold commas and newlines). Memory is bounded by `maxRecordLength`: a longer record (often
 * an unterminated quote) is reported as `too_long` and parsing resumes at the next line.
 *
 * @param maxRecordLength - the longest record kept, in characters
 * @param separator - the field separator: `,` (default) or a tab
 * @returns a parser to feed chunk by chunk
 * @example
 * ```ts
 * const p = createCsvParser(1 << 20)
 * p.push('a,"b,c"\n') // [{ fields: ['a', 'b,c'], line: 1 }]
 * ```
 */
export function createCsvParser(maxRecordLength: number, separator: ',' | '\t' = ','): CsvParser {
  let buf = '';
  let line = 1;
  // After an overlong record, input is dropped up to the next newline.
  let skipping = false;

  const drain = (ended: boolean): (CsvRow | CsvError)[] => {
    const out: (CsvRow | CsvError)[] = [];
    let pos = 0;
    while (pos < buf.length) {
      const step = parseRecord(buf, pos, ended, separator);
      if (step.kind === 'more') {
        if (buf.length - pos > maxRecordLength) {
          out.push({ error: 'too_long', line });
          pos = skipLine(buf, pos);
          if (pos === -1) {
            buf = '';
            skipping = true;
            return out;
          }
          line++;
          continue;
        }
        break;
      }
      if (step.kind === 'bad') {
        out.push({ error: step.error, line });
        const next = skipLine(buf, pos);
        if (next === -1) {
          pos = buf.length;
          break;
        }
        pos = next;
        line++;
        continue;
      }
      if (!(step.fields.length === 1 && step.fields[0] === undefined))
        out.push({ fields: step.fields, line });
      line += step.lines;
      pos = step.next;
    }
    buf = pos >= buf.length ? '' : buf.slice(pos);
    return out;
  };

  return {
    push(chunk) {
      let text = chunk;
      if (skipping) {
        const nl = text.indexOf('\n');
        if (nl === -1) return [];
        skipping = false;
        line++;
        text = text.slice(nl + 1);
      }
      buf = buf.length === 0 ? text : buf + text;
      return drain(false);
    },
    end() {
      if (skipping) return [];
      const out = drain(true);
      buf = '';
      return out;
    },
  };
}

/** Position after the next newline from `pos`, or -1 when there is none. */
function skipLine(buf: string, pos: number): number {
  const nl = buf.indexOf('\n', pos);
  return nl === -1 ? -1 : nl + 1;
}

/** Parses one record starting at `pos`. */
function parseRecord(buf: string, pos: number, ended: boolean, separator: string): Step {
  const nl = buf.indexOf('\n', pos);
  const lineEnd = nl === -1 ? buf.length : nl;
  if (nl === -1 && !ended) return { kind: 'more' };
  // Fast path: a line without quotes is split on commas.
  const quote = buf.indexOf('"', pos);
  if (quote === -1 || quote > lineEnd) {
    let end = lineEnd;
    if (end > pos && buf.charCodeAt(end - 1) === CR) end--;
    const fields = buf.slice(pos, end).split(separator).map(emptyToUndefined);
    return { kind: 'row', fields, next: nl === -1 ? buf.length : nl + 1, lines: 1 };
  }
  return parseQuotedRecord(buf, pos, ended, separator.charCodeAt(0));
}

/** The slow path: a record with quoted fields, which may span lines. */
function parseQuotedRecord(buf: string, pos: number, ended: boolean, sep: number): Step {
  const fields: (string | undefined)[] = [];
  let i = pos;
  let lines = 1;
  for (;;) {
    if (i < buf.length && buf.charCodeAt(i) === QUOTE) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = buf.indexOf('"', j);
        if (q === -1) return ended ? { kind: 'bad', error: 'unterminated_quote' } : { kind: 'more' };
        if (q + 1 >= buf.length && !ended) return { kind: 'more' };
        const piece = buf.slice(j, q);
        lines += countNewlines(piece);
        if (buf.charCodeAt(q + 1) === QUOTE) {
          value += `${piece}"`;
          j = q + 2;
          continue;
        }
        value += piece;
        i = q + 1;
        break;
      }
      fields.push(value);
    } else {
      let j = i;
      while (j < buf.length) {
        const c = buf.charCodeAt(j);
        if (c === sep || c === LF) break;
        if (c === QUOTE) return { kind: 'bad', error: 'quote_in_field' };
        j++;
      }
      if (j >= buf.length && !ended) return { kind: 'more' };
      let end = j;
      if (end > i && buf.charCodeAt(end - 1) === CR && (j >= buf.length || buf.charCodeAt(j) === LF)) end--;
      fields.push(emptyToUndefined(buf.slice(i, end)));
      i = j;
    }
    // After a field: a comma, the end of the record, or (after a closing quote) an error.
    if (i >= buf.length) {
      if (!ended) return { kind: 'more' };
      return { kind: 'row', fields, next: buf.length, lines };
    }
    const c = buf.charCodeAt(i);
    if (c === sep) {
      i++;
      continue;
    }
    if (c === LF) return { kind: 'row', fields, next: i + 1, lines };
    if (c === CR) {
      if (i + 1 >= buf.length) {
        if (!ended) return { kind: 'more' };
        return { kind: 'row', fields, next: buf.length, lines };
      }
      if (buf.charCodeAt(i + 1) === LF) return { kind: 'row', fields, next: i + 2, lines };
    }
    return { kind: 'bad', error: 'text_after_quote' };
  }
}

function countNewlines(s: string): number {
  let n = 0;
  let i = s.indexOf('\n');
  while (i !== -1) {
    n++;
    i = s.indexOf('\n', i + 1);
  }
  return n;
}

function emptyToUndefined(s: string): string | undefined {
  return s.length === 0 ? undefined : s;
}
