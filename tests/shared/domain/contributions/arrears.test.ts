import { describe, expect, it } from 'vitest';
import {
  arrearsAsOf,
  duesFactsAsOf,
  type DuesHistory,
  type FundDues,
  type PaidMonth,
} from '../../../../shared/domain/contributions/arrears';
import {
  checkPickedPeriods,
  choosePeriods,
  defaultDuesSettings,
  duesStartPeriod,
  memberArrears,
  monthStates,
  overdueHorizon,
} from '../../../../shared/domain/contributions/periods';

const fund: FundDues = { openedOn: '2024-01-01', settings: defaultDuesSettings };

/** A member who applied on 28 Dec 2023 and was approved on 20 Jan 2024, in a fund that opened on 1 Jan 2024. */
const history = (overrides: Partial<DuesHistory> = {}): DuesHistory => ({
  approvedOn: '2024-01-20',
  appliedOn: '2023-12-28',
  paidThroughPeriod: null,
  events: [],
  paidMonths: [],
  ...overrides,
});

const paid = (periods: string[], receivedOn: string, voidedOn: string | null = null, receiptId = 1): PaidMonth[] =>
  periods.map((period) => ({ period, receiptId, receivedOn, voidedOn }));

describe('"as of D" (Decision 7): the fund as it stood at the end of day D', () => {
  it('counts receipts received on or before D, and not those received after', () => {
    const member = history({ paidMonths: [...paid(['2024-01', '2024-02'], '2024-03-05'), ...paid(['2024-03'], '2024-04-20', null, 2)] });
    expect(arrearsAsOf(member, fund, '2024-03-04')).toMatchObject({ count: 2, overdue: ['2024-01', '2024-02'] });
    expect(arrearsAsOf(member, fund, '2024-03-05')).toMatchObject({ count: 0, overdue: [] });
    expect(arrearsAsOf(member, fund, '2024-04-19')).toMatchObject({ count: 1, overdue: ['2024-03'] });
    expect(arrearsAsOf(member, fund, '2024-04-20')).toMatchObject({ count: 0 });
  });

  it('counts a receipt voided after D as paid on D, and one voided on or before D as unpaid', () => {
    const member = history({ paidMonths: paid(['2024-01', '2024-02', '2024-03'], '2024-02-10', '2024-05-02') });
    expect(arrearsAsOf(member, fund, '2024-05-01').count).toBe(1);
    expect(arrearsAsOf(member, fund, '2024-05-02').count).toBe(4);
    // A correction received back-dated after the void: on the days both counted, the months are paid once.
    const corrected = history({
      paidMonths: [...paid(['2024-01'], '2024-02-10', '2024-05-02'), ...paid(['2024-01'], '2024-02-11', null, 2)],
    });
    expect(duesFactsAsOf(corrected, fund, '2024-03-01').paidPeriods).toEqual(new Set(['2024-01']));
  });

  it('leaves out status events dated after D and any spell that began after it', () => {
    const resigned = history({ events: [{ kind: 'resigned', effectiveOn: '2024-06-15' }] });
    expect(duesFactsAsOf(resigned, fund, '2024-06-14').spells).toEqual([{ start: '2024-01-20', end: null }]);
    expect(duesFactsAsOf(resigned, fund, '2024-06-15').spells).toEqual([{ start: '2024-01-20', end: '2024-06-15' }]);
    expect(arrearsAsOf(resigned, fund, '2025-01-10').count).toBe(5);
    // Approved after D: no spell, no dues, nothing owed.
    expect(duesFactsAsOf(history(), fund, '2024-01-19').spells).toEqual([]);
    expect(arrearsAsOf(history(), fund, '2024-01-19')).toEqual({ overdue: [], count: 0, nextUnpaid: null });
  });

  it('does not count a closed earlier spell past D (issue 14: 17 months against 12)', () => {
    const back = history({
      approvedOn: '2024-01-05',
      events: [
        { kind: 'lapsed', effectiveOn: '2025-06-10' },
        { kind: 'reinstated', effectiveOn: '2026-02-01' },
      ],
    });
    expect(arrearsAsOf(back, fund, '2025-01-10').count).toBe(12);
    expect(arrearsAsOf(back, fund, '2025-12-31').count).toBe(17);
    expect(arrearsAsOf(back, fund, '2026-03-01').count).toBe(18);
  });
});

