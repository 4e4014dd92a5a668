import type { MemberDetail } from '../../../shared/api/fund-types';
import { failure, type Result } from '../../../shared/domain/result';
import { isMemberDeath } from '../../../shared/domain/welfare/settle-payout';
import { findMemberRow, listStatusEvents, voidStatusEvent } from '../db/repositories/member-repository';
import { memberClaimsOnDate } from '../db/repositories/claim-repository';
import { memberResult, refreshDues } from '../steps/member-records';
import { voidedMember } from '../steps/member-voided';
import { actorName, type UseCaseContext } from './use-case-context';

/**
 * A status event recorded in error — a death keyed for the wrong member, a lapse entered twice — is voided with
 * a reason, never deleted (Decision 6: status events are dated facts; the row and the audit keep the history).
 * Only the member's latest event, so the spells stay a clean story; a death that a welfare claim still relies on
 * must first have that claim rejected or its payout reversed.
 */
export function voidMemberStatus(
  context: UseCaseContext,
  input: { memberId: number; eventId: number; reason: string },
): Result<MemberDetail> {
  const { connection, clock } = context;
  const member = findMemberRow(connection, input.memberId);
  if (!member) return failure('member-not-found', 'memberId');
  if (member.void) return voidedMember(member);
  const events = listStatusEvents(connection, input.memberId);
  const event = events.find((candidate) => candidate.id === input.eventId);
  if (!event) return failure('status-event-not-found', 'eventId');
  if (events[events.length - 1]?.id !== event.id) return failure('status-event-not-latest', 'eventId');
  if (event.kind === 'deceased') {
    const claim = memberClaimsOnDate(connection, input.memberId, event.effectiveOn).find(
      (candidate) => isMemberDeath(candidate.category, candidate.recipientKind) && candidate.state !== 'rejected' && !candidate.isReversed,
    );
    if (claim) return failure('status-has-death-claim', 'eventId', { claimNo: claim.claimNo ?? '' });
  }
  voidStatusEvent(connection, { id: event.id, voidedOn: clock.today(), voidReason: input.reason, voidedBy: actorName(context) });
  const dues = refreshDues(connection, input.memberId);
  if (!dues.ok) return failure(dues.error.code, 'eventId', dues.error.params);
  context.audit({ entity: 'member', entityId: input.memberId, before: event, after: { voided: true, reason: input.reason } });
  return memberResult(connection, input.memberId);
}
