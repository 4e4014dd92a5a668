import type { MonthlySheet } from '../../../shared/api/other-money-types';
import { lastDayOfPeriod, previousDay } from '../../../shared/domain/calendar-date';
import { failure, success, type Result } from '../../../shared/domain/result';
import { monthTotals } from '../db/repositories/balance-repository';
import { readFund } from '../db/repositories/fund-repository';
import { balancesOn } from '../db/repositories/section10-repository';
import type { UseCaseContext } from '../use-cases/use-case-context';
import { adminCostOf } from './admin-cost';
import { moneyAccounts } from './money-accounts';
import { receiptsPaymentsFrom } from './receipts-payments';
import { section10Amounts } from './section10';

/**
 * The committee's monthly income-and-expense sheet (issue 16 §5): what came in and went out in a month on §10's
 * lines, and each money account's balance at the start and end of the month with its takings and payments, all
 * from the monthly totals; the month's administration costs against the fiscal year's limit (Decision 14).
 * The current month runs to today; a month after today is refused.
 */
export function monthlySheetOf(context: UseCaseContext, period: string): Result<MonthlySheet> {
  const { connection, clock } = context;
  const today = clock.today();
  const from = `${period}-01`;
  if (from > today) return failure('date-in-future', 'period');
  const monthEnd = lastDayOfPeriod(period);
  const to = monthEnd < today ? monthEnd : today;
  const start = balancesOn(connection, previousDay(from));
  const end = balancesOn(connection, to);
  const statement = receiptsPaymentsFrom(from, to, section10Amounts(start), section10Amounts(end));
  const receipts = [
    ...statement.receipts.lines,
    ...statement.income.lines,
    ...(statement.openingSatang === 0 ? [] : [{ key: 'opening', amountSatang: statement.openingSatang }]),
  ];
  const payments = [...statement.payments.lines, ...statement.expenses.lines];
  const startByCode = new Map(start.map((row) => [row.code, row.balanceSatang]));
  const endByCode = new Map(end.map((row) => [row.code, row.balanceSatang]));
  const moved = monthTotals(connection, period);
  const accounts = moneyAccounts(connection).map((account) => ({
    accountCode: account.accountCode,
    nameTh: account.nameTh,
    nameEn: account.nameEn,
    openingSatang: startByCode.get(account.accountCode) ?? 0,
    inSatang: moved.get(account.accountCode)?.debitSatang ?? 0,
    outSatang: moved.get(account.accountCode)?.creditSatang ?? 0,
    closingSatang: endByCode.get(account.accountCode) ?? 0,
  }));
  return success({
    period,
    from,
    to,
    receipts,
    receiptsTotalSatang: statement.receiptsTotalSatang,
    payments,
    paymentsTotalSatang: statement.paymentsTotalSatang,
    accounts,
    openingTotalSatang: accounts.reduce((sum, account) => sum + account.openingSatang, 0),
    closingTotalSatang: accounts.reduce((sum, account) => sum + account.closingSatang, 0),
    adminCost: adminCostOf(connection, readFund(connection), to, 0, today),
  });
}
