import type { FundProfile, PlanRate } from '../../../shared/api/fund-types';
import type { PrintSettings } from '../../../shared/api/printing-types';
import type { MatchingCounts, MemberSummary, Section10Report, StatusFormYear, WelfareReport } from '../../../shared/api/report-types';
import { fiscalYearPeriods, lastDayOfPeriod } from '../../../shared/domain/calendar-date';
import { latestMatchingYear, matchingCutoff } from '../../../shared/domain/matching/eligibility';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import type { Connection } from '../db/execute';
import { openingAmounts } from '../db/repositories/balance-repository';
import { listPlanRates, readFund, readFundProfile } from '../db/repositories/fund-repository';
import { documentSigners } from './committee';
import { balancesOn } from '../db/repositories/section10-repository';
import { communityYearTotals, type CommunityYearLine } from '../db/repositories/status-form-figures-repository';
import { matchingCountsOf } from './matching-eligibility';
import { memberSummaryOn } from './member-summary';
import { section10From } from './section10';
import { statusFormAnswers } from './status-form-answers';
import { welfareReportOf } from './welfare-report';

/** Everything the status form prints for a fiscal year: figures read from the fund's data and the typed answers. */
export type StatusFormFigures = {
  fund: FundProfile;
  fiscalYear: number;
  /** The last day of the fiscal year, or today while the year runs. */
  asOf: string;
  signers: PrintSettings['signers'];
  members: MemberSummary;
  /** §3.2: the matching-eligibility counts at the last 30 September the year has reached; null before founding. */
  matching: { cutoff: string; counts: MatchingCounts } | null;
  /** §4.1: money on hand (cash, bank, investments) at the end of the opening day. */
  openingMoneySatang: number;
  rate: PlanRate | null;
  /** Welfare to members paid before the opening date, carried in with the paper §10 (by type unknown). */
  openingWelfareSatang: number;
  welfare: WelfareReport;
  community: CommunityYearLine[];
  section10: Section10Report;
  answers: StatusFormYear['sections'];
};

/** The money the fund holds on the day (cash, bank accounts, investments), as §10 lists it. */
export function moneyOnHandSatang(report: Section10Report): number {
  return report.assets.lines
    .filter((line) => ['assets.bank', 'assets.cash', 'assets.investments'].includes(line.key))
    .reduce((sum, line) => sum + line.amountSatang, 0);
}

/**
 * The status form's figures for a fiscal year the fund has reached (checked by the caller): members from the
 * villages register and categories, welfare by type, §10 from the monthly totals, and the year's typed answers.
 */
export function statusFormFiguresOf(connection: Connection, fiscalYear: number, today: string): StatusFormFigures {
  const fund = readFund(connection);
  const periods = fiscalYearPeriods(fiscalYear, fund.fiscalYearStartMonth);
  const yearEnd = lastDayOfPeriod(periods[periods.length - 1] ?? today.slice(0, 7));
  const asOf = yearEnd < today ? yearEnd : today;
  const matchingYear = Math.min(fiscalYear, latestMatchingYear(today));
  const founded = Number(fund.foundedOn.slice(0, 4));
  const rate =
    listPlanRates(connection)
      .filter((candidate) => candidate.effectiveFrom <= asOf)
      .sort((left, right) => left.effectiveFrom.localeCompare(right.effectiveFrom))
      .pop() ?? null;
  return {
    fund: readFundProfile(connection),
    fiscalYear,
    asOf,
    signers: documentSigners(connection, today),
    members: memberSummaryOn(connection, asOf),
    matching: matchingYear >= founded ? { cutoff: matchingCutoff(matchingYear), counts: matchingCountsOf(connection, matchingYear) } : null,
    openingMoneySatang: moneyOnHandSatang(section10From(fund.openedOn, balancesOn(connection, fund.openedOn))),
    rate,
    openingWelfareSatang: openingAmounts(connection).get(accountCodes.memberWelfare) ?? 0,
    welfare: welfareReportOf(connection, fiscalYear),
    community: communityYearTotals(connection, fiscalYear),
    section10: section10From(asOf, balancesOn(connection, asOf)),
    answers: answersWithCommittee(statusFormAnswers(connection, fiscalYear, today)),
  };
}

/**
 * The year's typed answers, with §8 read from the committee records when the fund has a term within the year:
 * the paper prints what the records say, and the typed §8 stays for years without records.
 */
function answersWithCommittee(year: StatusFormYear): StatusFormYear['sections'] {
  const records = year.committeeRecords;
  if (!records) return year.sections;
  const typed = year.sections.committee;
  return {
    ...year.sections,
    committee: {
      uuid: typed?.uuid ?? '',
      section: 'committee',
      answers: records.answers,
      version: typed?.version ?? 0,
      updatedAt: typed?.updatedAt ?? '',
    },
  };
}
