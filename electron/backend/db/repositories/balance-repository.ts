import { sql } from 'kysely';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';

/*
 * Balances of asset accounts (cash, bank accounts, investments) by day, for Decision 13's rule that no posting
 * takes one below zero on its date or any later one. Read from the monthly totals and the daily totals the
 * posting core keeps, never from the journal: a payment dated today reads one month-sum and a row or two.
 */

const selectBefore = defineSqlStatement<{ account_code: string; day: string; month_start: string; period: string }, { balance: number }>(
  () => sql`
    SELECT COALESCE((SELECT SUM(debit_satang - credit_satang) FROM account_month_totals
                      WHERE account_code = ${param('account_code')} AND period < ${param('period')}), 0)
         + COALESCE((SELECT SUM(debit_satang - credit_satang) FROM account_day_totals
                      WHERE account_code = ${param('account_code')} AND day >= ${param('month_start')} AND day < ${param('day')}), 0)
           AS balance`,
);

/** The account's balance at the start of `day` (the end of the day before). */
export function balanceBefore(connection: Connection, accountCode: string, day: string): number {
  const period = day.slice(0, 7);
  return selectBefore.get(connection, { account_code: accountCode, day, month_start: `${period}-01`, period })?.balance ?? 0;
}

const selectDaysFrom = defineStatement<{ account_code: string; day: string }, { day: string; net: number }>((db) =>
  db
    .selectFrom('account_day_totals')
    .select((eb) => ['day', eb('debit_satang', '-', eb.ref('credit_satang')).as('net')])
    .where('account_code', '=', param('account_code'))
    .where('day', '>=', param('day'))
    .orderBy('day'),
);

/** Each day from `day` on that already has postings on the account, with its net movement. */
export function movementsFrom(connection: Connection, accountCode: string, day: string): { day: string; net: number }[] {
  return selectDaysFrom.all(connection, { account_code: accountCode, day });
}

const selectNegativeDays = defineSqlStatement<
  Record<string, never>,
  { account_code: string; name_th: string; name_en: string; day: string; balance: number }
>(
  () => sql`
    SELECT t.account_code, a.name_th, a.name_en, t.day, t.balance
      FROM (SELECT account_code, day,
                   SUM(debit_satang - credit_satang) OVER (PARTITION BY account_code ORDER BY day) AS balance
              FROM account_day_totals) AS t
      JOIN accounts AS a ON a.code = t.account_code
     WHERE t.balance < 0
     ORDER BY a.sort_order, t.day`,
);

/** Every day on which an asset account closed below zero (files from earlier versions may hold such days). */
export function negativeDays(
  connection: Connection,
): { accountCode: string; nameTh: string; nameEn: string; date: string; balanceSatang: number }[] {
  return selectNegativeDays.all(connection, {}).map((row) => ({
    accountCode: row.account_code,
    nameTh: row.name_th,
    nameEn: row.name_en,
    date: row.day,
    balanceSatang: row.balance,
  }));
}

const selectBalances = defineStatement<Record<string, never>, { account_code: string; balance: number }>((db) =>
  db
    .selectFrom('account_month_totals')
    .select((eb) => ['account_code', eb.fn.sum<number>(eb('debit_satang', '-', eb.ref('credit_satang'))).as('balance')])
    .groupBy('account_code'),
);

/** Every account's balance (debit minus credit) over all time, from the monthly totals. */
export function accountBalances(connection: Connection): Map<string, number> {
  return new Map(selectBalances.all(connection, {}).map((row) => [row.account_code, row.balance]));
}

const selectOpening = defineStatement<Record<string, never>, { account_code: string; amount: number }>((db) =>
  db
    .selectFrom('journal_entries as e')
    .innerJoin('journal_lines as l', 'l.entry_id', 'e.id')
    .select((eb) => ['l.account_code', eb.fn.sum<number>(eb('l.debit_satang', '-', eb.ref('l.credit_satang'))).as('amount')])
    .where('e.source_type', '=', 'opening')
    .where('l.account_code', '<>', '6000')
    .groupBy('l.account_code'),
);

/** What the opening entries (the first, and any corrections) put into each account. */
export function openingAmounts(connection: Connection): Map<string, number> {
  return new Map(selectOpening.all(connection, {}).map((row) => [row.account_code, row.amount]));
}

const selectMonthTotals = defineStatement<{ period: string }, { account_code: string; debit_satang: number; credit_satang: number }>((db) =>
  db.selectFrom('account_month_totals').select(['account_code', 'debit_satang', 'credit_satang']).where('period', '=', param('period')),
);

/** What each account took in (debits) and paid out (credits) in one month, from the monthly totals. */
export function monthTotals(connection: Connection, period: string): Map<string, { debitSatang: number; creditSatang: number }> {
  return new Map(
    selectMonthTotals
      .all(connection, { period })
      .map((row) => [row.account_code, { debitSatang: row.debit_satang, creditSatang: row.credit_satang }]),
  );
}
