import { daysInMonth, periodFromIndex, periodIndex, periodOfDate } from '../calendar-date';
import type { MemberSpell } from '../members/spells';
import { failure, success, type Result } from '../result';

/** A membership spell (Decision 6): from its start date to its end date inclusive, or still open. */
export type Spell = MemberSpell;

/** Where a new member's dues start (Decision 7): the month of approval (the default) or of application. */
export type DuesFrom = 'approval' | 'application';

/**
 * Decision 7's fund settings: where dues start, and the day of the month on which a month's dues fall due
 * (null: the month's last day, the default; a day past the end of a short month means its last day).
 */
export type DuesSettings = { duesFrom: DuesFrom; dueDay: number | null };

export const defaultDuesSettings: DuesSettings = { duesFrom: 'approval', dueDay: null };

export type DuesFacts = {
  spells: readonly Spell[];
  approvedOn: string;
  appliedOn: string;
  paidThroughPeriod: string | null;
  openedOn: string;
  settings: DuesSettings;
  paidPeriods: ReadonlySet<string>;
  /**
   * Set when the paid months are known to be exactly every owed month up to this one (the common case, proved
   * by the caller from the paid-month counter): then `paidPeriods` may be left empty, and planning a payment
   * need not visit ten years of months.
   */
  paidThroughAll?: string;
};

export function isPaid(facts: DuesFacts, period: string): boolean {
  return facts.paidPeriods.has(period) || (facts.paidThroughAll !== undefined && period <= facts.paidThroughAll);
}

/**
 * The days of the months paid from `fromPeriod` on, up to `lastPeriod` (paid ahead included), the months the
 * treasurer entered as paid before the app counting too: a "1 baht a day" member's paid-up days (Decision 11).
 */
export function paidDays(facts: DuesFacts, fromPeriod: string, lastPeriod: string): number {
  let days = 0;
  for (let index = periodIndex(fromPeriod); index <= periodIndex(lastPeriod); index += 1) {
    const period = periodFromIndex(index);
    const memo = facts.paidThroughPeriod !== null && period <= facts.paidThroughPeriod;
    if (memo || isPaid(facts, period)) days += daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
  }
  return days;
}

/** How many months are owed from the dues start through `untilPeriod`, by arithmetic on the spells. */
export function owedCount(facts: DuesFacts, untilPeriod: string): number {
  const limit = periodIndex(untilPeriod);
  let count = 0;
  let covered = -Infinity;
  for (const range of owedRanges(facts)) {
    const from = Math.max(range.from, covered + 1);
    const last = range.until === null ? limit : Math.min(range.until, limit);
    if (last >= from) count += last - from + 1;
    covered = Math.max(covered, last);
  }
  return count;
}

/** How far ahead a member may pay in advance. */
export const advanceLimitMonths = 60;

/**
 * The first month owed (Decision 7): the month of approval, or of application when the fund says so (never
 * before the fund's opening month); for a member who joined before the fund used the app, the month after the
 * month paid through, or else the fund's opening month.
 */
export function duesStartPeriod(facts: DuesFacts): string | null {
  if (facts.spells.length === 0) return null;
  if (facts.approvedOn >= facts.openedOn) {
    if (facts.settings.duesFrom === 'approval' || facts.appliedOn >= facts.approvedOn) return periodOfDate(facts.approvedOn);
    const applied = periodOfDate(facts.appliedOn);
    const opened = periodOfDate(facts.openedOn);
    return applied > opened ? applied : opened;
  }
  if (facts.paidThroughPeriod !== null) return periodFromIndex(periodIndex(facts.paidThroughPeriod) + 1);
  return periodOfDate(facts.openedOn);
}

type Range = { from: number; until: number | null };

/**
 * Month ranges owed per spell, oldest first: a spell owes up to, not including, the month it ends in. The first
 * spell owes from the dues start; a later one (reinstatement) from its own start month, but never before the
 * dues start: a member reinstated before the fund used the app owes nothing the treasurer's paid-through covers.
 * With `receivedOn`, the ranges a payment received that day may cover: the month a spell ends in too, when the
 * payment came on or before the end date (Decision 7: that month is not due, but may be paid).
 */
function owedRanges(facts: DuesFacts, receivedOn?: string): Range[] {
  const start = duesStartPeriod(facts);
  if (start === null) return [];
  const duesStart = periodIndex(start);
  return [...facts.spells]
    .sort((left, right) => (left.start < right.start ? -1 : left.start > right.start ? 1 : 0))
    .map((spell, index) => ({
      from: index === 0 ? duesStart : Math.max(duesStart, periodIndex(periodOfDate(spell.start))),
      until:
        spell.end === null ? null : periodIndex(periodOfDate(spell.end)) - (receivedOn !== undefined && receivedOn <= spell.end ? 0 : 1),
    }));
}

function hasOpenSpell(facts: DuesFacts): boolean {
  return facts.spells.some((spell) => spell.end === null);
}

function monthsOf(ranges: readonly Range[], untilPeriod: string): string[] {
  const limit = periodIndex(untilPeriod);
  const months = new Set<number>();
  for (const range of ranges) {
    const last = range.until === null ? limit : Math.min(range.until, limit);
    for (let month = range.from; month <= last; month += 1) months.add(month);
  }
  return [...months].sort((a, b) => a - b).map(periodFromIndex);
}

/** Every month owed from the dues start through `untilPeriod`, ascending. */
export function owedPeriods(facts: DuesFacts, untilPeriod: string): string[] {
  return monthsOf(owedRanges(facts), untilPeriod);
}

/**
 * Every month a payment received on `receivedOn` may cover, through `untilPeriod`: the owed months, and the
 * month a spell ended in when the payment came on or before its end date (Decision 7).
 */
