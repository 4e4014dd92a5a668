import type { Member } from '../../../shared/api/fund-types';
import { failure, type Result } from '../../../shared/domain/result';

/** A voided registration takes nothing more: no edit, payment, claim, status or dependent (issue 14 §17). */
export function voidedMember<T = never>(member: Pick<Member, 'memberNo' | 'void'>, field = 'memberId'): Result<T> {
  return failure('member-voided', field, { memberNo: member.memberNo, voidedOn: member.void?.voidedOn ?? '' });
}
