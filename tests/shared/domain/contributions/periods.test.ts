import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodFromIndex, periodIndex } from '../../../../shared/domain/calendar-date';
import {
  checkPickedPeriods,
  choosePeriods,
  defaultDuesSettings,
  duesStartPeriod,
  memberArrears,
  monthStates,
  overdueHorizon,
  owedCount,
  owedPeriods,
  type DuesFacts,
} from '../../../../shared/domain/contributions/periods';

const seed = Number(process.env.SWF_SEED ?? Date.now() % 2 ** 31);
const numRuns = Math.round(200 * Number(process.env.SWF_TEST_SCALE ?? 1));
console.log(`periods.test.ts seed ${seed} (replay with SWF_SEED=${seed})`);

/** A member approved on 20 Jan 2024 in a fund that opened on 1 Jan 2024. */
const facts = (overrides: Partial<DuesFacts> = {}): DuesFacts => ({
  spells: [{ start: '2024-01-20', end: null }],
  approvedOn: '2024-01-20',
  appliedOn: '2024-01-10',
  paidThroughPeriod: null,
  openedOn: '2024-01-01',
  settings: defaultDuesSettings,
  paidPeriods: new Set(),
  ...overrides,
});

const months = (from: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => periodFromIndex(periodIndex(from) + index));

describe('when dues start (Decision 7)', () => {
  it('starts with the month of approval, even when approved mid-month or on its last day', () => {
    expect(duesStartPeriod(facts())).toBe('2024-01');
    expect(duesStartPeriod(facts({ approvedOn: '2024-03-31', spells: [{ start: '2024-03-31', end: null }] }))).toBe('2024-03');
    expect(owedPeriods(facts(), '2024-04')).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
  });

  it('for a member who joined before the app: the month after paid-through, else the opening month', () => {
    const early = { spells: [{ start: '2019-05-01', end: null }], approvedOn: '2019-05-01' };
    expect(duesStartPeriod(facts(early))).toBe('2024-01');
    expect(duesStartPeriod(facts({ ...early, paidThroughPeriod: '2023-09' }))).toBe('2023-10');
    expect(duesStartPeriod(facts({ ...early, paidThroughPeriod: '2023-12' }))).toBe('2024-01');
    expect(duesStartPeriod(facts({ ...early, paidThroughPeriod: '2024-06' }))).toBe('2024-07');
    expect(memberArrears(facts({ ...early, paidThroughPeriod: '2023-09' }), '2024-01-15').overdue).toEqual([
      '2023-10',
      '2023-11',
      '2023-12',
    ]);
    expect(memberArrears(facts(early), '2024-01-15').count).toBe(0);
  });

  it('is null without a spell', () => {
    const none = facts({ spells: [] });
    expect(duesStartPeriod(none)).toBeNull();
    expect(owedPeriods(none, '2030-01')).toEqual([]);
    expect(memberArrears(none, '2026-01-01')).toEqual({ overdue: [], count: 0, nextUnpaid: null });
    expect(choosePeriods(none, 1, '2026-01-01')).toEqual({ ok: false, error: { code: 'nothing-owed', field: 'monthCount' } });
  });
});

describe('which months are owed (Decision 6)', () => {
  it('stops from the month of death: the death month itself is not owed', () => {
    const died = facts({ spells: [{ start: '2024-01-20', end: '2024-06-01' }] });
    expect(owedPeriods(died, '2026-10')).toEqual(months('2024-01', 5));
    const diedLastDay = facts({ spells: [{ start: '2024-01-20', end: '2024-06-30' }] });
    expect(owedPeriods(diedLastDay, '2026-10')).toEqual(months('2024-01', 5));
    const sameMonth = facts({ spells: [{ start: '2024-01-20', end: '2024-01-25' }] });
    expect(owedPeriods(sameMonth, '2026-10')).toEqual([]);
  });

  it('restarts with a reinstatement spell, from its own start month', () => {
    const back = facts({
      spells: [
        { start: '2024-01-20', end: '2024-06-15' },
        { start: '2025-03-02', end: null },
      ],
    });
    expect(owedPeriods(back, '2025-05')).toEqual([...months('2024-01', 5), ...months('2025-03', 3)]);
    expect(memberArrears(back, '2025-06-10').count).toBe(8);
    // Reinstated in the month the first spell ended: that month is owed again, once.
    const quick = facts({
      spells: [
        { start: '2024-01-20', end: '2024-06-15' },
        { start: '2024-06-20', end: null },
      ],
    });
    expect(owedPeriods(quick, '2024-08')).toEqual(months('2024-01', 8));
  });

  it('never owes a month before the dues start, even in a later spell', () => {
    const early = facts({
      approvedOn: '2015-01-10',
      paidThroughPeriod: '2023-12',
      spells: [
        { start: '2015-01-10', end: '2020-03-01' },
        { start: '2022-05-01', end: null },
      ],
    });
    expect(owedPeriods(early, '2024-03')).toEqual(months('2024-01', 3));
  });

  it('counts the owed months by arithmetic the same as by listing them', () => {
    const back = facts({
      spells: [
        { start: '2024-01-20', end: '2024-06-15' },
        { start: '2024-06-20', end: null },
      ],
    });
    for (const until of ['2023-12', '2024-01', '2024-05', '2024-06', '2026-01']) {
      expect(owedCount(back, until)).toBe(owedPeriods(back, until).length);
    }
  });
});

