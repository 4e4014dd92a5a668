import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodFromIndex, periodIndex } from '../../../../shared/domain/calendar-date';
import {
  checkPickedPeriods,
  choosePeriods,
  duesStartPeriod,
  memberArrears,
  monthStates,
  overdueHorizon,
  owedPeriods,
  type DuesFacts,
} from '../../../../shared/domain/contributions/periods';
import { runs, testSeed } from '../../../support/seed';

const facts = (overrides: Partial<DuesFacts> = {}): DuesFacts => ({
  spells: [{ start: '2024-01-20', end: null }],
  approvedOn: '2024-01-20',
  paidThroughPeriod: null,
  openedOn: '2024-01-01',
  paidPeriods: new Set(),
  ...overrides,
});

describe('dues and arrears (Decisions 6 and 7)', () => {
  it('starts dues with the month of approval, even mid-month', () => {
    expect(duesStartPeriod(facts())).toBe('2024-01');
    expect(owedPeriods(facts(), '2024-04')).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
  });

  it('for members who joined before the app: the month after paid-through, else the opening month', () => {
    const early = { spells: [{ start: '2019-05-01', end: null }], approvedOn: '2019-05-01' };
    expect(duesStartPeriod(facts(early))).toBe('2024-01');
    expect(duesStartPeriod(facts({ ...early, paidThroughPeriod: '2023-09' }))).toBe('2023-10');
    expect(memberArrears(facts({ ...early, paidThroughPeriod: '2023-09' }), '2024-01-15').count).toBe(3);
  });

  it('counts a month overdue only once its last day has passed', () => {
    expect(overdueHorizon('2026-11-25')).toBe('2026-10');
    expect(overdueHorizon('2026-11-30')).toBe('2026-10');
    expect(overdueHorizon('2026-12-01')).toBe('2026-11');
    expect(memberArrears(facts(), '2024-01-31').count).toBe(0);
    expect(memberArrears(facts(), '2024-02-01').count).toBe(1);
  });

  it('stops dues from the month of death or resignation, and restarts with a reinstatement', () => {
    const resigned = facts({ spells: [{ start: '2024-01-20', end: '2024-06-15' }] });
    expect(owedPeriods(resigned, '2026-10')).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
    const back = facts({ spells: [{ start: '2024-01-20', end: '2024-06-15' }, { start: '2025-03-02', end: null }] });
    expect(owedPeriods(back, '2025-05')).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2025-03', '2025-04', '2025-05']);
    expect(memberArrears(back, '2025-06-10').count).toBe(8);
  });

  it('chooses the oldest unpaid months first and runs on into advance payments', () => {
    const paid = facts({ paidPeriods: new Set(['2024-01', '2024-03']) });
    expect(choosePeriods(paid, 3, '2024-02-10')).toEqual({ ok: true, value: ['2024-02', '2024-04', '2024-05'] });
    expect(memberArrears(paid, '2024-04-01')).toEqual({ overdue: ['2024-02'], count: 1, nextUnpaid: '2024-02' });
  });

  it('refuses more months than a closed membership owes, and nothing owed at all', () => {
    const resigned = facts({ spells: [{ start: '2024-01-20', end: '2024-03-15' }] });
    expect(choosePeriods(resigned, 3, '2024-06-01')).toEqual({ ok: false, error: { code: 'too-many-months', field: 'monthCount', params: { available: 2 } } });
    const paidUp = facts({ spells: [{ start: '2024-01-20', end: '2024-03-15' }], paidPeriods: new Set(['2024-01', '2024-02']) });
    expect(choosePeriods(paidUp, 1, '2024-06-01')).toEqual({ ok: false, error: { code: 'nothing-owed', field: 'monthCount' } });
  });

  it('checks picked months: owed, unpaid, not repeated, not beyond five years ahead', () => {
    const paid = facts({ paidPeriods: new Set(['2024-02']) });
    expect(checkPickedPeriods(paid, ['2024-05', '2024-01'], '2024-03-01')).toEqual({ ok: true, value: ['2024-01', '2024-05'] });
    expect(checkPickedPeriods(paid, ['2024-02'], '2024-03-01')).toMatchObject({ ok: false, error: { code: 'period-already-paid' } });
    expect(checkPickedPeriods(paid, ['2023-12'], '2024-03-01')).toMatchObject({ ok: false, error: { code: 'period-outside-membership' } });
    expect(checkPickedPeriods(paid, ['2024-04', '2024-04'], '2024-03-01')).toMatchObject({ ok: false, error: { code: 'duplicate-period' } });
    expect(checkPickedPeriods(paid, ['2029-04'], '2024-03-01')).toMatchObject({ ok: false, error: { code: 'period-outside-membership' } });
  });

  it('shows each month paid, overdue, due or ahead', () => {
    const states = monthStates(facts({ paidPeriods: new Set(['2024-01', '2024-05']) }), '2024-03-10', new Map([['2024-01', 'RC2567-000001']]));
    expect(states).toEqual([
      { period: '2024-01', state: 'paid', receiptNo: 'RC2567-000001' },
      { period: '2024-02', state: 'overdue', receiptNo: null },
      { period: '2024-03', state: 'due', receiptNo: null },
      { period: '2024-04', state: 'advance', receiptNo: null },
      { period: '2024-05', state: 'paid', receiptNo: null },
    ]);
  });

  it('arrears plus months paid up to the horizon equal the months owed (random spells and payments)', () => {
    const seed = testSeed('arrears');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 90 }),
        (approvalOffset, endAfter, paidOffsets, asOfOffset) => {
          const base = periodIndex('2024-01') + approvalOffset;
          const start = `${periodFromIndex(base)}-15`;
          const end = endAfter === undefined ? null : `${periodFromIndex(base + endAfter)}-10`;
          const dues = facts({ approvedOn: start, spells: [{ start, end }] });
          const owedAll = new Set(owedPeriods(dues, periodFromIndex(base + 200)));
          const paid = new Set(paidOffsets.map((offset) => periodFromIndex(base + offset)).filter((period) => owedAll.has(period)));
          const asOf = `${periodFromIndex(base + asOfOffset)}-20`;
          const withPaid = { ...dues, paidPeriods: paid };
          const horizon = overdueHorizon(asOf);
          const owed = owedPeriods(withPaid, horizon);
          const paidUpToHorizon = owed.filter((period) => paid.has(period)).length;
          expect(memberArrears(withPaid, asOf).count + paidUpToHorizon).toBe(owed.length);
        },
      ),
      { seed, numRuns: runs(300) },
    );
  });
});
