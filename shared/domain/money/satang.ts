/** Money is integer satang everywhere (Decision 2): a safe integer, never a float of baht. */
export function isSatang(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function sumSatang(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  if (!Number.isSafeInteger(total)) throw new RangeError('satang total out of the safe range');
  return total;
}
