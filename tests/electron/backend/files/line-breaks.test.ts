import { describe, expect, it } from 'vitest';
import { pieces, wrapText } from '../../../../electron/backend/files/pdf/line-breaks';

/** A stand-in for the font: every visible letter is one unit wide, Thai vowel and tone marks none. */
const measure = (text: string) => text.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '').length;

/** Where ICU's dictionary says the words of a text end. */
function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>();
  let offset = 0;
  for (const { segment } of new Intl.Segmenter('th', { granularity: 'word' }).segment(text)) boundaries.add((offset += segment.length));
  return boundaries;
}

describe('Thai line breaks', () => {
  it('breaks between dictionary words but never inside an abbreviation, a date or หมู่ and its number', () => {
    expect(pieces('ค้างชำระตั้งแต่ 2 พ.ค. 2568', 'words')).toEqual(['ค้าง', 'ชำระ', 'ตั้งแต่', ' ', '2 พ.ค. 2568']);
    expect(pieces('ข้อมูล ณ วันที่ 25 พฤศจิกายน พ.ศ. 2569', 'words')).toContain('25 พฤศจิกายน พ.ศ. 2569');
    expect(pieces('หมู่ 5 บ้านหนองบัว', 'words')).toEqual(['หมู่ 5', ' ', 'บ้าน', 'หนองบัว']);
    expect(pieces('ที่ทำการ อบต.หนองบัว', 'words')).toEqual(['ที่ทำการ', ' ', 'อบต.หนองบัว']);
    // ๆ belongs to the word before it.
    expect(pieces('เด็กๆ ไปโรงเรียน', 'words')[0]).toBe('เด็กๆ');
  });

  it('wraps a name only at its spaces, however the dictionary would cut the surname', () => {
    const name = 'นางสาวกิ่งกาญจน์ ประเสริฐวงศ์ศักดิ์สกุลไทย';
    expect(pieces(name, 'spaces')).toEqual(['นางสาวกิ่งกาญจน์', ' ', 'ประเสริฐวงศ์ศักดิ์สกุลไทย']);
    expect(wrapText(name, 20, measure, 'spaces')).toEqual({ lines: ['นางสาวกิ่งกาญจน์', 'ประเสริฐวงศ์ศักดิ์สกุลไทย'], isWordCut: false });
    expect(wrapText(name, 40, measure, 'spaces').lines).toEqual([name]);
  });

  it('says when a single word is wider than the line, and then cuts a name between dictionary words first', () => {
    const wrapped = wrapText('นายสมชาย ประเสริฐวงศ์ศักดิ์สกุลไทย', 10, measure, 'spaces');
    expect(wrapped.isWordCut).toBe(true);
    expect(wrapped.lines[0]).toBe('นายสมชาย');
    expect(wrapped.lines.join('')).toBe('นายสมชายประเสริฐวงศ์ศักดิ์สกุลไทย');
    const surname = 'ประเสริฐวงศ์ศักดิ์สกุลไทย';
    let end = 0;
    for (const line of wrapped.lines.slice(1)) {
      end += line.length;
      expect(wordBoundaries(surname).has(end), line).toBe(true);
    }
  });

  it('wraps running text at word boundaries only, keeping every letter with its marks', () => {
    const text = 'กองทุนสวัสดิการชุมชนตำบลหนองบัวลำภูจัดประชุมคณะกรรมการเพื่อพิจารณาจ่ายเงินสวัสดิการให้สมาชิก';
    const boundaries = wordBoundaries(text);
    const { lines, isWordCut } = wrapText(text, 18, measure, 'words');
    expect(isWordCut).toBe(false);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(text);
    let end = 0;
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(18);
      end += line.length;
      expect(boundaries.has(end), line).toBe(true);
    }
  });

  it('cuts a word wider than the line between letters, never between a letter and its vowel or tone mark', () => {
    const { lines, isWordCut } = wrapText('ประเสริฐวงศ์ศักดิ์', 3, measure, 'words');
    expect(isWordCut).toBe(true);
    expect(lines.join('')).toBe('ประเสริฐวงศ์ศักดิ์');
    for (const line of lines) expect(line).not.toMatch(/^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/);
  });
});
