import { describe, expect, it } from 'vitest';
import { checkPlanRate, priceForMonths, rateInForce } from '../../../../shared/domain/contributions/plan';
import { formatBookReceiptNo, formatDocumentNo } from '../../../../shared/domain/contributions/receipt-numbers';

const oneBahtADay = { effectiveFrom: '2024-01-01', monthlySatang: 3000, entryFeeSatang: 2000, bundles: [{ months: 12, priceSatang: 36500 }] };

describe('contribution plan', () => {
  it('prices an exact bundle from the plan, otherwise months × monthly', () => {
    expect(priceForMonths(oneBahtADay, 1)).toBe(3000);
    expect(priceForMonths(oneBahtADay, 3)).toBe(9000);
    expect(priceForMonths(oneBahtADay, 12)).toBe(36500);
    expect(priceForMonths(oneBahtADay, 13)).toBe(39000);
  });

  it('uses the rate in force on the payment date', () => {
    const later = { ...oneBahtADay, effectiveFrom: '2025-10-01', monthlySatang: 5000 };
    expect(rateInForce([later, oneBahtADay], '2025-09-30')).toBe(oneBahtADay);
    expect(rateInForce([later, oneBahtADay], '2025-10-01')).toBe(later);
    expect(rateInForce([later, oneBahtADay], '2023-12-31')).toBeUndefined();
  });

  it('refuses two bundles of the same length', () => {
    expect(checkPlanRate({ ...oneBahtADay, bundles: [{ months: 12, priceSatang: 36500 }, { months: 12, priceSatang: 36000 }] })).toMatchObject({ ok: false, error: { code: 'duplicate-bundle' } });
    expect(checkPlanRate(oneBahtADay).ok).toBe(true);
  });
});

describe('document numbers', () => {
  it('numbers per fiscal year, printed in B.E.', () => {
    expect(formatDocumentNo('RC', 2024, 1)).toBe('RC2567-000001');
    expect(formatDocumentNo('JV', 2025, 123456)).toBe('JV2568-123456');
    expect(formatBookReceiptNo('12', '034')).toBe('12/034');
  });
});
