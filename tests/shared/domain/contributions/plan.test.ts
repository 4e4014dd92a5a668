import { describe, expect, it } from 'vitest';
import { checkPlanRate, priceForMonths, rateInForce, type PlanRate } from '../../../../shared/domain/contributions/plan';

/** Decision 7's example: 1 baht a day = 30 baht a month, or 365 baht for 12 months. */
const oneBahtADay: PlanRate = {
  effectiveFrom: '2024-01-01',
  monthlySatang: 3000,
  entryFeeSatang: 2000,
  bundles: [{ months: 12, priceSatang: 36500 }],
};

describe('contribution plan (Decision 7)', () => {
  it('prices the exact bundle from the plan, otherwise months × monthly', () => {
    expect(priceForMonths(oneBahtADay, 1)).toBe(3000);
    expect(priceForMonths(oneBahtADay, 3)).toBe(9000);
    expect(priceForMonths(oneBahtADay, 12)).toBe(36500);
    expect(priceForMonths(oneBahtADay, 11)).toBe(33000);
    expect(priceForMonths(oneBahtADay, 13)).toBe(39000);
    expect(priceForMonths(oneBahtADay, 24)).toBe(72000);
    expect(priceForMonths({ ...oneBahtADay, bundles: [] }, 12)).toBe(36000);
  });

  it('uses the rate in force on the payment date: the latest effective on or before it', () => {
    const later = { ...oneBahtADay, effectiveFrom: '2025-10-01', monthlySatang: 5000 };
    const latest = { ...oneBahtADay, effectiveFrom: '2026-10-01', monthlySatang: 6000 };
    const rates = [later, latest, oneBahtADay];
    expect(rateInForce(rates, '2025-09-30')).toBe(oneBahtADay);
    expect(rateInForce(rates, '2025-10-01')).toBe(later);
    expect(rateInForce(rates, '2027-01-01')).toBe(latest);
    expect(rateInForce(rates, '2023-12-31')).toBeUndefined();
    expect(rateInForce([], '2025-01-01')).toBeUndefined();
  });

  it('accepts the 1-baht-a-day plan, whose year bundle costs more than 12 × monthly', () => {
    expect(checkPlanRate(oneBahtADay)).toEqual({ ok: true, value: oneBahtADay });
  });

  it('refuses two bundles of the same length', () => {
    const twice = {
      ...oneBahtADay,
      bundles: [
        { months: 12, priceSatang: 36500 },
        { months: 6, priceSatang: 18000 },
        { months: 12, priceSatang: 36000 },
      ],
    };
    expect(checkPlanRate(twice)).toMatchObject({ ok: false, error: { code: 'duplicate-bundle', field: 'bundles' } });
  });
});
