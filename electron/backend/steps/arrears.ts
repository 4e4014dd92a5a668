import { duesFactsAsOf, type FundDues } from '../../../shared/domain/contributions/arrears';
import { memberArrears, overdueHorizon, type DuesFacts } from '../../../shared/domain/contributions/periods';
import { periodIndex } from '../../../shared/domain/calendar-date';
import type { StatusEvent } from '../../../shared/api/fund-types';
import type { Connection } from '../db/execute';
import { arrearsCandidates, type ArrearsCandidate } from '../db/repositories/arrears-repository';
import { statusEventsByMember } from '../db/repositories/member-repository';
import { loadMemberHistory } from './member-facts';

/**
 * A member behind on the day: the months overdue, and the member's dues facts as of the day when they were
 * worked out in full (`facts`); `isAsNow` says the facts as the fund stands now give the same overdue months.
 */
export type MemberBehind = { months: number; facts?: DuesFacts; isAsNow: boolean };

/** The member's dues as of the day, worked out by the pure function from the member's whole history. */
export function duesFactsOnDay(connection: Connection, memberId: number, fund: FundDues, asOf: string): DuesFacts | undefined {
  const loaded = loadMemberHistory(connection, memberId);
  return loaded && duesFactsAsOf(loaded.history, fund, asOf);
}

/**
 * Whether the fast path's arithmetic holds for the member on the day: one spell, no status event dated after
 * the day, no receipt voided after it, and no paid month at or past the month the spell ended in (a receipt
 * before a death may cover that month, which is then paid but not owed). Anyone else, a few members in a
 * fund, is worked out by the pure function from the member's whole history.
 */
function isRegular(member: ArrearsCandidate, events: readonly StatusEvent[], voidedAfter: ReadonlySet<number>, asOf: string): boolean {
  if (voidedAfter.has(member.memberId)) return false;
  if (member.hasEvents && events.some((event) => event.effectiveOn > asOf || event.kind === 'reinstated')) return false;
  return member.duesEndIndex === null || member.lastPaidPeriod === null || periodIndex(member.lastPaidPeriod) < member.duesEndIndex;
}

/**
 * Every member at least `minMonths` behind as of a day (Decision 7's "as of": receipts received after the day,
 * voids made after it and status events dated after it do not count). The SQL fast path answers most members;
 * the pure function (`duesFactsAsOf`) answers the rest, and tests/electron/backend/arrears-model.test.ts
 * checks the two agree over random histories.
 */
export function membersBehind(connection: Connection, fund: FundDues, asOf: string, minMonths: number): Map<number, MemberBehind> {
  const horizon = overdueHorizon(asOf, fund.settings.dueDay);
  const { candidates, voidedAfter } = arrearsCandidates(connection, { asOf, horizon, horizonIndex: periodIndex(horizon), minMonths });
  const events = statusEventsByMember(connection);
  const behind = new Map<number, MemberBehind>();
  for (const member of candidates) {
    if (isRegular(member, events.get(member.memberId) ?? [], voidedAfter, asOf)) {
      if (member.months >= minMonths) behind.set(member.memberId, { months: member.months, isAsNow: member.lateMonths === 0 });
      continue;
    }
    const facts = duesFactsOnDay(connection, member.memberId, fund, asOf);
    const months = facts ? memberArrears(facts, asOf).count : 0;
    if (facts && months >= minMonths) behind.set(member.memberId, { months, facts, isAsNow: false });
  }
  return behind;
}
