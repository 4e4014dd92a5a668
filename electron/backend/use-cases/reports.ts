import type { MatchingEligibility, ReceiptsPaymentsReport, Section10Report, WelfareReport } from '../../../shared/api/report-types';
import { latestMatchingYear } from '../../../shared/domain/matching/eligibility';
import { success, type Result } from '../../../shared/domain/result';
import { checkFiscalYear, checkMatchingYear, fundFiscalYears } from '../steps/fiscal-years';
import { matchingEligibilityOf } from '../steps/matching-eligibility';
import { receiptsPaymentsOf } from '../steps/receipts-payments';
import { monthlySheetOf } from '../steps/monthly-sheet';
import type { MonthlySheet } from '../../../shared/api/other-money-types';
import { section10Of } from '../steps/section10';
import { welfareReportOf } from '../steps/welfare-report';
import { matchingProposalOf } from '../steps/matching-proposal';
import type { MatchingProposal } from '../../../shared/api/grant-types';
import type { UseCaseContext } from './use-case-context';

/** Welfare by type, since founding and in a fiscal year (the last full one unless another is chosen), with its register. */
export function welfareReport(context: UseCaseContext, input: { fiscalYear?: number | undefined }): Result<WelfareReport> {
  const fiscalYear = input.fiscalYear ?? Math.max(fundFiscalYears(context).first, fundFiscalYears(context).current - 1);
  const year = checkFiscalYear(context, fiscalYear, 'fiscalYear');
  if (!year.ok) return year;
  return success(welfareReportOf(context.connection, fiscalYear));
}

/** The matching-eligibility list at 30 September of a year (the latest cut-off unless another is chosen). */
export function matchingEligibility(
  context: UseCaseContext,
  input: { year?: number | undefined; offset: number; limit: number },
): Result<MatchingEligibility> {
  const year = input.year ?? latestMatchingYear(context.clock.today());
  const checked = checkMatchingYear(context, year, 'year');
  if (!checked.ok) return checked;
  return success(matchingEligibilityOf(context.connection, year, { offset: input.offset, limit: input.limit }));
}

/** The §10 financial position report, cumulative since founding as of a day (today unless another is chosen). */
export function section10Report(context: UseCaseContext, input: { asOf?: string | undefined }): Result<Section10Report> {
  return section10Of(context, input.asOf);
}

export function receiptsPaymentsReport(context: UseCaseContext, input: { from: string; to: string }): Result<ReceiptsPaymentsReport> {
  return receiptsPaymentsOf(context, input);
}

export function monthlySheetReport(context: UseCaseContext, input: { period: string }): Result<MonthlySheet> {
  return monthlySheetOf(context, input.period);
}

/** The matching-grant proposal for the round counting members at 30 September of a year (the latest cut-off unless another). */
export function matchingProposal(context: UseCaseContext, input: { year?: number | undefined }): Result<MatchingProposal> {
  const year = input.year ?? latestMatchingYear(context.clock.today());
  const checked = checkMatchingYear(context, year, 'year');
  if (!checked.ok) return checked;
  return success(matchingProposalOf(context, year));
}
