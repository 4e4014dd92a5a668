import type { AccessLogRow, PersonalData } from '../../../shared/api/privacy-types';
import type { AccessScreen } from '../../../shared/domain/privacy/consent';
import { failure, success, type Result } from '../../../shared/domain/result';
import { listAccessLog } from '../db/repositories/privacy-repository';
import { logAccess } from '../steps/access-log';
import { memberDetail } from '../steps/member-records';
import { personalDataOf } from '../steps/member-data';
import type { UseCaseContext } from './use-case-context';

/**
 * A member's full personal data for the screen that asks (issue 20 §3, reliability §(e) "IDs masked; a reveal is
 * logged"). A write, not a read: the look itself is recorded, who, when and where, in the member's access log
 * and the chained audit trail, in the same transaction as the answer, so no look goes unlogged. Reads run while
 * a job holds the writer; this waits for the job like any write, which a person clicking "show" can bear.
 */
export function revealPersonal(
  context: UseCaseContext,
  input: { memberId: number; screen: Exclude<AccessScreen, 'export'> },
): Result<PersonalData> {
  const member = memberDetail(context.connection, input.memberId);
  if (!member) return failure('member-not-found', 'memberId');
  // Nothing is left to show of a member whose personal fields were cleared after the retention period.
  if (member.personalClearedOn !== null)
    return failure('member-personal-cleared', 'memberId', { memberNo: member.memberNo, clearedOn: member.personalClearedOn });
  logAccess(context, input.memberId, input.screen);
  return success(personalDataOf(member));
}

/** Who looked at a member's full personal data, newest first: what she may ask to see. */
export function memberAccessLog(context: UseCaseContext, input: { memberId: number }): Result<AccessLogRow[]> {
  if (!memberDetail(context.connection, input.memberId)) return failure('member-not-found', 'memberId');
  return success(listAccessLog(context.connection, input.memberId));
}
