import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bahtText } from '../../../../shared/domain/money/baht-text';
import { runs, testSeed } from '../../../support/seed';

// The vectors of domain.md §(f)3, in satang: [amount, Excel style, "tens" style].
const vectors: [number, string, string][] = [
  [123400, 'หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน', 'หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน'],
  [6314789, 'หกหมื่นสามพันหนึ่งร้อยสี่สิบเจ็ดบาทแปดสิบเก้าสตางค์', 'หกหมื่นสามพันหนึ่งร้อยสี่สิบเจ็ดบาทแปดสิบเก้าสตางค์'],
  [3700, 'สามสิบเจ็ดบาทถ้วน', 'สามสิบเจ็ดบาทถ้วน'],
  [5536, 'ห้าสิบห้าบาทสามสิบหกสตางค์', 'ห้าสิบห้าบาทสามสิบหกสตางค์'],
  [10100, 'หนึ่งร้อยเอ็ดบาทถ้วน', 'หนึ่งร้อยหนึ่งบาทถ้วน'],
  [20100, 'สองร้อยเอ็ดบาทถ้วน', 'สองร้อยหนึ่งบาทถ้วน'],
  [10000100, 'หนึ่งแสนเอ็ดบาทถ้วน', 'หนึ่งแสนหนึ่งบาทถ้วน'],
  [5100000100, 'ห้าสิบเอ็ดล้านหนึ่งบาทถ้วน', 'ห้าสิบเอ็ดล้านหนึ่งบาทถ้วน'],
  [1111, 'สิบเอ็ดบาทสิบเอ็ดสตางค์', 'สิบเอ็ดบาทสิบเอ็ดสตางค์'],
  [101, 'หนึ่งบาทหนึ่งสตางค์', 'หนึ่งบาทหนึ่งสตางค์'],
  [50, 'ห้าสิบสตางค์', 'ห้าสิบสตางค์'],
  [36500, 'สามร้อยหกสิบห้าบาทถ้วน', 'สามร้อยหกสิบห้าบาทถ้วน'],
  [250000025, 'สองล้านห้าแสนบาทยี่สิบห้าสตางค์', 'สองล้านห้าแสนบาทยี่สิบห้าสตางค์'],
];

describe('bahtText', () => {
  it.each(vectors)('%i satang reads as the handbook says in both styles', (satang, excel, tens) => {
    expect(bahtText(satang)).toBe(excel);
    expect(bahtText(satang, 'excel')).toBe(excel);
    expect(bahtText(satang, 'tens')).toBe(tens);
  });

  it('reads zero, a million and one, and negatives', () => {
    expect(bahtText(0)).toBe('ศูนย์บาทถ้วน');
    expect(bahtText(100000100)).toBe('หนึ่งล้านหนึ่งบาทถ้วน');
    expect(bahtText(2100)).toBe('ยี่สิบเอ็ดบาทถ้วน');
    expect(bahtText(-3000)).toBe('ลบสามสิบบาทถ้วน');
    expect(bahtText(100000000000)).toBe('หนึ่งพันล้านบาทถ้วน');
  });

  it('refuses a fraction of a satang', () => {
    expect(() => bahtText(1.5)).toThrow();
  });

  it('always ends in ถ้วน or สตางค์ and never reads a placeholder', () => {
    const seed = testSeed('bahtText');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 47 }), fc.constantFrom<'excel' | 'tens'>('excel', 'tens'), (satang, style) => {
        const text = bahtText(satang, style);
        expect(text).toMatch(/(ถ้วน|สตางค์)$/);
        expect(text).not.toMatch(/undefined|NaN/);
        expect(satang % 100 === 0).toBe(text.endsWith('ถ้วน'));
      }),
      { seed, numRuns: runs(300) },
    );
  });
});