describe('when a month is overdue', () => {
  it('is once the last day of the month has passed', () => {
    expect(overdueHorizon('2026-11-25', null)).toBe('2026-10');
    expect(overdueHorizon('2026-11-30', null)).toBe('2026-10');
    expect(overdueHorizon('2026-12-01', null)).toBe('2026-11');
    expect(overdueHorizon('2024-03-01', null)).toBe('2024-02');
    expect(overdueHorizon('2024-01-01', null)).toBe('2023-12');
    expect(memberArrears(facts(), '2024-01-31').count).toBe(0);
    expect(memberArrears(facts(), '2024-02-01')).toEqual({ overdue: ['2024-01'], count: 1, nextUnpaid: '2024-01' });
    expect(memberArrears(facts(), '2024-02-29').count).toBe(1);
    expect(memberArrears(facts(), '2024-03-01').count).toBe(2);
  });

  it('paid months are not arrears; the next unpaid month may lie ahead', () => {
    const paid = facts({ paidPeriods: new Set(['2024-01', '2024-03']) });
    expect(memberArrears(paid, '2024-04-01')).toEqual({ overdue: ['2024-02'], count: 1, nextUnpaid: '2024-02' });
    const ahead = facts({ paidPeriods: new Set(months('2024-01', 6)) });
    expect(memberArrears(ahead, '2024-02-15')).toEqual({ overdue: [], count: 0, nextUnpaid: '2024-07' });
    const quick = facts({ paidThroughAll: '2024-06' });
    expect(memberArrears(quick, '2024-02-15')).toEqual({ overdue: [], count: 0, nextUnpaid: '2024-07' });
  });

  it('a resigned member who paid everything has no next month', () => {
    const done = facts({ spells: [{ start: '2024-01-20', end: '2024-03-15' }], paidPeriods: new Set(['2024-01', '2024-02']) });
    expect(memberArrears(done, '2025-01-01')).toEqual({ overdue: [], count: 0, nextUnpaid: null });
  });
});

describe('choosing months for a payment', () => {
  it('takes the oldest unpaid months first and runs on into advance payments', () => {
    const paid = facts({ paidPeriods: new Set(['2024-01', '2024-03']) });
    expect(choosePeriods(paid, 3, '2024-02-10')).toEqual({ ok: true, value: ['2024-02', '2024-04', '2024-05'] });
    expect(choosePeriods(facts(), 12, '2024-01-25')).toEqual({ ok: true, value: months('2024-01', 12) });
    expect(choosePeriods(facts({ paidThroughAll: '2024-03' }), 2, '2024-02-10')).toEqual({ ok: true, value: ['2024-04', '2024-05'] });
  });

  it('pays at most 60 months past the payment date', () => {
    const limit = choosePeriods(facts(), 61, '2024-01-25');
    expect(limit).toEqual({ ok: true, value: months('2024-01', 61) });
    expect(choosePeriods(facts(), 62, '2024-01-25')).toEqual({
      ok: false,
      error: { code: 'too-many-months', field: 'monthCount', params: { available: 61 } },
    });
  });

  it('refuses more months than a closed membership owes, and a member who owes nothing', () => {
    const resigned = facts({ spells: [{ start: '2024-01-20', end: '2024-03-15' }] });
    expect(choosePeriods(resigned, 2, '2024-06-01')).toEqual({ ok: true, value: ['2024-01', '2024-02'] });
    expect(choosePeriods(resigned, 3, '2024-06-01')).toEqual({
      ok: false,
      error: { code: 'too-many-months', field: 'monthCount', params: { available: 2 } },
    });
    const paidUp = facts({ spells: [{ start: '2024-01-20', end: '2024-03-15' }], paidPeriods: new Set(['2024-01', '2024-02']) });
    expect(choosePeriods(paidUp, 1, '2024-06-01')).toEqual({ ok: false, error: { code: 'nothing-owed', field: 'monthCount' } });
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(choosePeriods(facts(), 0, '2024-02-01')).toMatchObject({ ok: false, error: { field: 'monthCount' } });
    expect(choosePeriods(facts(), 1.5, '2024-02-01')).toMatchObject({ ok: false, error: { field: 'monthCount' } });
  });
});

