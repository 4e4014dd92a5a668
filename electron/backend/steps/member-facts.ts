import type { StatusEvent } from '../../../shared/api/fund-types';
import { owedCount, type DuesFacts } from '../../../shared/domain/contributions/periods';
import { spellsOf } from '../../../shared/domain/members/spells';
import type { Connection } from '../db/execute';
import { readFund } from '../db/repositories/fund-repository';
import { findMemberRow, listStatusEvents, type MemberDues, type MemberRecord } from '../db/repositories/member-repository';
import { paidPeriods } from '../db/repositories/receipt-repository';

export type MemberFacts = {
  member: MemberRecord;
  events: StatusEvent[];
  facts: DuesFacts;
  receiptIdByPeriod: Map<string, number>;
};

/** Everything the pure dues functions need about one member, read in one place. */
export function loadMemberFacts(connection: Connection, memberId: number, openedOn?: string): MemberFacts | undefined {
  const member = findMemberRow(connection, memberId);
  if (!member) return undefined;
  const events = listStatusEvents(connection, memberId);
  const receiptIdByPeriod = paidPeriods(connection, memberId);
  return {
    member,
    events,
    receiptIdByPeriod,
    facts: {
      // A registration voided as made in error was never a membership: no spell, so nothing owed or judged.
      spells: member.void ? [] : spellsOf(member.approvedOn, events),
      approvedOn: member.approvedOn,
      paidThroughPeriod: member.paidThroughPeriod,
      openedOn: openedOn ?? readFund(connection).openedOn,
      paidPeriods: new Set(receiptIdByPeriod.keys()),
    },
  };
}

/**
 * Dues facts for planning thousands of members at once (a collection day) without reading their payments.
 * Most members' paid months are one unbroken run from their dues start: that is proved when the paid-month
 * counter equals the months owed up to the latest month paid (both kept on the member record). Only a member
 * with gaps has every paid month read.
 */
export function quickMemberFacts<Dues extends MemberDues>(
  connection: Connection,
  member: Dues,
  events: StatusEvent[],
  openedOn: string,
): { member: Dues; events: StatusEvent[]; facts: DuesFacts } {
  const base: DuesFacts = {
    spells: spellsOf(member.approvedOn, events),
    approvedOn: member.approvedOn,
    paidThroughPeriod: member.paidThroughPeriod,
    openedOn,
    paidPeriods: new Set<string>(),
  };
  const latest = member.paidMonths > 0 ? member.lastPaidPeriod : null;
  if (latest === null) return { member, events, facts: base };
  if (owedCount(base, latest) === member.paidMonths) return { member, events, facts: { ...base, paidThroughAll: latest } };
  return { member, events, facts: { ...base, paidPeriods: new Set(paidPeriods(connection, member.id).keys()) } };
}
