import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thaiSortKey } from '../../../../shared/domain/members/thai-sort-key';

const seed = Number(process.env.SWF_SEED ?? Date.now() % 2 ** 31);
const numRuns = Math.round(200 * Number(process.env.SWF_TEST_SCALE ?? 1));
console.log(`thai-sort-key.test.ts seed ${seed} (replay with SWF_SEED=${seed})`);

const collator = new Intl.Collator('th');
const byKey = (left: string, right: string): number => {
  const leftKey = thaiSortKey(left);
  const rightKey = thaiSortKey(right);
  return leftKey < rightKey ? -1 : leftKey > rightKey ? 1 : 0;
};

/** Every pair the collator tells apart must be ordered the same way by the keys. */
function disagreements(names: readonly string[]): string[] {
  const wrong: string[] = [];
  for (const left of names) {
    for (const right of names) {
      const expected = Math.sign(collator.compare(left, right));
      if (expected !== 0 && Math.sign(byKey(left, right)) !== expected) wrong.push(`${left} / ${right}`);
    }
  }
  return wrong;
}

const firstNames = [
  'สมชาย',
  'สมหญิง',
  'สมศรี',
  'สมใจ',
  'บุญมี',
  'บุญเรือง',
  'ประเสริฐ',
  'ประยุทธ',
  'มาลี',
  'มานพ',
  'วิไล',
  'วิชัย',
  'อำนวย',
  'อรุณ',
  'กมล',
  'กนก',
  'ขวัญใจ',
  'จันทร์เพ็ญ',
  'จารุวรรณ',
  'ชัยวัฒน์',
  'ณัฐพล',
  'นงลักษณ์',
  'นิพนธ์',
  'ปราณี',
  'พรทิพย์',
  'สุดา',
  'ศักดิ์ชัย',
  'เกษม',
  'เกศินี',
  'เพชรรัตน์',
  'เด็กหญิง',
  'แสงเดือน',
  'แสงจันทร์',
  'แก้วมณี',
  'โสภา',
  'โสภณ',
  'ไพโรจน์',
  'ไพศาล',
  'ใจดี',
  'ใจบุญ',
  'ฤดี',
  'ฤทธิ์',
  'น้ำฝน',
  'นำโชค',
  'นาตยา',
  'ต่อ',
  'ต้อ',
  'ตอ',
];
const surnames = [
  'ใจดี',
  'ใจบุญ',
  'ศรีสุข',
  'ทองคำ',
  'ทองดี',
  'ทองแดง',
  'แก้วมณี',
  'แก้วกาญจนา',
  'เกิดผล',
  'เกิดสุข',
  'โพธิ์ทอง',
  'โพธิ์ศรี',
  'ไชยมงคล',
  'ไชยวงศ์',
  'หอมจันทร์',
  'สุขสวัสดิ์',
  'บุญประเสริฐ',
  'รักษ์ไทย',
  'มั่นคง',
  'มั่งมี',
  'ป่าไม้',
  'ปาน',
  'ป้าน',
  'เสือดำ',
  'เสือเหลือง',
  'สายทอง',
  'นาคสวัสดิ์',
  'วงศ์ใหญ่',
  'วงศ์สุวรรณ',
  'อินทร์แก้ว',
  'อินทรสุวรรณ',
];
const latinNames = ['Anna', 'anna', 'John', 'Somchai', 'somchai', 'Smith', 'Ánh', 'Zoë', 'Zoe', "O'Brien", 'Mary-Jane'];

describe('Thai sort key (Decision 21)', () => {
  it('orders realistic first names, surnames and full names as Intl.Collator("th") does', () => {
    expect(firstNames.length + surnames.length).toBeGreaterThanOrEqual(40);
    const full = firstNames.map((first, index) => `${first} ${surnames[index % surnames.length] ?? ''}`);
    const all = [...firstNames, ...surnames, ...latinNames, ...full];
    expect(disagreements(all)).toEqual([]);
    // Sorting by key gives the collator's order, with collator ties in any order.
    const sorted = [...all].sort(byKey);
    for (let index = 1; index < sorted.length; index += 1) {
      expect(collator.compare(sorted[index - 1] ?? '', sorted[index] ?? '')).toBeLessThanOrEqual(0);
    }
  });

  it('files names with a leading vowel under the consonant after it', () => {
    const sorted = ['ขวัญใจ', 'เกษม', 'กมล', 'แก้วมณี', 'โกศล', 'ไก่', 'ใกล้', 'กอบกุล'].sort(byKey);
    expect(sorted).toEqual(['กมล', 'กอบกุล', 'เกษม', 'แก้วมณี', 'โกศล', 'ใกล้', 'ไก่', 'ขวัญใจ']);
  });

  it('lets tone marks only break ties', () => {
    expect(['ก้อ', 'ก่อ', 'กอ', 'กอง'].sort(byKey)).toEqual(['กอ', 'ก่อ', 'ก้อ', 'กอง']);
    expect(['ป้า', 'ป่าไม้', 'ปา', 'ป่า', 'ปาน'].sort(byKey)).toEqual(['ปา', 'ป่า', 'ป้า', 'ปาน', 'ป่าไม้']);
  });

  it('puts Thai names before Latin ones, lower case before upper, and Thai digits with ASCII digits', () => {
    expect(['Anna', 'สมชาย', 'anna', 'ก'].sort(byKey)).toEqual(['ก', 'สมชาย', 'anna', 'Anna']);
    expect(byKey('บ้านเลขที่ ๑๒', 'บ้านเลขที่ 13')).toBe(-1);
  });

  it('never gives two different names the same key', () => {
    expect(thaiSortKey('สม ใจ')).not.toBe(thaiSortKey('สมใจ'));
    expect(thaiSortKey('somchai')).not.toBe(thaiSortKey('Somchai'));
  });

  it('agrees with the collator on random Thai syllables', () => {
    const consonant = fc.constantFrom(...'กขคฆงจฉชซญฎฐฑณดตถทธนบปผพฟภมยรลวศษสหฬอฮ');
    const syllable = fc
      .tuple(
        fc.constantFrom('', '', 'เ', 'แ', 'โ', 'ใ', 'ไ'),
        consonant,
        fc.constantFrom('', '', 'ิ', 'ี', 'ึ', 'ื', 'ุ', 'ู', 'ั', '็'),
        fc.constantFrom('', '', '่', '้', '๊', '๋', '์'),
        fc.constantFrom('', '', 'า', 'ะ', 'ำ', 'อ', 'ง', 'น', 'ม', 'ก', 'ย', 'ว', 'ร'),
      )
      .map((parts) => parts.join(''));
    const name = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(name, name, (left, right) => {
        const expected = Math.sign(collator.compare(left, right));
        if (expected !== 0) expect(Math.sign(byKey(left, right))).toBe(expected);
      }),
      { seed, numRuns: numRuns * 5 },
    );
  });
});
