import { describe, expect, it } from 'vitest';
import { visible, visibleBreaks, visibleLines } from '../../src/cli/visible.js';

describe('text from data made visible (issue 13: quotes could forge lines in a terminal or log)', () => {
  it('escapes terminal controls, bidi overrides and line separators', () => {
    expect(visible('a\u001b[2J\u001b[1;1Hb')).toBe('a\\u001b[2J\\u001b[1;1Hb');
    expect(visible('x\ry\nz\u2028\u202e\u0085')).toBe('x\\u000dy\\u000az\\u2028\\u202e\\u0085');
    expect(visible('审结54件, ok')).toBe('审结54件, ok');
  });

  it('keeps line breaks where the output indents them, but not a lone CR', () => {
    expect(visibleLines('a\r\nb\rc\n\u001b')).toBe('a\nb\\u000dc\n\\u001b');
  });

  it('keeps CR and LF for formats that encode them', () => {
    expect(visibleBreaks('a\r\n\u0007')).toBe('a\r\n\\u0007');
  });
});
