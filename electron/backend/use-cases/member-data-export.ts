import type { ProducedFile } from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { readFundProfile } from '../db/repositories/fund-repository';
import { memberDataDocument } from '../files/reports/member-data-document';
import { documentText } from '../messages';
import { documentSigners } from '../steps/committee';
import { logAccess } from '../steps/access-log';
import { memberDataOf } from '../steps/member-data';
import { memberDetail } from '../steps/member-records';
import { fileDate, produce } from '../steps/produced-files';
import type { JobUseCaseContext } from './use-case-context';
import { actorNames } from '../db/repositories/people-repository';

/**
 * A member's own data on her request (PDPA s.30, s.31): an A4 page in Thai with the JSON inside the PDF. The
 * export is logged first (access log and audit, one short write through the job's unit of work), so the page
 * lists it too and no export goes out unlogged; a fund open only to look cannot log it and is refused.
 */
export async function exportMemberData(context: JobUseCaseContext, input: { memberId: number }): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const member = memberDetail(connection, input.memberId);
  if (!member) return failure('member-not-found', 'memberId');
  let logged: Result<number>;
  try {
    logged = context.commit(() => {
      logAccess(context, input.memberId, 'export');
      return success(input.memberId);
    });
  } catch {
    return failure('access-not-logged', 'memberId');
  }
  if (!logged.ok) return logged;
  const today = clock.today();
  const document = memberDataDocument({
    fund: readFundProfile(connection),
    member,
    data: memberDataOf(connection, member, context.call.at, today),
    signers: documentSigners(connection, today),
    printedOn: today,
    actorNames: actorNames(connection),
  });
  const name = documentText('documents.files.memberData', { memberNo: member.memberNo, date: fileDate(today) });
  return success(await produce(context, document, name, 'pdf'));
}
