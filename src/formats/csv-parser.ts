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
  /** The 1-based number of the line the next character pushed belongs to. */
  currentLine(): number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the parser stands between two characters. */
enum At {
  /** At the start of a field. */
  FieldStart,
  /** Inside an unquoted field. */
  Unquoted,
  /** Inside a quoted field. */
  Quoted,
  /** Just after a quote inside a quoted field: an escaped quote (`""`) or the end of the field. */
  QuoteSeen,
  /** After a closing quote and a CR: only an LF may follow. */
  QuoteCr,
}

/**
 * Creates an incremental CSV parser (RFC 4180: comma- or tab-separated, `"` quoting with `""` escapes, CRLF or LF
 * line ends, quoted fields may hold separators and newlines). It is a state machine that keeps its place between chunks, so
 * every character is read once however the input is cut, and memory is bounded by `maxRecordLength`: a longer
 * record is reported as `too_long` and the rest of it — up to the line break that really ends it, outside quotes —
 * is skipped. After a syntax error (a stray quote) reading resumes at the next line.
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
  const SEP = separator.charCodeAt(0);
  // The record in progress: its finished fields, the pieces of the field being read, where it started.
  let fields: (string | undefined)[] = [];
  let pieces: string[] = [];
  let at = At.FieldStart;
  let quoted = false;
  let recordLine = 1;
  let recordLength = 0;
  // The physical line the reader is on.
  let line = 1;
  // `record`: an overlong record is being skipped to its end; `line`: a malformed one to the next line break.
  let skip: 'none' | 'record' | 'line' = 'none';
  let out: (CsvRow | CsvError)[] = [];

  const fieldText = (): string => (pieces.length === 1 ? (pieces[0] as string) : pieces.join(''));
  const endField = (): void => {
    if (skip === 'none') fields.push(quoted || pieces.length > 0 ? fieldText() : undefined);
    pieces = [];
    quoted = false;
    at = At.FieldStart;
  };
  const endRecord = (): void => {
    // A blank line is no record.
    if (skip === 'none' && !(fields.length === 1 && fields[0] === undefined)) {
      out.push({ fields, line: recordLine });
    }
    fields = [];
    pieces = [];
    quoted = false;
    at = At.FieldStart;
    skip = 'none';
    recordLength = 0;
    recordLine = line;
  };
  const fail = (error: CsvError['error'], then: 'record' | 'line'): void => {
    out.push({ error, line: recordLine });
    fields = [];
    pieces = [];
    skip = then;
  };
  /** A CR before the line end belongs to it, not to an unquoted last field. */
  const dropCr = (): void => {
    const k = pieces.length - 1;
    const last = pieces[k];
    if (last !== undefined && last.charCodeAt(last.length - 1) === CR) {
      if (last.length === 1) pieces.pop();
      else pieces[k] = last.slice(0, -1);
    }
  };
  /** Adds text to the field being read, unless the record is being skipped or has grown too long. */
  const take = (text: string): void => {
    if (skip !== 'none' || text.length === 0) return;
    recordLength += text.length;
    if (recordLength > maxRecordLength) fail('too_long', 'record');
    else pieces.push(text);
  };

  function feed(buf: string): void {
    const n = buf.length;
    let i = 0;
    // The next quote at or after i, looked up once per quote rather than once per record.
    let nextQuote = buf.indexOf('"');
    while (i < n) {
      if (skip === 'line') {
        const nl = buf.indexOf('\n', i);
        if (nl === -1) return;
        line++;
        i = nl + 1;
        skip = 'none';
        endRecordSkipped();
        continue;
      }
      if (at === At.FieldStart && fields.length === 0 && skip === 'none') {
        // Fast path: a whole line without quotes, split on commas.
        if (nextQuote !== -1 && nextQuote < i) nextQuote = buf.indexOf('"', i);
        const nl = buf.indexOf('\n', i);
        if (nl !== -1 && (nextQuote === -1 || nextQuote > nl) && nl - i <= maxRecordLength) {
          recordLine = line;
          let end = nl;
          if (end > i && buf.charCodeAt(end - 1) === CR) end--;
          const row = buf.slice(i, end).split(separator);
          line++;
          i = nl + 1;
          recordLine = line;
          if (!(row.length === 1 && row[0] === ''))
            out.push({ fields: row.map(emptyToUndefined), line: line - 1 });
          continue;
        }
      }
      switch (at) {
        case At.FieldStart:
          if (buf.charCodeAt(i) === QUOTE) {
            quoted = true;
            at = At.Quoted;
            i++;
            recordLength++;
          } else at = At.Unquoted;
          break;
        case At.Unquoted: {
          let j = i;
          while (j < n) {
            const c = buf.charCodeAt(j);
            if (c === SEP || c === LF || c === QUOTE) break;
            j++;
          }
          take(buf.slice(i, j));
          if (j === n) return;
          const c = buf.charCodeAt(j);
          i = j + 1;
          if (c === QUOTE) {
            if (skip === 'none') fail('quote_in_field', 'line');
          } else if (c === SEP) {
            recordLength++;
            endField();
          } else {
            dropCr();
            endField();
            line++;
            endRecord();
          }
          break;
        }
        case At.Quoted: {
          const q = buf.indexOf('"', i);
          const piece = q === -1 ? buf.slice(i) : buf.slice(i, q);
          line += countNewlines(piece);
          take(piece);
          if (q === -1) return;
          i = q + 1;
          at = At.QuoteSeen;
          break;
        }
        case At.QuoteSeen: {
          const c = buf.charCodeAt(i);
          if (c === QUOTE) {
            take('"');
            at = At.Quoted;
            i++;
          } else if (c === SEP) {
            recordLength++;
            endField();
            i++;
          } else if (c === LF) {
            endField();
            line++;
            endRecord();
            i++;
          } else if (c === CR) {
            at = At.QuoteCr;
            i++;
          } else {
            afterQuoteError();
          }
          break;
        }
        case At.QuoteCr:
          if (buf.charCodeAt(i) === LF) {
            endField();
            line++;
            endRecord();
            i++;
          } else afterQuoteError();
          break;
      }
    }
  }

  function afterQuoteError(): void {
    if (skip === 'none') fail('text_after_quote', 'line');
    else {
      // Inside an overlong record, stray text after a quote changes nothing: keep skipping to its end.
      at = At.Unquoted;
    }
    if (skip === 'line') at = At.FieldStart;
  }

  function endRecordSkipped(): void {
    fields = [];
    pieces = [];
    quoted = false;
    at = At.FieldStart;
    recordLength = 0;
    recordLine = line;
  }

  return {
    push(chunk) {
      out = [];
      feed(chunk);
      return out;
    },
    end() {
      out = [];
      if (skip === 'line') return out;
      if (at === At.Quoted) {
        // Also after a too-long record: its quote never closed, so the rest of the file was inside it.
        out.push({ error: 'unterminated_quote', line: recordLine });
        return out;
      }
      if (skip === 'record') return out;
      if (at !== At.FieldStart || fields.length > 0 || pieces.length > 0) {
        if (at === At.Unquoted) dropCr();
        endField();
        endRecord();
      }
      return out;
    },
    currentLine() {
      return line;
    },
  };
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
