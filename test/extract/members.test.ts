// Member words of the catalog's dimensions, and the cell they name for an indicator.
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/catalog/default-catalog.js';
import { cellOf, findMembers, memberTerms, searchable } from '../../src/extract/members.js';

const terms = memberTerms(defaultCatalog.dimensions ?? []);
const cell = (words: string, indicator: string) =>
  cellOf(findMembers(terms, searchable(words), 0, words.length), indicator).dimensions;

describe('cellOf', () => {
  it('names the member of each dimension the words say', () => {
    expect(cell('其中刑事案件', 'legalAid.cases')).toEqual({ caseType: 'criminal' });
    expect(cell('村（居）民调委会', 'mediation.committees')).toEqual({ committeeType: 'village' });
  });

  it('reads 其他 as no cell when it could be the catch-all of several dimensions of the indicator', () => {
    expect(cell('已完成其他事项数', 'legalAid.cases')).toEqual({});
  });
});
