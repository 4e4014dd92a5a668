import { describe, expect, it } from 'vitest';
import { thaiSortKey } from '../../../../shared/domain/members/thai-sort-key';
import { memberSearchText, normalizeSearchQuery } from '../../../../shared/domain/members/member-search';

const names = [
  'สมชาย', 'สมหญิง', 'สมศรี', 'บุญมี', 'บุญเรือง', 'ประเสริฐ', 'ประยุทธ', 'มาลี', 'มานพ', 'วิไล', 'วิชัย', 'เกษม', 'เกศินี', 'แสงเดือน',
  'แสงจันทร์', 'โสภา', 'โสภณ', 'ไพโรจน์', 'ไพศาล', 'ใจดี', 'ใจบุญ', 'อำนวย', 'อรุณ', 'กมล', 'กนก', 'ขวัญใจ', 'จันทร์เพ็ญ', 'จารุวรรณ',
  'ชัยวัฒน์', 'ณัฐพล', 'ทองคำ', 'ทองดี', 'นงลักษณ์', 'นิพนธ์', 'ปราณี', 'พรทิพย์', 'ศรีสุข', 'สุดา', 'หอมจันทร์', 'เพชรรัตน์', 'แก้วมณี',
  'ก่อ', 'ก้อ', 'กอ', 'เก่ง', 'เกง',
];

describe('Thai sort key', () => {
  it('orders names as the Thai collator does (leading vowels sort by the consonant after them)', () => {
    const collator = new Intl.Collator('th');
    const byKey = [...names].sort((left, right) => (thaiSortKey(left) < thaiSortKey(right) ? -1 : thaiSortKey(left) > thaiSortKey(right) ? 1 : 0));
    for (let index = 1; index < byKey.length; index += 1) {
      const previous = byKey[index - 1] ?? '';
      const current = byKey[index] ?? '';
      expect(collator.compare(previous, current), `${previous} before ${current}`).toBeLessThanOrEqual(0);
    }
  });

  it('puts เกษม after กมล and before ขวัญใจ', () => {
    const keys = ['ขวัญใจ', 'เกษม', 'กมล'].map((name) => [thaiSortKey(name), name] as const).sort();
    expect(keys.map(([, name]) => name)).toEqual(['กมล', 'เกษม', 'ขวัญใจ']);
  });
});

describe('member search text', () => {
  it('holds number, ID digits and the full name; queries are shaped the same way', () => {
    expect(memberSearchText({ memberNo: '00012', citizenId: '3012304567082', firstName: 'มาลี', lastName: 'ใจดี' })).toBe('00012 3012304567082 มาลี ใจดี');
    expect(normalizeSearchQuery(' 3-0123-04567 ')).toBe('3012304567');
    expect(normalizeSearchQuery('๐๐๐๑๒')).toBe('00012');
    expect(normalizeSearchQuery('  มาลี   ใจดี ')).toBe('มาลี ใจดี');
  });
});
