import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import type { MemberSummary } from '../../../shared/api/report-types';
import { success, type Result } from '../../../shared/domain/result';
import { readFundProfile } from '../db/repositories/fund-repository';
import { documentSigners } from '../steps/committee';
import { memberSummaryDocument } from '../files/reports/member-summary-document';
import { documentText } from '../messages';
import { memberSummaryOn } from '../steps/member-summary';
import { fileDate, produce } from '../steps/produced-files';
import type { JobUseCaseContext, UseCaseContext } from './use-case-context';

/** The member summary on screen (issue 16 §5): the same figures the printed and Excel reports show. */
export function memberSummaryReport(context: UseCaseContext, input: { asOf?: string | undefined }): Result<MemberSummary> {
  return success(memberSummaryOn(context.connection, input.asOf ?? context.clock.today()));
}

/** The member summary as an A4 PDF or an Excel workbook, through the one document path. */
export async function exportMemberSummary(
  context: JobUseCaseContext,
  input: { asOf?: string | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const asOf = input.asOf ?? clock.today();
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const document = memberSummaryDocument({
    fund: readFundProfile(connection),
    summary: memberSummaryOn(connection, asOf),
    signers: documentSigners(connection, clock.today()),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.memberSummary', { date: fileDate(asOf) });
  return success(await produce(context, document, name, input.format));
}
