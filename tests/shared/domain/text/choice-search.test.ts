import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thaiTitles } from '../../../../shared/domain/members/titles';
import { choiceRank } from '../../../../shared/domain/text/choice-search';
import { runs, testSeed } from '../../../support/seed';

const titleTexts = thaiTitles.map((info) => [info.title, ...info.keywords]);
function best(query: string): string[] {
  return thaiTitles
    .map((info, index) => ({ title: info.title, rank: choiceRank(query, titleTexts[index] ?? []) }))
    .filter((choice): choice is { title: string; rank: number } => choice.rank !== undefined)
    .sort((left, right) => left.rank - right.rank)
    .map((choice) => choice.title);
}

describe('finding a choice by typing, the Thai way (issue 14 §16)', () => {
  it('puts the exact title first: "นาง" chooses นาง, not นางสาว', () => {
    expect(best('นาง')).toEqual(['นาง', 'นางสาว']);
    expect(best('นาย')).toEqual(['นาย']);
    expect(best('เด็ก')).toEqual(['เด็กชาย', 'เด็กหญิง']);
  });

  it('takes the usual abbreviations, with or without dots, and English', () => {
    expect(best('น.ส.')[0]).toBe('นางสาว');
    expect(best('นส')[0]).toBe('นางสาว');
    expect(best('ด.ญ')[0]).toBe('เด็กหญิง');
    expect(best('mrs')).toEqual(['นาง']);
  });

  it('ignores spaces, zero-width characters and the spelling of composed letters; Thai digits are digits', () => {
    expect(choiceRank(' น าง\u200B', ['นาง'])).toBe(0);
    expect(choiceRank('Rene\u0301', ['René'])).toBe(0);
    expect(choiceRank('๑๒', ['หมู่ 12'])).toBe(2);
    expect(choiceRank('', ['นาง'])).toBe(2);
    expect(choiceRank('xyz', ['นาง'])).toBeUndefined();
  });

  it('always finds a choice by any piece of its own text', () => {
    const seed = testSeed('choice-search');
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (text, from, length) => {
        const start = from % text.length;
        const piece = text.slice(start, start + 1 + (length % text.length));
        expect(choiceRank(piece, [text])).toBeDefined();
      }),
      { seed, numRuns: runs(300) },
    );
  });
});
