import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { latestMatchingYear, matchingCutoff } from '../../../shared/domain/matching/eligibility';
import { failure, success, type Result } from '../../../shared/domain/result';
import { readFund } from '../db/repositories/fund-repository';
import type { UseCaseContext } from '../use-cases/use-case-context';

/** The fiscal years a fund has lived through: from the one it was founded in to the current one. */
export function fundFiscalYears(context: UseCaseContext): { first: number; current: number } {
  const fund = readFund(context.connection);
  return {
    first: fiscalYearOf(fund.foundedOn, fund.fiscalYearStartMonth),
    current: fiscalYearOf(context.clock.today(), fund.fiscalYearStartMonth),
  };
}

/** A fiscal year the fund can report or answer for (never one before its founding, never a future one). */
export function checkFiscalYear(context: UseCaseContext, fiscalYear: number, field: string): Result<void> {
  const { first, current } = fundFiscalYears(context);
  if (fiscalYear < first || fiscalYear > current)
    return failure('fiscal-year-outside', field, { fiscalYear, firstFiscalYear: first, lastFiscalYear: current });
  return success(undefined);
}

/** A matching cut-off (30 September of `year`) the fund has reached: from its founding year to the latest one. */
export function checkMatchingYear(context: UseCaseContext, year: number, field: string): Result<void> {
  const fund = readFund(context.connection);
  const first = Number(fund.foundedOn.slice(0, 4));
  const last = latestMatchingYear(context.clock.today());
  if (year < first || year > last)
    return failure('matching-year-outside', field, {
      cutoff: matchingCutoff(year),
      first: matchingCutoff(first),
      last: matchingCutoff(last),
    });
  return success(undefined);
}
