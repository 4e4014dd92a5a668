import { periodIndex, periodOfDate, type CalendarDate, type Period } from '../calendar-date';
import type { MemberStatus, StatusEvent } from '../members/spells';
import { duesStartPeriod, owedPeriods, type DuesFacts } from './periods';

/**
 * What the fund-wide arrears list needs of a member without reading the member's events or payments: the
 * status, where the last spell's dues start and end (month indexes), and how many months the earlier, closed
 * spells owed. The backend keeps these on the member record, in step with the status events.
 */
export type DuesSummary = {
  status: MemberStatus;
  statusSince: CalendarDate;
  duesStartIndex: number | null;
  duesEndIndex: number | null;
  closedOwedMonths: number;
};

/** The summary of a member's dues as the spells and the events in force (oldest first) make them. */
export function duesSummary(facts: DuesFacts, events: readonly Pick<StatusEvent, 'kind' | 'effectiveOn'>[]): DuesSummary {
  const spells = facts.spells;
  const last = spells[spells.length - 1];
  const lastEvent = events[events.length - 1];
  const status = !lastEvent || lastEvent.kind === 'reinstated' || lastEvent.kind === 'active' ? 'active' : lastEvent.kind;
  const statusSince = lastEvent?.effectiveOn ?? facts.approvedOn;
  const firstStart = duesStartPeriod(facts);
  if (!last || firstStart === null) return { status, statusSince, duesStartIndex: null, duesEndIndex: null, closedOwedMonths: 0 };
  const earlier = spells.slice(0, -1);
  const lastEarlierEnd = earlier[earlier.length - 1]?.end;
  const closedOwed = lastEarlierEnd ? owedPeriods({ ...facts, spells: earlier }, periodOfDate(lastEarlierEnd)).length : 0;
  // A reinstated spell owes from its own month, but never before the dues start (as the domain's owedRanges).
  const startIndex =
    spells.length === 1 ? periodIndex(firstStart) : Math.max(periodIndex(firstStart), periodIndex(periodOfDate(last.start)));
  return {
    status,
    statusSince,
    duesStartIndex: startIndex,
    duesEndIndex: last.end === null ? null : periodIndex(periodOfDate(last.end)),
    closedOwedMonths: closedOwed,
  };
}

/**
 * A month already paid that the member would no longer owe after a change of spells (an exit dated before
 * months paid in advance, an approval moved later): such a change must be refused, or paid money would lie
 * outside membership. The month a spell ends in may stay paid (Decision 7: a receipt before the end may cover
 * it), so an exit dated in a month already paid is not refused for that month; only later months are. The
 * earliest such month, or undefined when every paid month is still owed or is such an end month.
 */
export function paidOutsideOwed(facts: DuesFacts): Period | undefined {
  const paid = [...facts.paidPeriods].sort();
  const latest = paid[paid.length - 1];
  if (!latest) return undefined;
  const allowed = new Set(owedPeriods(facts, latest));
  const start = duesStartPeriod(facts);
  for (const spell of facts.spells) {
    const endMonth = spell.end === null ? null : periodOfDate(spell.end);
    if (endMonth !== null && start !== null && endMonth >= start) allowed.add(endMonth);
  }
  return paid.find((period) => !allowed.has(period));
}