describe("Decision 7's settings", () => {
  it('counts dues from the month of application when the fund says so, never before the opening month', () => {
    const fromApplication: FundDues = { ...fund, settings: { duesFrom: 'application', dueDay: null } };
    expect(
      duesStartPeriod(duesFactsAsOf(history({ appliedOn: '2024-02-25', approvedOn: '2024-03-02' }), fromApplication, '2024-06-01')),
    ).toBe('2024-02');
    expect(duesStartPeriod(duesFactsAsOf(history(), fromApplication, '2024-06-01'))).toBe('2024-01');
    expect(duesStartPeriod(duesFactsAsOf(history({ appliedOn: '2024-02-25', approvedOn: '2024-03-02' }), fund, '2024-06-01'))).toBe(
      '2024-03',
    );
    // Not yet a member before approval, whatever the setting.
    expect(arrearsAsOf(history({ appliedOn: '2024-02-25', approvedOn: '2024-03-02' }), fromApplication, '2024-03-01').count).toBe(0);
  });

  it('makes a month overdue once its due day has passed (the last day by default; clamped in short months)', () => {
    expect(overdueHorizon('2026-11-15', null)).toBe('2026-10');
    expect(overdueHorizon('2026-11-15', 15)).toBe('2026-10');
    expect(overdueHorizon('2026-11-16', 15)).toBe('2026-11');
    expect(overdueHorizon('2026-12-01', null)).toBe('2026-11');
    expect(overdueHorizon('2024-02-29', 31)).toBe('2024-01');
    expect(overdueHorizon('2024-03-01', 31)).toBe('2024-02');
    expect(overdueHorizon('2025-02-28', 30)).toBe('2025-01');
    const dueOn10th: FundDues = { ...fund, settings: { duesFrom: 'approval', dueDay: 10 } };
    expect(arrearsAsOf(history(), dueOn10th, '2024-02-10').count).toBe(1);
    expect(arrearsAsOf(history(), dueOn10th, '2024-02-11').count).toBe(2);
    expect(arrearsAsOf(history(), fund, '2024-02-11').count).toBe(1);
  });
});

describe('the month in which membership ends (Decision 7, issue 14 item 5)', () => {
  const died = history({ approvedOn: '2024-01-05', events: [{ kind: 'deceased', effectiveOn: '2024-11-30' }] });
  const facts = (member: DuesHistory) => duesFactsAsOf(member, fund, '2024-12-10');

  it('is not due, and may be paid by a receipt received on or before the end date; later months never', () => {
    expect(memberArrears(facts(died), '2024-12-10').count).toBe(10);
    expect(checkPickedPeriods(facts(died), ['2024-11'], '2024-11-30')).toEqual({ ok: true, value: ['2024-11'] });
    expect(checkPickedPeriods(facts(died), ['2024-11'], '2024-12-01')).toMatchObject({
      ok: false,
      error: { code: 'period-outside-membership', params: { period: '2024-11' } },
    });
    expect(checkPickedPeriods(facts(died), ['2024-12'], '2024-11-20')).toMatchObject({
      ok: false,
      error: { code: 'period-outside-membership' },
    });
    // Oldest first: the owed months, then the month of death.
    const all = choosePeriods(facts(died), 11, '2024-11-30');
    expect(all.ok && all.value.at(-1)).toBe('2024-11');
    expect(choosePeriods(facts(died), 11, '2024-12-01')).toMatchObject({
      ok: false,
      error: { code: 'too-many-months', params: { available: 10 } },
    });
  });

  it('shows as paid on the statement and changes no arrears', () => {
    const paidUp = history({
      ...died,
      paidMonths: paid(
        ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11'],
        '2024-11-25',
      ),
    });
    expect(arrearsAsOf(paidUp, fund, '2025-01-10')).toEqual({ overdue: [], count: 0, nextUnpaid: null });
    expect(monthStates(facts(paidUp), '2024-12-10').at(-1)).toEqual({ period: '2024-11', state: 'paid', receiptNo: null });
  });
});
