import type { StatusEvent } from '../../../shared/api/fund-types';
import type { DuesHistory, FundDues } from '../../../shared/domain/contributions/arrears';
import { owedCount, type DuesFacts } from '../../../shared/domain/contributions/periods';
import { spellsOf } from '../../../shared/domain/members/spells';
import type { Connection } from '../db/execute';
import { fundDues, readFund } from '../db/repositories/fund-repository';
import { findMemberRow, listStatusEvents, type MemberDues, type MemberRecord } from '../db/repositories/member-repository';
import { memberPaidMonths, memberReceiptSummaries, paidPeriods, type ReceiptSummary } from '../db/repositories/receipt-repository';
import { historyMonths } from '../db/repositories/history-repository';

export type MemberFacts = {
  member: MemberRecord;
  events: StatusEvent[];
  facts: DuesFacts;
  receiptIdByPeriod: Map<string, number>;
};

/** A registration voided as made in error (issue 14) was never a membership. */
type MaybeVoided = { void?: unknown };
const isVoided = (member: MaybeVoided) => member.void !== undefined && member.void !== null;

/** The dues facts of a member record, the fund's settings and the events in force, before any payment. */
export function baseFacts(
  member: Pick<MemberDues, 'approvedOn' | 'appliedOn' | 'paidThroughPeriod'> & MaybeVoided,
  events: StatusEvent[],
  fund: FundDues,
): DuesFacts {
  return {
    spells: isVoided(member) ? [] : spellsOf(member.approvedOn, events),
    approvedOn: member.approvedOn,
    appliedOn: member.appliedOn,
    paidThroughPeriod: member.paidThroughPeriod,
    openedOn: fund.openedOn,
    settings: fund.settings,
    paidPeriods: new Set<string>(),
  };
}

/** Months paid as the fund stands now: by a receipt that has no void, or by memo history from before the opening date. */
function allPaidPeriods(connection: Connection, memberId: number, receiptIdByPeriod: ReadonlyMap<string, number>): Set<string> {
  const periods = new Set(receiptIdByPeriod.keys());
  for (const month of historyMonths(connection, memberId)) periods.add(month.period);
  return periods;
}

/** Everything the pure dues functions need about one member as the fund stands now, read in one place. */
export function loadMemberFacts(connection: Connection, memberId: number, fund?: FundDues): MemberFacts | undefined {
  const member = findMemberRow(connection, memberId);
  if (!member) return undefined;
  const events = listStatusEvents(connection, memberId);
  const receiptIdByPeriod = paidPeriods(connection, memberId);
  return {
    member,
    events,
    receiptIdByPeriod,
    facts: {
      ...baseFacts(member, events, fund ?? fundDues(readFund(connection))),
      paidPeriods: allPaidPeriods(connection, memberId, receiptIdByPeriod),
    },
  };
}

export type MemberHistory = { member: MemberRecord; events: StatusEvent[]; history: DuesHistory; receipts: ReceiptSummary[] };

/** A member's dues history as the pure "as of" functions take it (Decision 7): every receipt month with its dates. */
export function historyOf(
  member: Pick<MemberDues, 'approvedOn' | 'appliedOn' | 'paidThroughPeriod'> & MaybeVoided,
  events: readonly StatusEvent[],
  paidMonths: DuesHistory['paidMonths'],
): DuesHistory {
  return {
    isVoid: isVoided(member),
    approvedOn: member.approvedOn,
    appliedOn: member.appliedOn,
    paidThroughPeriod: member.paidThroughPeriod,
    events,
    paidMonths,
  };
}

/** One member's record, events in force, receipts and dues history, for anything worked out "as of" a day. */
export function loadMemberHistory(connection: Connection, memberId: number): MemberHistory | undefined {
  const member = findMemberRow(connection, memberId);
  if (!member) return undefined;
  const events = listStatusEvents(connection, memberId);
  const receipts = memberReceiptSummaries(connection, memberId);
  const memo = historyMonths(connection, member.id).map((month) => ({
    period: month.period,
    receiptId: null,
    receivedOn: month.paidOn,
    voidedOn: null,
  }));
  return { member, events, receipts, history: historyOf(member, events, [...memberPaidMonths(connection, member.id, receipts), ...memo]) };
}

/**
 * Dues facts for planning thousands of members at once (a collection day) without reading their payments.
 * Most members' paid months are one unbroken run from their dues start: that is proved when the paid-month
 * counter equals the months owed up to the latest month paid (both kept on the member record, memo history's
 * months from the dues start on counted in them too). Only a member with gaps has every paid month read.
 */
export function quickMemberFacts<Dues extends MemberDues>(
  connection: Connection,
  member: Dues,
  events: StatusEvent[],
  fund: FundDues,
): { member: Dues; events: StatusEvent[]; facts: DuesFacts } {
  const base = baseFacts(member, events, fund);
  const latest = member.paidMonths > 0 ? member.lastPaidPeriod : null;
  if (latest === null) return { member, events, facts: base };
  if (owedCount(base, latest) === member.paidMonths) return { member, events, facts: { ...base, paidThroughAll: latest } };
  return { member, events, facts: { ...base, paidPeriods: allPaidPeriods(connection, member.id, paidPeriods(connection, member.id)) } };
}
