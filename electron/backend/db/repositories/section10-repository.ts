import { sql } from 'kysely';
import { defineSqlStatement, param, type Connection } from '../execute';

/*
 * Each account's balance (debit minus credit) at the end of a day, for the §10 report: the monthly totals through
 * the day's month, less what is posted later in that month. Nothing is posted after today, so for today (the
 * usual as-of date) the second part reads no journal line at all; for an earlier date it reads one month's tail
 * at most, once, through the entries' date index (not once per account: a month of a large fund is ~40,000 lines).
 */
const selectMonthBalances = defineSqlStatement<{ period: string }, { code: string; section10_line: string; balance: number }>(
  () => sql`
    SELECT a.code, a.section10_line,
           COALESCE((SELECT SUM(t.debit_satang - t.credit_satang) FROM account_month_totals AS t
                      WHERE t.account_code = a.code AND t.period <= ${param('period')}), 0) AS balance
      FROM accounts AS a
     ORDER BY a.sort_order`,
);

const selectMonthTail = defineSqlStatement<{ as_of: string; month_end: string }, { code: string; amount: number }>(
  () => sql`
    SELECT l.account_code AS code, SUM(l.debit_satang - l.credit_satang) AS amount
      FROM journal_entries AS e JOIN journal_lines AS l ON l.entry_id = e.id
     WHERE e.entry_date > ${param('as_of')} AND e.entry_date <= ${param('month_end')}
     GROUP BY l.account_code`,
);

export type Section10Balance = { code: string; section10Line: string; balanceSatang: number };

/** Every account of the chart with its §10 line and its balance at the end of `asOf`. */
export function balancesOn(connection: Connection, asOf: string): Section10Balance[] {
  const period = asOf.slice(0, 7);
  const later = new Map(selectMonthTail.all(connection, { as_of: asOf, month_end: `${period}-31` }).map((row) => [row.code, row.amount]));
  return selectMonthBalances.all(connection, { period }).map((row) => ({
    code: row.code,
    section10Line: row.section10_line,
    balanceSatang: row.balance - (later.get(row.code) ?? 0),
  }));
}
