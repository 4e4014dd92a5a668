import { describe, expect, it } from 'vitest';
import { titleDoubts, titleInfo } from '../../../../shared/domain/members/titles';

describe('Thai titles: the gender they say and the age they fit (issue 14 §16)', () => {
  it('knows each title’s gender and whether it is a child’s', () => {
    expect(titleInfo('นาง')).toMatchObject({ gender: 'female', isChild: false });
    expect(titleInfo(' เด็กชาย ')).toMatchObject({ gender: 'male', isChild: true });
    expect(titleInfo('ดร.')).toBeUndefined();
  });

  it('doubts a gender that differs from the title', () => {
    expect(titleDoubts({ title: 'นาย', gender: 'female' }, '2026-11-25')).toEqual([
      { code: 'title-gender', title: 'นาย', expected: 'male' },
    ]);
    expect(titleDoubts({ title: 'นางสาว', gender: 'female' }, '2026-11-25')).toEqual([]);
    expect(titleDoubts({ title: 'ดร.', gender: 'female' }, '2026-11-25')).toEqual([]);
  });

  it('doubts an adult title under 15 and a child’s title from 15, on the birthday exactly', () => {
    expect(titleDoubts({ title: 'นาง', birthDate: '2012-11-26' }, '2026-11-25')).toEqual([
      { code: 'adult-title-for-child', title: 'นาง', age: 13 },
    ]);
    expect(titleDoubts({ title: 'นาย', birthDate: '2011-11-25' }, '2026-11-25')).toEqual([]);
    expect(titleDoubts({ title: 'เด็กหญิง', birthDate: '2011-11-25' }, '2026-11-25')).toEqual([
      { code: 'child-title-for-adult', title: 'เด็กหญิง', age: 15 },
    ]);
    expect(titleDoubts({ title: 'เด็กหญิง', birthDate: '2011-11-26' }, '2026-11-25')).toEqual([]);
    // A date half typed, or not yet real, is not doubted.
    expect(titleDoubts({ title: 'นาย', birthDate: '2020-02-30' }, '2026-11-25')).toEqual([]);
  });
});
