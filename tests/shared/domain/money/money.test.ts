import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBaht, parseBaht } from '../../../../shared/domain/money/money-format';
import { allocateLargestRemainder, multiplySatang, roundHalfUpToSatang } from '../../../../shared/domain/money/money-policy';
import { runs, testSeed } from '../../../support/seed';

describe('money format', () => {
  it('formats satang as baht with two decimals and thousands commas', () => {
    expect(formatBaht(0)).toBe('0.00');
    expect(formatBaht(3000)).toBe('30.00');
    expect(formatBaht(125050)).toBe('1,250.50');
    expect(formatBaht(123456789)).toBe('1,234,567.89');
    expect(formatBaht(-5)).toBe('-0.05');
  });

  it('parses what a treasurer types, Thai digits included, and refuses the rest', () => {
    expect(parseBaht('1,250.50')).toBe(125050);
    expect(parseBaht(' 30 ')).toBe(3000);
    expect(parseBaht('1234.5')).toBe(123450);
    expect(parseBaht('๓๖๕')).toBe(36500);
    for (const bad of ['', '-30', '1.234', 'abc', '30 บาท', '1e3', '99999999999999999']) expect(parseBaht(bad)).toBeUndefined();
  });

  it('round-trips every amount', () => {
    const seed = testSeed('money format');
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 50 }), (satang) => parseBaht(formatBaht(satang)) === satang), { seed, numRuns: runs(300) });
  });
});

describe('money policy', () => {
  it('rounds half up to the satang', () => {
    expect(roundHalfUpToSatang('12.345')).toBe(1235);
    expect(roundHalfUpToSatang('12.344')).toBe(1234);
    expect(multiplySatang(20000, '0.5')).toBe(10000);
    expect(multiplySatang(333, '0.5')).toBe(167);
  });

  it('splits by largest remainder, ties to the earlier part', () => {
    expect(allocateLargestRemainder(1000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(allocateLargestRemainder(10001, [2, 1])).toEqual([6667, 3334]);
    expect(allocateLargestRemainder(0, [1, 2])).toEqual([0, 0]);
  });

  it('always adds up to the whole, each part within one satang of its exact share', () => {
    const seed = testSeed('largest remainder');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }), (total, weights) => {
        const parts = allocateLargestRemainder(total, weights);
        const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
        parts.forEach((part, index) => {
          const exact = (total * (weights[index] ?? 0)) / weightSum;
          expect(Math.abs(part - exact)).toBeLessThan(1 + 1e-6);
        });
      }),
      { seed, numRuns: runs(300) },
    );
  });
});
