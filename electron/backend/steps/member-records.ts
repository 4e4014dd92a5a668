import type { MemberDetail, StatusEvent } from '../../../shared/api/fund-types';
import { duesSummary, paidOutsideOwed } from '../../../shared/domain/contributions/dues-summary';
import { checkTransition } from '../../../shared/domain/members/check-transition';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { listDependents } from '../db/repositories/dependent-repository';
import {
  insertStatusEvent,
  listVoidedStatusEvents,
  memberOfRecord,
  updateMemberDues,
  type StatusDecision,
} from '../db/repositories/member-repository';
import type { UseCaseContext } from '../use-cases/use-case-context';
import { loadMemberFacts } from './member-facts';

/** A dated status event asked for: the member, the kind, the day, a note and the meeting in words. */
export type StatusChange = { memberId: number; kind: StatusEvent['kind']; effectiveOn: string; reason: string; meetingRef: string };

export function memberDetail(connection: Connection, memberId: number): MemberDetail | undefined {
  const loaded = loadMemberFacts(connection, memberId);
  if (!loaded) return undefined;
  return {
    ...memberOfRecord(loaded.member),
    statusEvents: loaded.events,
    voidedStatusEvents: listVoidedStatusEvents(connection, memberId),
    spells: [...loaded.facts.spells],
    dependents: listDependents(connection, memberId),
  };
}

/** A member as the API shows it, or the refusal that names the field. */
export function memberResult(connection: Connection, memberId: number): Result<MemberDetail> {
  const detail = memberDetail(connection, memberId);
  return detail ? success(detail) : failure('member-not-found', 'memberId');
}

/** Re-derives the status and dues columns after anything that moves a spell. */
export function refreshDues(connection: Connection, memberId: number): Result<void> {
  const loaded = loadMemberFacts(connection, memberId);
  if (!loaded) return failure('member-not-found', 'memberId');
  const outside = paidOutsideOwed(loaded.facts);
  if (outside) return failure('advance-paid-after-end', 'effectiveOn', { period: outside });
  updateMemberDues(connection, memberId, duesSummary(loaded.facts, loaded.events));
  return success(undefined);
}

/**
 * A dated status event (Decision 6) inside the call's transaction: the member's status form and a death
 * reported by a welfare claim both come through here, so both are checked and audited the same way.
 */
export function recordStatusEvent(
  context: UseCaseContext,
  current: MemberDetail,
  input: StatusChange,
  decision: StatusDecision = { resolutionId: null, lapseReason: null },
): Result<void> {
  const { connection, clock } = context;
  const allowed = checkTransition(current, input, clock.today());
  if (!allowed.ok) return allowed;
  const event = { kind: input.kind, effectiveOn: input.effectiveOn, reason: input.reason, meetingRef: input.meetingRef };
  insertStatusEvent(connection, input.memberId, event, context.call.at, decision);
  const dues = refreshDues(connection, input.memberId);
  if (!dues.ok) return dues;
  context.audit({ entity: 'member', entityId: input.memberId, after: { ...event, ...decision } });
  return success(undefined);
}
