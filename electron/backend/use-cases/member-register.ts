import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { readFundProfile } from '../db/repositories/fund-repository';
import { contributionsByMember, listRegisterMembers } from '../db/repositories/member-register-repository';
import { statusEventsByMember } from '../db/repositories/member-repository';
import { categoryFlagsByMember } from '../db/repositories/member-summary-repository';
import { documentSigners } from '../steps/committee';
import { findVillage } from '../db/repositories/village-repository';
import { memberRegisterDocument } from '../files/reports/member-register-document';
import { documentText, villageLabel } from '../messages';
import { fileDate, produce } from '../steps/produced-files';
import type { JobUseCaseContext } from './use-case-context';

/**
 * The member register (ทะเบียนสมาชิก) of the whole fund or one village, as A4 landscape PDF or Excel. A job:
 * 30,000 members make a large file; every figure is read in a few set-wide queries, never member by member.
 */
export async function exportMemberRegister(
  context: JobUseCaseContext,
  input: { villageId?: number | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const village = input.villageId === undefined ? undefined : findVillage(connection, input.villageId);
  if (input.villageId !== undefined && !village) return failure('village-not-found', 'villageId');
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const events = statusEventsByMember(connection);
  const flags = categoryFlagsByMember(connection);
  const contributed = contributionsByMember(connection);
  const members = listRegisterMembers(connection, input.villageId ?? null).map((member) => ({
    ...member,
    events: events.get(member.id) ?? [],
    flags: flags.get(member.id) ?? [],
    contributedSatang: contributed.get(member.id) ?? 0,
  }));
  const asOf = clock.today();
  const place = village ? villageLabel(village) : null;
  const document = memberRegisterDocument({
    fund: readFundProfile(connection),
    members,
    asOf,
    place,
    signers: documentSigners(connection, clock.today()),
    printedOn: asOf,
  });
  const name = documentText('documents.files.memberRegister', { date: fileDate(asOf) });
  return success(await produce(context, document, place === null ? name : `${name} ${place}`, input.format));
}
