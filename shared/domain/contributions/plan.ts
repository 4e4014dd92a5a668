import { failure, success, type Result } from '../result';

/** The contribution plan is effective-dated data (Decision 7). */
export type PlanRate = {
  effectiveFrom: string;
  monthlySatang: number;
  entryFeeSatang: number;
  bundles: readonly { months: number; priceSatang: number }[];
};

/** The rate in force on a date: the latest one whose effective date is on or before it. */
export function rateInForce<R extends PlanRate>(rates: readonly R[], date: string): R | undefined {
  let found: R | undefined;
  for (const rate of rates) {
    if (rate.effectiveFrom <= date && (!found || rate.effectiveFrom > found.effectiveFrom)) found = rate;
  }
  return found;
}

/** An exact bundle's price when the plan has one for exactly this many months, else months × the monthly price. */
export function priceForMonths(rate: PlanRate, months: number): number {
  const bundle = rate.bundles.find((candidate) => candidate.months === months);
  return bundle ? bundle.priceSatang : months * rate.monthlySatang;
}

/** A bundle may cost more than months × monthly (1 baht a day: 30 a month, 365 a year), so only repeats are refused. */
export function checkPlanRate<R extends PlanRate>(rate: R): Result<R> {
  const seen = new Set<number>();
  for (const bundle of rate.bundles) {
    if (seen.has(bundle.months)) return failure('duplicate-bundle', 'bundles', { months: bundle.months });
    seen.add(bundle.months);
  }
  return success(rate);
}
