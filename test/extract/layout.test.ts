// Figures whose sentence has lost its opening words in the text as read: a page cut, a page printed in columns.
import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../src/extract/extract.js';
import { beginningLost } from '../../src/extract/layout.js';

const read = (text: string) => extractObservations(text, { jurisdiction: '510107', year: 2020, report: 'r' });

describe('a sentence whose beginning the text has lost', () => {
  it('holds below the default confidence a figure of a sentence that opens with a stranded measure word', () => {
    // The excerpt starts mid-sentence: whose 20 resolved cases these are is on a page not in the text.
    const cut = read('件,人民调解组织成功调解纠纷 20 件。全区调解组织调解纠纷300件。');
    expect(cut.dataset.observations.map((o) => o.value)).toEqual(['300']);
    expect(cut.unmatched.find((u) => u.text.startsWith('20'))?.reason).toBe('low_confidence');
    expect(read('人民调解组织成功调解纠纷 20 件。').dataset.observations.map((o) => o.value)).toEqual(['20']);
  });

  it('holds below it a term that opens a line of a page in columns, where its verb may end the line above', () => {
    const text = [
      '          2020年,区法院选任                区司法局开展普法活动,',
      '          人民陪审员 144 人,参与审理                印发宣传册 500 份。',
    ].join('\n');
    const termStart = text.indexOf('人民陪审员');
    expect(beginningLost(text, { start: termStart, end: text.indexOf(',', termStart) }, termStart)).toBe(
      true,
    );
    expect(read(text).unmatched.find((u) => u.text.startsWith('144'))?.reason).toBe('low_confidence');
    // A line of one column, or a term after other words of its line, keeps its reading.
    const single = '2020年,区法院选任\n人民陪审员 144 人。';
    const at = single.indexOf('人民陪审员');
    expect(beginningLost(single, { start: at, end: single.length }, at)).toBe(false);
    const inside = text.indexOf('宣传册');
    expect(beginningLost(text, { start: text.indexOf('印发'), end: text.length }, inside)).toBe(false);
  });
});
