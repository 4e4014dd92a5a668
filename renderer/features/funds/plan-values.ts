import type { PlanRate } from '../../../shared/api/fund-types';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';

/** The contribution plan as the form holds it: baht typed as text, bundles as rows. */
export type PlanFormValues = {
  monthly: string;
  entryFee: string;
  bundles: { months?: number; price?: string }[];
};

export type PlanInput = {
  monthlySatang: number;
  entryFeeSatang: number;
  bundles: { months: number; priceSatang: number }[];
};

/** The usual plan: 1 baht a day, i.e. 30 baht a month or 365 baht for twelve months paid at once. */
export const defaultPlanValues: PlanFormValues = { monthly: '30.00', entryFee: '0.00', bundles: [{ months: 12, price: '365.00' }] };

/** Baht text → satang with parseBaht; the form's rules have already refused text that does not parse. */
export function planFromValues(values: PlanFormValues): PlanInput {
  return {
    monthlySatang: parseBaht(values.monthly) ?? 0,
    entryFeeSatang: parseBaht(values.entryFee || '0') ?? 0,
    bundles: (values.bundles ?? [])
      .filter((bundle) => bundle.months !== undefined && bundle.price)
      .map((bundle) => ({ months: bundle.months ?? 0, priceSatang: parseBaht(bundle.price ?? '') ?? 0 })),
  };
}

export function planToValues(rate: PlanRate): PlanFormValues {
  return {
    monthly: formatBaht(rate.monthlySatang),
    entryFee: formatBaht(rate.entryFeeSatang),
    bundles: rate.bundles.map((bundle) => ({ months: bundle.months, price: formatBaht(bundle.priceSatang) })),
  };
}

/** Backend field paths of a plan → the form fields that hold them (money is typed as baht text). */
export const planFieldAliases: Record<string, string> = {
  monthlySatang: 'monthly',
  entryFeeSatang: 'entryFee',
  'plan.monthlySatang': 'monthly',
  'plan.entryFeeSatang': 'entryFee',
  ...Object.fromEntries(
    Array.from({ length: 12 }, (_unused, index): [string, string][] => [
      [`bundles.${index}.priceSatang`, `bundles.${index}.price`],
      [`plan.bundles.${index}.priceSatang`, `bundles.${index}.price`],
      [`plan.bundles.${index}.months`, `bundles.${index}.months`],
    ]).flat(),
  ),
};
