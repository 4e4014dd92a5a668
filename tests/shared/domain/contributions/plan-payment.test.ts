import { describe, expect, it } from 'vitest';
import { defaultDuesSettings, type DuesFacts } from '../../../../shared/domain/contributions/periods';
import { planPayment, type PaymentFacts } from '../../../../shared/domain/contributions/plan-payment';
import type { PlanRate } from '../../../../shared/domain/contributions/plan';

/** 1 baht a day with a 20-baht entry fee, then 50 baht a month and no entry fee from 2025. */
const rates: PlanRate[] = [
  { effectiveFrom: '2024-01-01', monthlySatang: 3000, entryFeeSatang: 2000, bundles: [{ months: 12, priceSatang: 36500 }] },
  { effectiveFrom: '2025-01-01', monthlySatang: 5000, entryFeeSatang: 0, bundles: [] },
];

/** A member approved on 20 Jan 2024 in a fund that opened on 1 Jan 2024, nothing paid yet. */
const dues = (overrides: Partial<DuesFacts> = {}): DuesFacts => ({
  spells: [{ start: '2024-01-20', end: null }],
  approvedOn: '2024-01-20',
  appliedOn: '2024-01-10',
  paidThroughPeriod: null,
  openedOn: '2024-01-01',
  settings: defaultDuesSettings,
  paidPeriods: new Set(),
  ...overrides,
});

const known = (overrides: Partial<PaymentFacts> = {}): PaymentFacts => ({
  facts: dues(),
  rates,
  openedOn: '2024-01-01',
  today: '2025-06-30',
  hasPaidEntryFee: false,
  ...overrides,
});

const refused = (code: string, field: string, params?: Record<string, string | number>) => ({
  ok: false,
  error: params ? { code, field, params } : { code, field },
});

describe('planning a payment (Decision 7)', () => {
  it('covers the oldest unpaid months, priced months × monthly', () => {
    expect(planPayment({ receivedOn: '2024-03-10', monthCount: 3, includeEntryFee: false }, known())).toEqual({
      ok: true,
      value: {
        periods: ['2024-01', '2024-02', '2024-03'],
        lines: [{ kind: 'contribution', periods: ['2024-01', '2024-02', '2024-03'], amountSatang: 9000 }],
        totalSatang: 9000,
      },
    });
  });

  it('prices an exact bundle from the plan', () => {
    const planned = planPayment({ receivedOn: '2024-03-10', monthCount: 12, includeEntryFee: false }, known());
    expect(planned.ok && planned.value.totalSatang).toBe(36500);
  });

  it('prices by the rate in force on the payment date, not the months paid for', () => {
    const planned = planPayment({ receivedOn: '2025-01-05', monthCount: 2, includeEntryFee: false }, known());
    expect(planned.ok && planned.value).toEqual({
      periods: ['2024-01', '2024-02'],
      lines: [{ kind: 'contribution', periods: ['2024-01', '2024-02'], amountSatang: 10000 }],
      totalSatang: 10000,
    });
  });

  it('takes the entry fee once, on its own or before the months', () => {
    expect(planPayment({ receivedOn: '2024-01-20', includeEntryFee: true }, known())).toEqual({
      ok: true,
      value: { periods: [], lines: [{ kind: 'entry-fee', amountSatang: 2000 }], totalSatang: 2000 },
    });
    const both = planPayment({ receivedOn: '2024-01-20', monthCount: 1, includeEntryFee: true }, known());
    expect(both.ok && both.value.lines.map((line) => line.kind)).toEqual(['entry-fee', 'contribution']);
    expect(both.ok && both.value.totalSatang).toBe(5000);
  });

  it('refuses an entry fee a second time, and one the rate does not charge', () => {
    expect(planPayment({ receivedOn: '2024-02-01', monthCount: 1, includeEntryFee: true }, known({ hasPaidEntryFee: true }))).toEqual(
      refused('entry-fee-already-paid', 'includeEntryFee'),
    );
    expect(planPayment({ receivedOn: '2025-02-01', includeEntryFee: true }, known())).toEqual(refused('entry-fee-zero', 'includeEntryFee'));
  });

  it('refuses a payment of nothing', () => {
    expect(planPayment({ receivedOn: '2024-02-01', includeEntryFee: false }, known())).toEqual(refused('months-required', 'monthCount'));
    expect(planPayment({ receivedOn: '2024-02-01', monthCount: 0, includeEntryFee: false }, known())).toEqual(
      refused('months-required', 'monthCount'),
    );
  });

  it('refuses a date in the future, before the fund opened, or before any rate', () => {
    expect(planPayment({ receivedOn: '2025-07-01', monthCount: 1, includeEntryFee: false }, known())).toEqual(
      refused('date-in-future', 'receivedOn'),
    );
    expect(planPayment({ receivedOn: '2023-12-31', monthCount: 1, includeEntryFee: false }, known())).toEqual(
      refused('date-before-opening', 'receivedOn', { openedOn: '2024-01-01' }),
    );
    expect(
      planPayment(
        { receivedOn: '2024-01-25', monthCount: 1, includeEntryFee: false },
        known({ rates: [{ ...rates[1]!, effectiveFrom: '2024-02-01' }] }),
      ),
    ).toEqual(refused('no-plan-rate', 'receivedOn', { date: '2024-01-25' }));
  });

  it('pays months picked by the treasurer, but none outside membership or already paid', () => {
    const left = known({ facts: dues({ spells: [{ start: '2024-01-20', end: '2024-03-15' }] }) });
    const picked = planPayment({ receivedOn: '2024-04-01', periods: ['2024-02', '2024-01'], includeEntryFee: false }, left);
    expect(picked.ok && picked.value.periods).toEqual(['2024-01', '2024-02']);
    expect(planPayment({ receivedOn: '2024-04-01', periods: ['2024-04'], includeEntryFee: false }, left)).toEqual(
      refused('period-outside-membership', 'periods', { period: '2024-04' }),
    );
    const paid = known({ facts: dues({ paidPeriods: new Set(['2024-01']) }) });
    expect(planPayment({ receivedOn: '2024-04-01', periods: ['2024-01'], includeEntryFee: false }, paid)).toEqual(
      refused('period-already-paid', 'periods', { period: '2024-01' }),
    );
  });

  it('refuses more months than a member who left still owes', () => {
    const left = known({ facts: dues({ spells: [{ start: '2024-01-20', end: '2024-03-15' }] }) });
    expect(planPayment({ receivedOn: '2024-04-01', monthCount: 3, includeEntryFee: false }, left)).toEqual(
      refused('too-many-months', 'monthCount', { available: 2 }),
    );
  });
});
