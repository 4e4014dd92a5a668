import type { MemberDetail } from '../../../shared/api/fund-types';
import { failure, type Result } from '../../../shared/domain/result';
import { memberPostings, voidMember } from '../db/repositories/member-repository';
import { memberDetail, memberResult, refreshDues } from '../steps/member-records';
import { voidedMember } from '../steps/member-voided';
import { actorName, type UseCaseContext } from './use-case-context';

/**
 * A member registered in error — twice, or the wrong person — is voided with a reason, never deleted (issue 14
 * §17): the row stays, shown struck through, and leaves every list and count; her citizen ID is free for the
 * correct registration. Only while nothing was posted for her: a receipt (even a voided one: its number was
 * used), a welfare claim, or a line on a collection day still being typed. Those are corrected their own way.
 */
export function voidMemberRegistration(
  context: UseCaseContext,
  input: { memberId: number; expectedVersion: number; reason: string },
): Result<MemberDetail> {
  const { connection, clock } = context;
  const current = memberDetail(connection, input.memberId);
  if (!current) return failure('member-not-found', 'memberId');
  if (current.void) return voidedMember(current);
  if (current.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  const postings = memberPostings(connection, input.memberId);
  if (postings.receipts > 0) return failure('member-has-receipts', 'memberId', { count: postings.receipts });
  if (postings.claims > 0) return failure('member-has-claims', 'memberId', { count: postings.claims });
  if (postings.draftLines > 0) return failure('member-on-collection-day', 'memberId', { count: postings.draftLines });
  const memberVoid = { voidedOn: clock.today(), reason: input.reason, voidedBy: actorName(context) };
  voidMember(connection, input.memberId, memberVoid, context.call.at);
  // Without a spell she owes nothing: the dues columns the arrears list reads are cleared with it.
  const dues = refreshDues(connection, input.memberId);
  if (!dues.ok) return dues;
  context.audit({ entity: 'member', entityId: input.memberId, before: { void: null }, after: { void: memberVoid } });
  return memberResult(connection, input.memberId);
}
