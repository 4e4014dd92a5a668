import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import type { DocumentModel } from '../../../shared/domain/documents/document-model';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { latestMatchingYear } from '../../../shared/domain/matching/eligibility';
import { failure, success, type Result } from '../../../shared/domain/result';
import { findBatch } from '../db/repositories/batch-repository';
import { readFundProfile } from '../db/repositories/fund-repository';
import { readPrintSettings } from '../db/repositories/print-settings-repository';
import { renderExcel } from '../files/excel/render-excel';
import { renderPdf } from '../files/pdf/render-pdf';
import { arrearsDocument } from '../files/reports/arrears-document';
import { collectionDayDocument } from '../files/reports/collection-day-document';
import { matchingEligibilityDocument } from '../files/reports/matching-eligibility-document';
import { memberStatementDocument } from '../files/reports/member-statement-document';
import { welfareReportDocument } from '../files/reports/welfare-report-document';
import { documentText } from '../messages';
import { checkFiscalYear, checkMatchingYear, fundFiscalYears } from '../steps/fiscal-years';
import { matchingEligibilityOf } from '../steps/matching-eligibility';
import { memberDetail } from '../steps/member-records';
import { postedBatchReceipts } from '../steps/receipts';
import { arrearsListing, loadMemberStatement, owedFor } from '../steps/statements';
import { welfareReportOf } from '../steps/welfare-report';
import type { JobUseCaseContext } from './use-case-context';

/**
 * Renders a document to the format asked for, into the host's file store, for the transport to hand over once.
 * Every PDF goes through the one renderer and every workbook through exceljs's streaming writer (issue 13 §4).
 */
async function produce(context: JobUseCaseContext, document: DocumentModel, baseName: string, format: ExportFormat): Promise<ProducedFile> {
  context.job.progress(1, 2, 'rendering');
  await context.job.checkpoint();
  const fileName = `${baseName}.${format}`;
  const reserved = context.files.reserve();
  const rendered = format === 'pdf' ? await renderPdf(document, reserved.path) : await renderExcel(document, reserved.path);
  const stored = await context.files.keep(reserved, fileName);
  context.job.progress(2, 2, 'done');
  return { fileId: stored.id, fileName: stored.name, format, bytes: stored.bytes, pages: 'pages' in rendered ? rendered.pages : null };
}

/** File names in Thai, as the treasurer will find them in her folder: what it is, whose, and the B.E. day (sortable). */
function fileDate(iso: string): string {
  return `${toBuddhistYear(Number(iso.slice(0, 4)))}-${iso.slice(5, 10)}`;
}

/** A member's passbook-style statement as A4 PDF or Excel: months, days paid, receipt numbers, arrears. */
export async function exportMemberStatement(
  context: JobUseCaseContext,
  input: { memberId: number; asOf?: string | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const asOf = input.asOf ?? clock.today();
  const member = memberDetail(connection, input.memberId);
  if (!member) return failure('member-not-found', 'memberId');
  const statement = loadMemberStatement(connection, input.memberId, asOf);
  if (!statement.ok) return statement;
  const document = memberStatementDocument({
    fund: readFundProfile(connection),
    member,
    statement: statement.value,
    asOf,
    owedSatang: owedFor(connection, statement.value.arrearsMonths, asOf),
    signers: readPrintSettings(connection).signers,
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.statement', { memberNo: member.memberNo, date: fileDate(asOf) });
  return success(await produce(context, document, name, input.format));
}

/** The arrears list of the whole fund or one village (หมู่ที่) as A4 PDF or Excel, with baht owed and totals. */
export async function exportArrears(
  context: JobUseCaseContext,
  input: { minMonths: number; asOf?: string | undefined; moo?: number | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const asOf = input.asOf ?? clock.today();
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const listing = arrearsListing(
    connection,
    { minMonths: input.minMonths, asOf, moo: input.moo },
    { offset: 0, limit: Number.MAX_SAFE_INTEGER },
  );
  const place = input.moo === undefined ? undefined : listing.places.find((candidate) => (candidate.moo ?? 0) === input.moo);
  const document = arrearsDocument({
    fund: readFundProfile(connection),
    rows: listing.rows,
    asOf,
    minMonths: input.minMonths,
    filter: input.moo === undefined ? { moo: null } : { moo: input.moo, village: place?.village ?? '' },
    signers: readPrintSettings(connection).signers,
    printedOn: clock.today(),
  });
  const village = input.moo === undefined ? '' : documentText('documents.files.village', { moo: input.moo });
  const name = documentText('documents.files.arrears', { village, date: fileDate(asOf) });
  return success(await produce(context, document, name, input.format));
}

/** A posted collection day's sheet for the committee (issue 14 §3): its receipts, total and signatures, on A4. */
export async function exportCollectionDay(
  context: JobUseCaseContext,
  input: { batchId: number; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const receipts = postedBatchReceipts(connection, input.batchId);
  if (!receipts.ok) return receipts;
  const batch = findBatch(connection, input.batchId);
  if (!batch) return failure('batch-not-found', 'batchId');
  const document = collectionDayDocument({
    fund: readFundProfile(connection),
    collectedOn: batch.collectedOn,
    collector: batch.collector,
    receipts: receipts.value,
    signers: readPrintSettings(connection).signers,
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.collectionDay', { date: fileDate(batch.collectedOn) });
  return success(await produce(context, document, name, input.format));
}

/** The welfare summary by type and the fiscal year's register of payments (issue 16 §5), as A4 PDF or Excel. */
export async function exportWelfareReport(
  context: JobUseCaseContext,
  input: { fiscalYear?: number | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const years = fundFiscalYears(context);
  const fiscalYear = input.fiscalYear ?? Math.max(years.first, years.current - 1);
  const checked = checkFiscalYear(context, fiscalYear, 'fiscalYear');
  if (!checked.ok) return checked;
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const document = welfareReportDocument({
    fund: readFundProfile(connection),
    report: welfareReportOf(connection, fiscalYear),
    signers: readPrintSettings(connection).signers,
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.welfareReport', { year: toBuddhistYear(fiscalYear) });
  return success(await produce(context, document, name, input.format));
}

/** The matching-eligibility list with its counts (Decision 15), as the matching-grant proposal needs it. */
export async function exportMatchingEligibility(
  context: JobUseCaseContext,
  input: { year?: number | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const year = input.year ?? latestMatchingYear(clock.today());
  const checked = checkMatchingYear(context, year, 'year');
  if (!checked.ok) return checked;
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const list = matchingEligibilityOf(connection, year, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
  const document = matchingEligibilityDocument({
    fund: readFundProfile(connection),
    list,
    signers: readPrintSettings(connection).signers,
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.matching', { date: fileDate(list.cutoff) });
  return success(await produce(context, document, name, input.format));
}
