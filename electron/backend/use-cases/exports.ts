import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { latestMatchingYear } from '../../../shared/domain/matching/eligibility';
import { failure, success, type Result } from '../../../shared/domain/result';
import { findBatch } from '../db/repositories/batch-repository';
import { readFundProfile } from '../db/repositories/fund-repository';
import { documentSigners } from '../steps/committee';
import { arrearsDocument } from '../files/reports/arrears-document';
import { collectionDayDocument } from '../files/reports/collection-day-document';
import { matchingEligibilityDocument } from '../files/reports/matching-eligibility-document';
import { memberStatementDocument } from '../files/reports/member-statement-document';
import { receiptsPaymentsDocument } from '../files/reports/receipts-payments-document';
import { section10Document } from '../files/reports/section10-document';
import { welfareReportDocument } from '../files/reports/welfare-report-document';
import { documentText, villageLabel } from '../messages';
import { findVillage } from '../db/repositories/village-repository';
import { checkFiscalYear, checkMatchingYear, fundFiscalYears } from '../steps/fiscal-years';
import { matchingEligibilityOf } from '../steps/matching-eligibility';
import { matchingProposalOf } from '../steps/matching-proposal';
import { matchingProposalDocument } from '../files/reports/matching-proposal-document';
import { memberDetail } from '../steps/member-records';
import { fileDate, produce, producedKinds } from '../steps/produced-files';
import { postedBatchReceipts } from '../steps/receipts';
import { arrearsListing, loadMemberStatement, owedFor } from '../steps/statements';
import { receiptsPaymentsOf } from '../steps/receipts-payments';
import { auditChainFooter } from '../steps/audit-chain';
import { monthlySheetOf } from '../steps/monthly-sheet';
import { monthlySheetDocument } from '../files/reports/monthly-sheet-document';
import { section10Of } from '../steps/section10';
import { welfareReportOf } from '../steps/welfare-report';
import type { JobUseCaseContext } from './use-case-context';

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
    signers: documentSigners(connection, clock.today()),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.statement', { memberNo: member.memberNo, date: fileDate(asOf) });
  return success(await produce(context, document, name, input.format));
}

/** The arrears list of the whole fund or one village (หมู่ที่) as A4 PDF or Excel, with baht owed and totals. */
export async function exportArrears(
  context: JobUseCaseContext,
  input: { minMonths: number; asOf?: string | undefined; villageId?: number | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const asOf = input.asOf ?? clock.today();
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const listing = arrearsListing(
    connection,
    { minMonths: input.minMonths, asOf, villageId: input.villageId },
    { offset: 0, limit: Number.MAX_SAFE_INTEGER },
  );
  // The village asked for, from the register (a village nobody owes in still names the list).
  const village = input.villageId ? findVillage(connection, input.villageId) : undefined;
  const place = input.villageId === undefined ? null : village ? villageLabel(village) : documentText('documents.arrears.noVillage');
  const document = arrearsDocument({
    fund: readFundProfile(connection),
    rows: listing.rows,
    asOf,
    minMonths: input.minMonths,
    place,
    signers: documentSigners(connection, clock.today()),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.arrears', { village: place === null ? '' : ` ${place}`, date: fileDate(asOf) });
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
    signers: documentSigners(connection, clock.today()),
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
    signers: documentSigners(connection, clock.today()),
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
    signers: documentSigners(connection, clock.today()),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.matching', { date: fileDate(list.cutoff) });
  return success(await produce(context, document, name, input.format));
}

/** The §10 financial position report (status form §10) as A4 PDF or Excel, in baht and satang columns. */
export async function exportSection10(
  context: JobUseCaseContext,
  input: { asOf?: string | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const report = section10Of(context, input.asOf);
  if (!report.ok) return report;
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const document = section10Document({
    fund: readFundProfile(connection),
    report: report.value,
    signers: documentSigners(connection, clock.today()),
    chainHead: auditChainFooter(connection),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.section10', { date: fileDate(report.value.asOf) });
  return success(await produce(context, document, name, input.format, { kind: producedKinds.section10, coversOn: report.value.asOf }));
}

/** The receipts & payments statement for a period as A4 PDF or Excel, in baht and satang columns. */
export async function exportReceiptsPayments(
  context: JobUseCaseContext,
  input: { from: string; to: string; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const report = receiptsPaymentsOf(context, input);
  if (!report.ok) return report;
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const document = receiptsPaymentsDocument({
    fund: readFundProfile(connection),
    report: report.value,
    signers: documentSigners(connection, clock.today()),
    chainHead: auditChainFooter(connection),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.receiptsPayments', { from: fileDate(report.value.from), to: fileDate(report.value.to) });
  return success(await produce(context, document, name, input.format));
}

/** The committee's monthly income-and-expense sheet as A4 PDF or Excel. */
export async function exportMonthlySheet(
  context: JobUseCaseContext,
  input: { period: string; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const sheet = monthlySheetOf(context, input.period);
  if (!sheet.ok) return sheet;
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const document = monthlySheetDocument({
    fund: readFundProfile(connection),
    sheet: sheet.value,
    signers: documentSigners(connection, clock.today()),
    chainHead: auditChainFooter(connection),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.monthlySheet', { period: input.period });
  return success(await produce(context, document, name, input.format));
}

/** The matching-grant proposal (domain §(a)3) as A4 PDF or Excel, filled from the data as on screen. */
export async function exportMatchingProposal(
  context: JobUseCaseContext,
  input: { year?: number | undefined; format: ExportFormat },
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  const year = input.year ?? latestMatchingYear(clock.today());
  const checked = checkMatchingYear(context, year, 'year');
  if (!checked.ok) return checked;
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const document = matchingProposalDocument({
    fund: readFundProfile(connection),
    proposal: matchingProposalOf(context, year),
    signers: documentSigners(connection, clock.today()),
    printedOn: clock.today(),
  });
  const name = documentText('documents.files.matchingProposal', { year: toBuddhistYear(year) });
  return success(await produce(context, document, name, input.format));
}
