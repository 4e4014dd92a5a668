import { sql } from 'kysely';
import type { MoneyAccountBalance, MonthFlow } from '../../../../shared/api/home-types';
import type { Period } from '../../../../shared/domain/calendar-date';
import { defineSqlStatement, param, type Connection } from '../execute';

/*
 * The fund's money accounts (issue 16 §2): cash in hand and each bank account of the register, each its own ledger
 * account; investments are not money on hand.
 */
const cashAccount = '3100';

/*
 * Money in and money out, from the income side of the monthly totals, never from the money accounts: credits to
 * the contribution and income accounts (groups 'receipts' and 'income') less their debits, and debits to the
 * welfare and expense accounts (groups 'welfare' and 'expenses') less their credits. A transfer between cash and
 * a bank account touches only money accounts, and opening balances only money accounts and equity, so neither
 * counts; a void or reversal is netted into the month it is dated in.
 */
const inflowGroups = sql`('receipts', 'income')`;
const outflowGroups = sql`('welfare', 'expenses')`;

const selectBalances = defineSqlStatement<{ through: Period }, { code: string; name_th: string; name_en: string; balance: number }>(
  () => sql`
    SELECT a.code, a.name_th, a.name_en, COALESCE(SUM(t.debit_satang - t.credit_satang), 0) AS balance
      FROM accounts AS a
      LEFT JOIN account_month_totals AS t ON t.account_code = a.code AND t.period <= ${param('through')}
     WHERE a.code = ${cashAccount} OR a.code IN (SELECT account_code FROM bank_accounts)
     GROUP BY a.code
     ORDER BY a.sort_order`,
);

const selectFlows = defineSqlStatement<{ from: Period; to: Period }, { period: string; inflow: number; outflow: number }>(
  () => sql`
    SELECT t.period,
           SUM(CASE WHEN a.account_group IN ${inflowGroups} THEN t.credit_satang - t.debit_satang ELSE 0 END) AS inflow,
           SUM(CASE WHEN a.account_group IN ${outflowGroups} THEN t.debit_satang - t.credit_satang ELSE 0 END) AS outflow
      FROM account_month_totals AS t
      JOIN accounts AS a ON a.code = t.account_code
     WHERE t.period BETWEEN ${param('from')} AND ${param('to')}
       AND (a.account_group IN ${inflowGroups} OR a.account_group IN ${outflowGroups})
     GROUP BY t.period`,
);

/**
 * Each money account (cash and bank) with its balance at the end of the month `through`, from the per-account
 * monthly totals: a few hundred short rows however long the fund's history. Nothing is posted after today, so
 * the current month's end is today's balance.
 */
export function moneyBalances(connection: Connection, through: Period): MoneyAccountBalance[] {
  return selectBalances.all(connection, { through }).map((row) => ({
    code: row.code,
    kind: row.code === cashAccount ? 'cash' : 'bank',
    nameTh: row.name_th,
    nameEn: row.name_en,
    balanceSatang: row.balance,
  }));
}

/** Money in and out in each of `periods` (in that order; a month with nothing posted has zeros). */
export function moneyFlows(connection: Connection, periods: readonly Period[]): MonthFlow[] {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (first === undefined || last === undefined) return [];
  const byPeriod = new Map(selectFlows.all(connection, { from: first, to: last }).map((row) => [row.period, row]));
  return periods.map((period) => ({
    period,
    inflowSatang: byPeriod.get(period)?.inflow ?? 0,
    outflowSatang: byPeriod.get(period)?.outflow ?? 0,
  }));
}
