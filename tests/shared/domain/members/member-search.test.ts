import { describe, expect, it } from 'vitest';
import { memberSearchText, normalizeSearchQuery } from '../../../../shared/domain/members/member-search';

describe('member search text', () => {
  it('holds the member number, the ID digits and "first last" in lower case', () => {
    expect(memberSearchText({ memberNo: '00012', citizenId: '3-0123-04567-08-2', firstName: 'มาลี', lastName: 'ใจดี' })).toBe(
      '00012 3012304567082 มาลี ใจดี',
    );
    expect(memberSearchText({ memberNo: 'A7', citizenId: null, firstName: 'John', lastName: 'Smith' })).toBe('a7 john smith');
  });

  it('finds a member by any of the ways a user types', () => {
    const text = memberSearchText({ memberNo: '00012', citizenId: '3012304567082', firstName: 'Somchai', lastName: 'ใจดี' });
    for (const query of ['3-0123-04567-08-2', ' 3 0123 04567 ', '๐๐๐๑๒', 'SOMCHAI', '  somchai   ใจดี ', 'ใจดี']) {
      expect(text.includes(normalizeSearchQuery(query)), query).toBe(true);
    }
    expect(text.includes(normalizeSearchQuery('มาลี'))).toBe(false);
  });

  it('normalizes queries', () => {
    expect(normalizeSearchQuery(' 3-0123-04567 ')).toBe('3012304567');
    expect(normalizeSearchQuery('๐๐๐๑๒')).toBe('00012');
    expect(normalizeSearchQuery('  มาลี   ใจดี ')).toBe('มาลี ใจดี');
    expect(normalizeSearchQuery('Mary-Jane 2')).toBe('mary-jane 2');
    expect(normalizeSearchQuery('   ')).toBe('');
  });
});
