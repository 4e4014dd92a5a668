import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBaht, parseBaht } from '../../../../shared/domain/money/money-format';
import { isSatang, sumSatang } from '../../../../shared/domain/money/satang';

const seed = Number(process.env.SWF_SEED ?? Date.now() % 2 ** 31);
const numRuns = Math.round(200 * Number(process.env.SWF_TEST_SCALE ?? 1));
console.log(`money-format.test.ts seed ${seed} (replay with SWF_SEED=${seed})`);

describe('formatBaht', () => {
  it('shows two decimals, comma thousands and a minus sign', () => {
    expect(formatBaht(0)).toBe('0.00');
    expect(formatBaht(5)).toBe('0.05');
    expect(formatBaht(3000)).toBe('30.00');
    expect(formatBaht(123450)).toBe('1,234.50');
    expect(formatBaht(100000000)).toBe('1,000,000.00');
    expect(formatBaht(123456789)).toBe('1,234,567.89');
    expect(formatBaht(-123450)).toBe('-1,234.50');
    expect(formatBaht(-5)).toBe('-0.05');
    expect(formatBaht(Number.MAX_SAFE_INTEGER)).toBe('90,071,992,547,409.91');
  });
});

describe('parseBaht', () => {
  it('reads what a treasurer types', () => {
    expect(parseBaht('1,234.5')).toBe(123450);
    expect(parseBaht('1,234.50')).toBe(123450);
    expect(parseBaht('1234')).toBe(123400);
    expect(parseBaht(' 30 ')).toBe(3000);
    expect(parseBaht('0.05')).toBe(5);
    expect(parseBaht('0')).toBe(0);
    expect(parseBaht('1,000,000')).toBe(100000000);
    expect(parseBaht('๓๐')).toBe(3000);
    expect(parseBaht('๑,๒๓๔.๕๐')).toBe(123450);
    expect(parseBaht('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    '',
    '   ',
    '-30',
    '-0.5',
    '1.234',
    '12.',
    '.5',
    'abc',
    '30 บาท',
    '1e3',
    '1,2,3',
    '12,34',
    '1 000',
    '0x10',
    '+5',
    '90071992547409.92',
    '99999999999999999',
  ])('refuses %j', (text) => {
    expect(parseBaht(text)).toBeUndefined();
  });

  it('round-trips every safe amount through formatBaht', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (satang) => parseBaht(formatBaht(satang)) === satang),
      { seed, numRuns },
    );
  });
});

describe('satang', () => {
  it('is a safe integer', () => {
    expect(isSatang(3000)).toBe(true);
    expect(isSatang(-5)).toBe(true);
    expect(isSatang(0.5)).toBe(false);
    expect(isSatang('3000')).toBe(false);
    expect(isSatang(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
    expect(isSatang(Number.NaN)).toBe(false);
  });

  it('sums, and refuses a total beyond the safe range', () => {
    expect(sumSatang([])).toBe(0);
    expect(sumSatang([3000, 36500, -500])).toBe(39000);
    expect(() => sumSatang([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});
