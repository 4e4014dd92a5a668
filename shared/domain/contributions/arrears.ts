import type { CalendarDate, Period } from '../calendar-date';
import { spellsOf, type StatusEvent } from '../members/spells';
import { memberArrears, type DuesFacts, type DuesSettings } from './periods';

/**
 * A month a receipt covered: the day the receipt was received, and the day it was voided, if it was. A month of
 * memo history from before the opening date (Decision 10) has no receipt: it was paid on its day and is never voided.
 */
export type PaidMonth = { period: Period; receiptId: number | null; receivedOn: CalendarDate; voidedOn: CalendarDate | null };

/**
 * Everything a member's dues on any day follow from: the dates of the member record, the status events in
 * force (a voided event was recorded in error and never happened), and every month any receipt or the memo
 * history from before the opening date covered.
 */
export type DuesHistory = {
  approvedOn: CalendarDate;
  appliedOn: CalendarDate;
  paidThroughPeriod: Period | null;
  events: readonly Pick<StatusEvent, 'kind' | 'effectiveOn'>[];
  paidMonths: readonly PaidMonth[];
  /** A registration voided as made in error was never a membership: no spell, nothing owed or judged. */
  isVoid?: boolean;
};

/** What the fund says about dues: its opening date (Decision 10) and Decision 7's settings. */
export type FundDues = { openedOn: CalendarDate; settings: DuesSettings };

/** Whether a receipt's month counted at the end of day `asOf`: received by then, and not voided by then. */
export function countedOn(month: Pick<PaidMonth, 'receivedOn' | 'voidedOn'>, asOf: CalendarDate): boolean {
  return month.receivedOn <= asOf && (month.voidedOn === null || month.voidedOn > asOf);
}

/**
 * The member's dues as the fund stood at the end of day `asOf` (Decision 7): receipts received after it, voids
 * made after it and status events dated after it do not count, and a member approved after it has no spell yet.
 * An open spell stays open: months after `asOf` are never overdue on it, so nothing after the day is counted.
 */
export function duesFactsAsOf(history: DuesHistory, fund: FundDues, asOf: CalendarDate): DuesFacts {
  const events = history.events.filter((event) => event.effectiveOn <= asOf);
  return {
    spells: !history.isVoid && history.approvedOn <= asOf ? spellsOf(history.approvedOn, events) : [],
    approvedOn: history.approvedOn,
    appliedOn: history.appliedOn,
    paidThroughPeriod: history.paidThroughPeriod,
    openedOn: fund.openedOn,
    settings: fund.settings,
    paidPeriods: new Set(history.paidMonths.filter((month) => countedOn(month, asOf)).map((month) => month.period)),
  };
}

/**
 * A member's arrears as of a day: the one computation every caller shares (the statement, the arrears list and
 * its SQL fast path, welfare on the event date). Overdue months on `asOf` not covered by a receipt counted then.
 */
export function arrearsAsOf(
  history: DuesHistory,
  fund: FundDues,
  asOf: CalendarDate,
): { overdue: Period[]; count: number; nextUnpaid: Period | null } {
  return memberArrears(duesFactsAsOf(history, fund, asOf), asOf);
}