export function payablePeriods(facts: DuesFacts, receivedOn: string, untilPeriod: string): string[] {
  return monthsOf(owedRanges(facts, receivedOn), untilPeriod);
}

/**
 * The latest month already overdue on `asOf`: its due day (the fund's setting; the last day of the month by
 * default, or that day's month end in a shorter month) has passed.
 */
export function overdueHorizon(asOf: string, dueDay: number | null): string {
  const month = periodIndex(periodOfDate(asOf));
  const monthDays = daysInMonth(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)));
  const due = dueDay === null ? monthDays : Math.min(dueDay, monthDays);
  return periodFromIndex(Number(asOf.slice(8, 10)) > due ? month : month - 1);
}

function advanceLimit(asOf: string): string {
  return periodFromIndex(periodIndex(periodOfDate(asOf)) + advanceLimitMonths);
}

function unpaid(facts: DuesFacts, until: string): string[] {
  return owedPeriods(facts, until).filter((period) => !isPaid(facts, period));
}

/**
 * Arrears = overdue months not covered by a receipt without a void (Decision 7). `nextUnpaid` looks as far
 * ahead as `choosePeriods` may (60 months past `asOf`), so a one-month payment on `asOf` covers exactly it. The
 * facts say what is paid: as the fund stands now, or as it stood on a day (`duesFactsAsOf`).
 */
export function memberArrears(facts: DuesFacts, asOf: string): { overdue: string[]; count: number; nextUnpaid: string | null } {
  const overdue = unpaid(facts, overdueHorizon(asOf, facts.settings.dueDay));
  const next = payablePeriods(facts, asOf, advanceLimit(asOf)).find((period) => !isPaid(facts, period));
  return { overdue, count: overdue.length, nextUnpaid: next ?? null };
}

/**
 * Oldest unpaid months first, running on into months ahead while the spell is open (paying in advance), at
 * most 60 months past `asOf` (the day the payment is received). "nothing-owed" is for a member with no open
 * spell and nothing unpaid; a member who can still pay, but fewer months than asked (a resigned member, or one
 * paid five years ahead), gets "too-many-months" with the number available. The month a membership ended in
 * comes last, and only for a payment received on or before the end date.
 */
export function choosePeriods(facts: DuesFacts, monthCount: number, asOf: string): Result<string[]> {
  if (!Number.isSafeInteger(monthCount) || monthCount < 1) return failure('months-required', 'monthCount');
  // Walks the payable months in order and stops as soon as enough unpaid ones are found: a collection day
  // plans thousands of these, and most members owe just the next month.
  const limit = periodIndex(advanceLimit(asOf));
  const chosen: string[] = [];
  const seen = new Set<number>();
  const skipThrough = facts.paidThroughAll === undefined ? -Infinity : periodIndex(facts.paidThroughAll);
  for (const range of owedRanges(facts, asOf)) {
    const last = range.until === null ? limit : Math.min(range.until, limit);
    for (let month = Math.max(range.from, skipThrough + 1); month <= last && chosen.length < monthCount; month += 1) {
      if (seen.has(month)) continue;
      seen.add(month);
      const period = periodFromIndex(month);
      if (!isPaid(facts, period)) chosen.push(period);
    }
  }
  if (chosen.length === monthCount) return success(chosen.sort());
  const available = payablePeriods(facts, asOf, advanceLimit(asOf)).filter((period) => !isPaid(facts, period)).length;
  if (available === 0 && !hasOpenSpell(facts)) return failure('nothing-owed', 'monthCount');
  return failure('too-many-months', 'monthCount', { available });
}

/** Months the treasurer picked: each payable on the day, unpaid, not repeated, and not too far ahead. */
export function checkPickedPeriods(facts: DuesFacts, periods: readonly string[], asOf: string): Result<string[]> {
  const payable = new Set(payablePeriods(facts, asOf, advanceLimit(asOf)));
  const seen = new Set<string>();
  for (const period of periods) {
    if (seen.has(period)) return failure('duplicate-period', 'periods', { period });
    seen.add(period);
    if (!payable.has(period)) return failure('period-outside-membership', 'periods', { period });
    if (isPaid(facts, period)) return failure('period-already-paid', 'periods', { period });
  }
  return success([...periods].sort());
}

export type MonthState = 'paid' | 'overdue' | 'due' | 'advance' | 'before-dues';

/**
 * The member's months for display: every owed month up to next month's due or the last month paid ahead, and
 * a month paid that is not owed (the month a membership ended in, paid before the end) among them.
 */
export function monthStates(
  facts: DuesFacts,
  asOf: string,
  receiptNoByPeriod: ReadonlyMap<string, string> = new Map(),
): { period: string; state: MonthState; receiptNo: string | null }[] {
  const horizon = periodIndex(overdueHorizon(asOf, facts.settings.dueDay));
  const lastPaid = [...facts.paidPeriods, ...(facts.paidThroughAll ? [facts.paidThroughAll] : [])].sort().at(-1);
  const until = Math.max(horizon + 1, lastPaid ? periodIndex(lastPaid) : horizon + 1);
  const shown = new Set(owedPeriods(facts, periodFromIndex(until)));
  for (const period of facts.paidPeriods) shown.add(period);
  return [...shown].sort().map((period) => {
    const index = periodIndex(period);
    const paid = isPaid(facts, period);
    const state: MonthState = paid ? 'paid' : index <= horizon ? 'overdue' : index === horizon + 1 ? 'due' : 'advance';
    return { period, state, receiptNo: paid ? (receiptNoByPeriod.get(period) ?? null) : null };
  });
}