describe('months the treasurer picks', () => {
  const paid = facts({ paidPeriods: new Set(['2024-02']) });

  it('must be owed, unpaid, not repeated and not too far ahead; come back sorted', () => {
    expect(checkPickedPeriods(paid, ['2024-05', '2024-01'], '2024-03-01')).toEqual({ ok: true, value: ['2024-01', '2024-05'] });
    expect(checkPickedPeriods(paid, ['2024-02'], '2024-03-01')).toEqual({
      ok: false,
      error: { code: 'period-already-paid', field: 'periods', params: { period: '2024-02' } },
    });
    expect(checkPickedPeriods(paid, ['2023-12'], '2024-03-01')).toEqual({
      ok: false,
      error: { code: 'period-outside-membership', field: 'periods', params: { period: '2023-12' } },
    });
    expect(checkPickedPeriods(paid, ['2024-04', '2024-04'], '2024-03-01')).toEqual({
      ok: false,
      error: { code: 'duplicate-period', field: 'periods', params: { period: '2024-04' } },
    });
    expect(checkPickedPeriods(paid, ['2029-03'], '2024-03-01').ok).toBe(true);
    expect(checkPickedPeriods(paid, ['2029-04'], '2024-03-01').ok).toBe(false);
    expect(checkPickedPeriods(paid, ['2024-13'], '2024-03-01').ok).toBe(false);
  });

  it('refuses the month of death and months between spells', () => {
    const back = facts({
      spells: [
        { start: '2024-01-20', end: '2024-06-15' },
        { start: '2025-03-02', end: null },
      ],
    });
    expect(checkPickedPeriods(back, ['2024-06'], '2025-04-01')).toMatchObject({ ok: false, error: { code: 'period-outside-membership' } });
    expect(checkPickedPeriods(back, ['2024-12'], '2025-04-01')).toMatchObject({ ok: false, error: { code: 'period-outside-membership' } });
    expect(checkPickedPeriods(back, ['2024-05', '2025-03'], '2025-04-01').ok).toBe(true);
  });
});

describe('month states for display', () => {
  it('shows each month paid, overdue, due or ahead', () => {
    const states = monthStates(
      facts({ paidPeriods: new Set(['2024-01', '2024-05']) }),
      '2024-03-10',
      new Map([['2024-01', 'RC2567-000001']]),
    );
    expect(states).toEqual([
      { period: '2024-01', state: 'paid', receiptNo: 'RC2567-000001' },
      { period: '2024-02', state: 'overdue', receiptNo: null },
      { period: '2024-03', state: 'due', receiptNo: null },
      { period: '2024-04', state: 'advance', receiptNo: null },
      { period: '2024-05', state: 'paid', receiptNo: null },
    ]);
  });

  it('ends at next month when nothing is paid ahead, and at the horizon + 1 on the last day of a month', () => {
    expect(monthStates(facts(), '2024-02-29').map((month) => month.state)).toEqual(['overdue', 'due']);
    expect(monthStates(facts(), '2024-03-01').map((month) => month.state)).toEqual(['overdue', 'overdue', 'due']);
  });
});

describe('arrears arithmetic on random members', () => {
  it('arrears + months paid up to the horizon = months owed, and choosing the arrears picks exactly them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 90 }),
        (approvalOffset, endAfter, reinstateAfter, paidOffsets, asOfOffset) => {
          const base = periodIndex('2024-01') + approvalOffset;
          const start = `${periodFromIndex(base)}-15`;
          const end = endAfter === undefined ? null : `${periodFromIndex(base + endAfter)}-10`;
          const spells = [{ start, end }];
          if (end !== null && reinstateAfter !== undefined)
            spells.push({ start: `${periodFromIndex(base + (endAfter ?? 0) + reinstateAfter)}-05`, end: null });
          const dues = facts({ approvedOn: start, spells });
          const owedAll = new Set(owedPeriods(dues, periodFromIndex(base + 200)));
          const paid = new Set(paidOffsets.map((offset) => periodFromIndex(base + offset)).filter((period) => owedAll.has(period)));
          const asOf = `${periodFromIndex(base + asOfOffset)}-20`;
          const withPaid = { ...dues, paidPeriods: paid };
          const owed = owedPeriods(withPaid, overdueHorizon(asOf, null));
          const arrears = memberArrears(withPaid, asOf);
          expect(arrears.count + owed.filter((period) => paid.has(period)).length).toBe(owed.length);
          expect(owedCount(withPaid, periodFromIndex(base + 200))).toBe(owedAll.size);
          if (arrears.count > 0) {
            expect(choosePeriods(withPaid, arrears.count, asOf)).toEqual({ ok: true, value: arrears.overdue });
            expect(checkPickedPeriods(withPaid, arrears.overdue, asOf)).toEqual({ ok: true, value: arrears.overdue });
          }
          const next = choosePeriods(withPaid, 1, asOf);
          expect(next.ok ? next.value[0] : null).toBe(arrears.nextUnpaid);
        },
      ),
      { seed, numRuns },
    );
  });
});
