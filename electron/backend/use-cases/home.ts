import type { HomeFigures } from '../../../shared/api/home-types';
import { fiscalYearOf, fiscalYearPeriods, periodOfDate } from '../../../shared/domain/calendar-date';
import { sumSatang } from '../../../shared/domain/money/satang';
import { success, type Result } from '../../../shared/domain/result';
import { fundDues, readFund } from '../db/repositories/fund-repository';
import { claimsWaiting, membersByStatus } from '../db/repositories/home-repository';
import { moneyBalances, moneyFlows } from '../db/repositories/money-repository';
import { listWelfareTypes, paidWelfareByType } from '../db/repositories/welfare-repository';
import { membersBehind } from '../steps/arrears';
import { unreconciledThisMonth } from '../steps/reconciliations';
import type { UseCaseContext } from './use-case-context';

/** How far behind a member is when the home screen counts her: the arrears list's own default (Decision 8). */
const arrearsMonths = 3;

/**
 * The home screen's figures (issue 16 §6), each from what the fund keeps aggregated so the whole read stays well
 * under 200 ms on a 30,000-member, ten-year fund: money from the per-account monthly totals, members from the
 * status index, arrears from each member's dues columns (the arrears list's fast path, so the two agree), welfare
 * from the paid claims of the fiscal year.
 */
export function homeFigures(context: UseCaseContext): Result<HomeFigures> {
  const { connection } = context;
  const today = context.clock.today();
  const fund = readFund(connection);
  const fiscalYear = fiscalYearOf(today, fund.fiscalYearStartMonth);
  const accounts = moneyBalances(connection, periodOfDate(today));
  const paid = paidWelfareByType(connection, fiscalYear, fiscalYear);
  const welfare = listWelfareTypes(connection).flatMap((type) => {
    const figures = paid.get(type.id);
    return figures ? [{ typeId: type.id, nameTh: type.nameTh, nameEn: type.nameEn, ...figures }] : [];
  });
  const waiting = claimsWaiting(connection);
  return success({
    asOf: today,
    fiscalYear,
    money: { accounts, totalSatang: sumSatang(accounts.map((account) => account.balanceSatang)) },
    months: moneyFlows(connection, fiscalYearPeriods(fiscalYear, fund.fiscalYearStartMonth)),
    members: membersByStatus(connection),
    welfare: { types: welfare, totalSatang: sumSatang(welfare.map((line) => line.amountSatang)) },
    arrears: { minMonths: arrearsMonths, members: membersBehind(connection, fundDues(fund), today, arrearsMonths).size },
    toDo: {
      claimsPending: waiting.pending,
      claimsApproved: waiting.approved,
      unreconciledBankAccounts: unreconciledThisMonth(connection, today, accounts),
    },
  });
}
