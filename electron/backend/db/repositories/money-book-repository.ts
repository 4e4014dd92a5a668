import { sql } from 'kysely';
import type { Explanation } from '../../../../shared/api/fund-types';
import { defineSqlStatement, param, type Connection } from '../execute';

/** One line of a money account's book as read from the journal, before its description is worded. */
export type MoneyBookLine = {
  date: string;
  entryId: number;
  documentNo: string;
  /** The entry's own description, or null for a collection day's line per credited account. */
  description: Explanation | null;
  sourceType: string | null;
  sourceId: number | null;
  batchId: number | null;
  counterAccount: string | null;
  firstNo: string | null;
  lastNo: string | null;
  count: number;
  inSatang: number;
  outSatang: number;
  running: number;
};

type Row = {
  d: string;
  entry_id: number;
  document_no: string;
  description: string | null;
  source_type: string | null;
  source_id: number | null;
  batch_id: number | null;
  counter: string | null;
  first_no: string | null;
  last_no: string | null;
  n: number;
  in_s: number;
  out_s: number;
  running: number;
  total: number;
};

/*
 * The book of one money account (cash in hand or a bank account) is its journal lines (Decision 13): an entry
 * outside a collection day is one line; a posted collection day is one line per credited account
 * ("เงินสมทบ ใบเสร็จ RC2567-000101 – 000220"), its receipts one click away. Read through the journal lines'
 * account index; the running balance is a window sum, the total a window count.
 */
const book = sql`
  WITH lines AS (
    SELECT e.entry_date AS d, e.id AS entry_id, e.document_no, e.description, e.source_type, e.source_id,
           NULL AS batch_id, NULL AS counter, NULL AS first_no, NULL AS last_no, 1 AS n,
           l.debit_satang AS in_s, l.credit_satang AS out_s
      FROM journal_lines AS l
      JOIN journal_entries AS e ON e.id = l.entry_id
     WHERE l.account_code = ${param('account_code')} AND e.batch_id IS NULL
       AND e.entry_date >= ${param('from')} AND e.entry_date <= ${param('to')}
    UNION ALL
    SELECT e.entry_date, MIN(e.id), MIN(e.document_no), NULL, NULL, NULL,
           e.batch_id, c.account_code, MIN(e.document_no), MAX(e.document_no), COUNT(*),
           SUM(c.credit_satang), SUM(c.debit_satang)
      FROM journal_lines AS l
      JOIN journal_entries AS e ON e.id = l.entry_id
      JOIN journal_lines AS c ON c.entry_id = e.id AND c.account_code <> l.account_code
     WHERE l.account_code = ${param('account_code')} AND e.batch_id IS NOT NULL
       AND e.entry_date >= ${param('from')} AND e.entry_date <= ${param('to')}
     GROUP BY e.batch_id, e.entry_date, c.account_code)
  SELECT *, SUM(in_s - out_s) OVER (ORDER BY d, entry_id, counter) AS running, COUNT(*) OVER () AS total
    FROM lines
   ORDER BY d, entry_id, counter`;

const selectPage = defineSqlStatement<{ account_code: string; from: string; to: string; limit: number; offset: number }, Row>(
  () => sql`${book} LIMIT ${param('limit')} OFFSET ${param('offset')}`,
);
const countLines = defineSqlStatement<{ account_code: string; from: string; to: string }, { total: number }>(
  () => sql`SELECT COUNT(*) AS total FROM (${book})`,
);

export function moneyBookLines(
  connection: Connection,
  accountCode: string,
  range: { from: string; to: string },
  offset: number,
  limit: number,
): { total: number; lines: MoneyBookLine[] } {
  const rows = selectPage.all(connection, { account_code: accountCode, ...range, limit, offset });
  const total = rows[0]?.total ?? countLines.get(connection, { account_code: accountCode, ...range })?.total ?? 0;
  return {
    total,
    lines: rows.map((row) => ({
      date: row.d,
      entryId: row.entry_id,
      documentNo: row.document_no,
      description: row.description === null ? null : (JSON.parse(row.description) as Explanation),
      sourceType: row.source_type,
      sourceId: row.source_id,
      batchId: row.batch_id,
      counterAccount: row.counter,
      firstNo: row.first_no,
      lastNo: row.last_no,
      count: row.n,
      inSatang: row.in_s,
      outSatang: row.out_s,
      running: row.running,
    })),
  };
}
