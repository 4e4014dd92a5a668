import { sql } from 'kysely';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';

/** Vouchers written by expenses.record carry this source type: what the expense list reads. */
export const expenseSourceType = 'expenses.record';

const countExpenses = defineStatement<{ source_type: string }, { total: number }>((db) =>
  db
    .selectFrom('payment_vouchers')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('source_type', '=', param('source_type')),
);

const pageExpenses = defineStatement<{ source_type: string; limit: number; offset: number }, { id: number }>((db) =>
  db
    .selectFrom('payment_vouchers')
    .select('id')
    .where('source_type', '=', param('source_type'))
    .orderBy('paid_on', 'desc')
    .orderBy('id', 'desc')
    .limit(param('limit'))
    .offset(param('offset')),
);

/** A page of expense vouchers, newest first (their voucher rows are read apart). */
export function listExpenseVoucherIds(connection: Connection, offset: number, limit: number): { total: number; ids: number[] } {
  return {
    total: countExpenses.get(connection, { source_type: expenseSourceType })?.total ?? 0,
    ids: pageExpenses.all(connection, { source_type: expenseSourceType, limit, offset }).map((row) => row.id),
  };
}

const selectOpeningMovements = defineSqlStatement<{ from: string; to: string }, { section10_line: string; net: number }>(
  () => sql`
    SELECT a.section10_line, SUM(l.debit_satang - l.credit_satang) AS net
      FROM journal_entries AS e
      JOIN journal_lines AS l ON l.entry_id = e.id
      JOIN accounts AS a ON a.code = l.account_code
     WHERE e.entry_date >= ${param('from')} AND e.entry_date <= ${param('to')} AND e.source_type = 'opening'
     GROUP BY a.section10_line`,
);

/**
 * What opening-balance entries (and their corrections) posted between two days, debit minus credit per §10 line:
 * Decision 14 leaves them out of the administration-cost check. Only the entries of those days are read, through
 * the entries' date index; a fund posts its opening once, so this is a handful of rows.
 */
export function openingMovements(connection: Connection, from: string, to: string): Map<string, number> {
  return new Map(selectOpeningMovements.all(connection, { from, to }).map((row) => [row.section10_line, row.net]));
}
