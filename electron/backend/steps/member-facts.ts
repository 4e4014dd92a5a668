import type { MemberSpell, StatusEvent } from '../../../shared/api/fund-types';
import { periodIndex, periodOfDate } from '../../../shared/domain/calendar-date';
import { duesStartPeriod, owedCount, owedPeriods, type DuesFacts } from '../../../shared/domain/contributions/periods';
import type { Connection } from '../db/execute';
import { readFund } from '../db/repositories/fund-repository';
import { findMemberRow, listStatusEvents, type DuesColumns } from '../db/repositories/member-repository';
import { paidPeriods } from '../db/repositories/receipt-repository';
import type { DuesRow, MembersTable } from '../db/schema';

/**
 * Membership spells from the approval date and the dated status events (Decision 6): an exit ends the open
 * spell on its date (inclusive); a reinstatement opens a new one.
 */
export function spellsOf(approvedOn: string, events: readonly Pick<StatusEvent, 'kind' | 'effectiveOn'>[]): MemberSpell[] {
  const spells: MemberSpell[] = [{ start: approvedOn, end: null }];
  for (const event of events) {
    const current = spells[spells.length - 1];
    if (!current) continue;
    if (event.kind === 'reinstated') spells.push({ start: event.effectiveOn, end: null });
    else if (event.kind !== 'active' && current.end === null) current.end = event.effectiveOn;
  }
  return spells;
}

export type MemberFacts = {
  row: MembersTable;
  events: StatusEvent[];
  facts: DuesFacts;
  receiptIdByPeriod: Map<string, number>;
};

/** Everything the pure dues functions need about one member, read in one place. */
export function loadMemberFacts(connection: Connection, memberId: number, openedOn?: string): MemberFacts | undefined {
  const row = findMemberRow(connection, memberId);
  if (!row) return undefined;
  const events = listStatusEvents(connection, memberId);
  const receiptIdByPeriod = paidPeriods(connection, memberId);
  return {
    row,
    events,
    receiptIdByPeriod,
    facts: {
      spells: spellsOf(row.approved_on, events),
      approvedOn: row.approved_on,
      paidThroughPeriod: row.paid_through_period,
      openedOn: openedOn ?? readFund(connection).opened_on,
      paidPeriods: new Set(receiptIdByPeriod.keys()),
    },
  };
}

/**
 * The derived columns that let the fund-wide arrears list run in one pass (see arrears-repository): status,
 * where the last spell's dues start and end, and how many months the earlier, closed spells owed.
 */
export function duesColumns(facts: DuesFacts, events: readonly StatusEvent[]): DuesColumns {
  const spells = facts.spells;
  const last = spells[spells.length - 1];
  const lastEvent = events[events.length - 1];
  const status = !lastEvent || lastEvent.kind === 'reinstated' || lastEvent.kind === 'active' ? 'active' : lastEvent.kind;
  const statusSince = lastEvent?.effectiveOn ?? facts.approvedOn;
  const firstStart = duesStartPeriod(facts);
  if (!last || firstStart === null) {
    return { status, status_since: statusSince, dues_start_index: null, dues_end_index: null, closed_owed_months: 0 };
  }
  const earlier = spells.slice(0, -1);
  const lastEarlierEnd = earlier[earlier.length - 1]?.end;
  const closedOwed = lastEarlierEnd ? owedPeriods({ ...facts, spells: earlier }, periodOfDate(lastEarlierEnd)).length : 0;
  // A reinstated spell owes from its own month, but never before the dues start (as the domain's owedRanges).
  const startIndex =
    spells.length === 1 ? periodIndex(firstStart) : Math.max(periodIndex(firstStart), periodIndex(periodOfDate(last.start)));
  return {
    status,
    status_since: statusSince,
    dues_start_index: startIndex,
    dues_end_index: last.end === null ? null : periodIndex(periodOfDate(last.end)),
    closed_owed_months: closedOwed,
  };
}

/** Months already paid that the member would no longer owe after a change: the change must be refused. */
export function paidOutsideOwed(facts: DuesFacts): string | undefined {
  const paid = [...facts.paidPeriods].sort();
  const latest = paid[paid.length - 1];
  if (!latest) return undefined;
  const owed = new Set(owedPeriods(facts, latest));
  return paid.find((period) => !owed.has(period));
}

/**
 * Dues facts for planning thousands of members at once (a collection day) without reading their payments.
 * Most members' paid months are one unbroken run from their dues start: that is proved when the paid-month
 * counter equals the months owed up to the latest month paid (both kept on the member row). Only a member
 * with gaps has every paid month read.
 */
export function quickMemberFacts<Row extends DuesRow>(
  connection: Connection,
  row: Row,
  events: StatusEvent[],
  openedOn: string,
): { row: Row; events: StatusEvent[]; facts: DuesFacts } {
  const base: DuesFacts = {
    spells: spellsOf(row.approved_on, events),
    approvedOn: row.approved_on,
    paidThroughPeriod: row.paid_through_period,
    openedOn,
    paidPeriods: new Set<string>(),
  };
  const latest = row.paid_months > 0 ? row.last_paid_period : null;
  if (latest === null) return { row, events, facts: base };
  if (owedCount(base, latest) === row.paid_months) return { row, events, facts: { ...base, paidThroughAll: latest } };
  return { row, events, facts: { ...base, paidPeriods: new Set(paidPeriods(connection, row.id).keys()) } };
}
