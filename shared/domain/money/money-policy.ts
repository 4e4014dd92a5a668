import Decimal from 'decimal.js';

/**
 * The only module that imports decimal.js (architecture rule 6): rates, shares and pro-rating happen here,
 * with one rounding rule — half up (Decision 2) — and every result goes straight back to integer satang.
 */
const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

function toSafeSatang(value: Decimal): number {
  const rounded = value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  if (!Number.isSafeInteger(rounded)) throw new RangeError('amount out of the safe satang range');
  return rounded;
}

/** Decimal baht text ("12.345") → satang, rounding half up to the satang. */
export function roundHalfUpToSatang(baht: string): number {
  return toSafeSatang(new Money(baht).times(100));
}

export function multiplySatang(satang: number, factor: string | number): number {
  return toSafeSatang(new Money(satang).times(new Money(factor)));
}

/**
 * Splits `total` by integer weights so the parts add up exactly (Decision 2: largest remainder; ties go to
 * the earlier index, e.g. the earlier-registered beneficiary).
 */
export function allocateLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum <= 0) throw new RangeError('weights must be positive');
  const exact = weights.map((weight) => new Money(total).times(weight).dividedBy(weightSum));
  const parts = exact.map((share) => share.floor().toNumber());
  let left = total - parts.reduce((sum, part) => sum + part, 0);
  const order = exact
    .map((share, index) => ({ index, remainder: share.minus(share.floor()) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
