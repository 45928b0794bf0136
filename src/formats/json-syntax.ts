/** Why a text is not JSON, as a stable code (V8's messages are English only and sometimes give no position). */
export type JsonSyntaxReason =
  | 'unexpected_end'
  | 'unexpected_character'
  | 'expected_property_name'
  | 'trailing_comma'
  | 'expected_colon'
  | 'expected_comma_or_brace'
  | 'expected_comma_or_bracket'
  | 'trailing_text'
  | 'unterminated_string'
  | 'control_character'
  | 'bad_escape'
  | 'invalid_number';

/** The first syntax error in a JSON text: where, why, and the words for it in English and Chinese. */
export interface JsonSyntaxError {
  readonly reason: JsonSyntaxReason;
  /** 0-based offset of the offending character (the text's length when it ends too early). */
  readonly offset: number;
  /** 1-based line and column of the offset. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly messageZh: string;
}

/**
 * Finds the first syntax error of a text that `JSON.parse` rejected, with its line and column and a description
 * in English and Chinese. Iterative, so deep nesting cannot overflow the stack; run only once parsing has failed.
 *
 * @param text - the text (without a byte order mark)
 * @returns the error, or `undefined` when the text is valid JSON
 * @example
 * ```ts
 * findJsonSyntaxError('{\n  "a": [1, 2,]\n}')
 * // { reason: 'trailing_comma', offset: 15, line: 2, column: 15, message: 'a comma before "]" …', … }
 * ```
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const fail = (reason: JsonSyntaxReason, at = i): JsonSyntaxError => describe(text, reason, Math.min(at, n));
  // Modes of the state machine: a value is expected, a property name is expected, or a value has just ended.
  let mode: 'value' | 'key' | 'after' = 'value';
  ws();
  for (;;) {
    if (mode === 'key') {
      ws();
      if (i >= n) return fail('unexpected_end');
      if (text.charCodeAt(i) !== 34) return fail('expected_property_name');
      const err = string();
      if (err) return err;
      ws();
      if (i >= n) return fail('unexpected_end');
      if (text[i] !== ':') return fail('expected_colon');
      i++;
      ws();
      mode = 'value';
      continue;
    }
    if (mode === 'value') {
      if (i >= n) return fail('unexpected_end');
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          mode = 'after';
        } else {
          stack.push(c === '{' ? 123 : 91);
          mode = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (c === '"') {
        const err = string();
        if (err) return err;
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        if (!number()) return fail('invalid_number');
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else return fail('unexpected_character');
      mode = 'after';
      continue;
    }
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? fail('trailing_text') : undefined;
    if (i >= n) return fail('unexpected_end');
    const c = text[i];
    if (c === ',') {
      const comma = i;
      i++;
      ws();
      if (text[i] === '}' || text[i] === ']') return fail('trailing_comma', comma);
      mode = top === 123 ? 'key' : 'value';
    } else if ((top === 123 && c === '}') || (top === 91 && c === ']')) {
      stack.pop();
      i++;
    } else return fail(top === 123 ? 'expected_comma_or_brace' : 'expected_comma_or_bracket');
  }

  /** Reads a string at `i` (a double quote); returns the error, if any. */
  function string(): JsonSyntaxError | undefined {
    const start = i;
    i++;
    for (;;) {
      if (i >= n) return fail('unterminated_string', start);
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c < 0x20) return fail('control_character');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('bad_escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail('bad_escape');
      } else i++;
    }
  }

  /** Reads a number at `i`; false when it is malformed. */
  function number(): boolean {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    const hit = m.exec(text);
    if (hit === null) return false;
    i += hit[0].length;
    // `1.` or `1e` stop short of a digit: the number is unfinished.
    const next = text[i];
    return !(next === '.' || next === 'e' || next === 'E');
  }
}

const REASONS: Record<JsonSyntaxReason, (found: string) => [string, string]> = {
  unexpected_end: () => [
    'the text ends too early (a missing "}", "]" or quote?)',
    '文本提前结束（缺少“}”“]”或引号？）',
  ],
  unexpected_character: (f) => [`${f} where a value should be`, `此处应为一个值，却是${f}`],
  expected_property_name: (f) => [
    `${f} where a property name in double quotes should be`,
    `此处应为双引号括起的属性名，却是${f}`,
  ],
  trailing_comma: () => [
    'a comma before the closing bracket (JSON allows no trailing comma)',
    '右括号前多了逗号（JSON 不允许末尾逗号）',
  ],
  expected_colon: (f) => [`${f} where ":" should follow the property name`, `属性名后应为“:”，却是${f}`],
  expected_comma_or_brace: (f) => [
    `${f} where "," or "}" should follow a property value`,
    `属性值后应为“,”或“}”，却是${f}`,
  ],
  expected_comma_or_bracket: (f) => [
    `${f} where "," or "]" should follow an array element`,
    `数组元素后应为“,”或“]”，却是${f}`,
  ],
  trailing_text: (f) => [`${f} after the end of the JSON value`, `JSON 值结束后还有多余的内容：${f}`],
  unterminated_string: () => ['a string is never closed', '字符串没有闭合'],
  control_character: () => [
    'a line break or control character inside a string (write a line break as \\n)',
    '字符串中有换行或控制字符（换行应写作 \\n）',
  ],
  bad_escape: () => ['an invalid escape sequence in a string', '字符串中有无效的转义序列'],
  invalid_number: () => ['a malformed number', '数字格式有误'],
};

function describe(text: string, reason: JsonSyntaxReason, offset: number): JsonSyntaxError {
  const before = text.lastIndexOf('\n', offset - 1);
  let line = 1;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) line++;
  // A bare word (`tru`, `NaN`, `undefined`) is shown whole, any other character alone.
  const word = /[A-Za-z_$][\w$]*/y;
  word.lastIndex = offset;
  const ch = text.codePointAt(offset);
  const raw = word.exec(text)?.[0].slice(0, 40) ?? (ch === undefined ? undefined : String.fromCodePoint(ch));
  const [message] = REASONS[reason](raw === undefined ? 'the end of the text' : JSON.stringify(raw));
  const [, messageZh] = REASONS[reason](raw === undefined ? '文本末尾' : `“${raw}”`);
  return { reason, offset, line, column: offset - before, message, messageZh };
}
