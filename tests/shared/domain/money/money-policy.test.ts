import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder, multiplySatang, roundHalfUpToSatang } from '../../../../shared/domain/money/money-policy';

const seed = Number(process.env.SWF_SEED ?? Date.now() % 2 ** 31);
const numRuns = Math.round(200 * Number(process.env.SWF_TEST_SCALE ?? 1));
console.log(`money-policy.test.ts seed ${seed} (replay with SWF_SEED=${seed})`);

describe('rounding half up (Decision 2)', () => {
  it('turns decimal baht into satang', () => {
    expect(roundHalfUpToSatang('12.345')).toBe(1235);
    expect(roundHalfUpToSatang('12.344')).toBe(1234);
    expect(roundHalfUpToSatang('0.005')).toBe(1);
    expect(roundHalfUpToSatang('0.0049')).toBe(0);
    expect(roundHalfUpToSatang('365')).toBe(36500);
    // 1.005 is not exact in binary floating point; decimal text must still round up.
    expect(roundHalfUpToSatang('1.005')).toBe(101);
  });

  it('multiplies satang by a rate', () => {
    expect(multiplySatang(20000, '0.5')).toBe(10000);
    expect(multiplySatang(333, '0.5')).toBe(167);
    expect(multiplySatang(333, 0.5)).toBe(167);
    expect(multiplySatang(10000, '0.035')).toBe(350);
    expect(multiplySatang(1, '0.49')).toBe(0);
    expect(multiplySatang(30000, 3)).toBe(90000);
  });
});

describe('largest remainder', () => {
  it('splits so the parts add up, ties to the earlier index', () => {
    expect(allocateLargestRemainder(1000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(allocateLargestRemainder(1001, [1, 1, 1])).toEqual([334, 334, 333]);
    expect(allocateLargestRemainder(10001, [2, 1])).toEqual([6667, 3334]);
    expect(allocateLargestRemainder(100, [1, 2, 1])).toEqual([25, 50, 25]);
    expect(allocateLargestRemainder(2000000, [3])).toEqual([2000000]);
    expect(allocateLargestRemainder(0, [1, 2])).toEqual([0, 0]);
    expect(allocateLargestRemainder(5, [])).toEqual([]);
  });

  it('gives the extra satang to the largest remainder, not the largest part', () => {
    // Exact shares 1.4, 5.6 and 3: the 0.6 remainder gets the satang.
    expect(allocateLargestRemainder(10, [14, 56, 30])).toEqual([1, 6, 3]);
  });

  it('always adds up to the whole, each part within one satang of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 10 }),
        (total, weights) => {
          const parts = allocateLargestRemainder(total, weights);
          const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
          parts.forEach((part, index) => {
            expect(Number.isSafeInteger(part)).toBe(true);
            // part − exact = (part × weightSum − total × weight) / weightSum, compared in exact integers.
            const difference = BigInt(part) * BigInt(weightSum) - BigInt(total) * BigInt(weights[index] ?? 0);
            expect(difference < BigInt(weightSum) && difference > -BigInt(weightSum)).toBe(true);
          });
        },
      ),
      { seed, numRuns },
    );
  });
});
