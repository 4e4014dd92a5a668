import { sql } from 'kysely';
import type { Explanation } from '../../../../shared/api/fund-types';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';

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
};

/*
 * The book of one money account (cash in hand or a bank account) is its journal lines (Decision 13): an entry
 * outside a collection day is one line; a posted collection day is one line per credited account
 * ("เงินสมทบ ใบเสร็จ RC2567-000101 – 000220"), its receipts one click away. A page finds its days from the daily
 * totals' line counts (a few thousand rows at most), then reads only those days' entries through the date index.
 */
const lines = sql`
  WITH e AS (
    SELECT id, entry_date, document_no, description, source_type, source_id, batch_id
      FROM journal_entries INDEXED BY journal_entries_date
     WHERE entry_date >= ${param('from')} AND entry_date <= ${param('to')}),
  book AS (
    SELECT e.entry_date AS d, e.id AS entry_id, e.document_no, e.description, e.source_type, e.source_id,
           NULL AS batch_id, NULL AS counter, NULL AS first_no, NULL AS last_no, 1 AS n,
           l.debit_satang AS in_s, l.credit_satang AS out_s
      FROM e JOIN journal_lines AS l ON l.entry_id = e.id
     WHERE l.account_code = ${param('account_code')} AND e.batch_id IS NULL
    UNION ALL
    SELECT e.entry_date, MIN(e.id), MIN(e.document_no), NULL, NULL, NULL,
           e.batch_id, c.account_code, MIN(e.document_no), MAX(e.document_no), COUNT(*),
           SUM(c.credit_satang), SUM(c.debit_satang)
      FROM e
      JOIN journal_lines AS l ON l.entry_id = e.id AND l.account_code = ${param('account_code')}
      JOIN journal_lines AS c ON c.entry_id = e.id AND c.account_code <> l.account_code
     WHERE e.batch_id IS NOT NULL
     GROUP BY e.batch_id, e.entry_date, c.account_code)
  SELECT *, SUM(in_s - out_s) OVER (ORDER BY d, entry_id, counter) AS running
    FROM book
   ORDER BY d, entry_id, counter`;

const selectLines = defineSqlStatement<{ account_code: string; from: string; to: string }, Row>(() => lines);

const selectDays = defineStatement<{ account_code: string; from: string; to: string }, { day: string; book_rows: number }>((db) =>
  db
    .selectFrom('account_day_totals')
    .select(['day', 'book_rows'])
    .where('account_code', '=', param('account_code'))
    .where('day', '>=', param('from'))
    .where('day', '<=', param('to'))
    .where('book_rows', '>', 0)
    .orderBy('day'),
);

/**
 * One page of the book: `running` is the movement from the start of the page's first day through each line, so
 * the caller adds the balance brought forward to that day.
 */
export function moneyBookLines(
  connection: Connection,
  accountCode: string,
  range: { from: string; to: string },
  offset: number,
  limit: number,
): { total: number; firstDay: string | null; lines: MoneyBookLine[] } {
  const days = selectDays.all(connection, { account_code: accountCode, ...range });
  const total = days.reduce((sum, day) => sum + day.book_rows, 0);
  let before = 0;
  let first: string | null = null;
  let last: string | null = null;
  let skip = 0;
  for (const day of days) {
    if (first === null && before + day.book_rows > offset) {
      first = day.day;
      skip = offset - before;
    }
    before += day.book_rows;
    if (first !== null) {
      last = day.day;
      if (before >= offset + limit) break;
    }
  }
  if (first === null || last === null) return { total, firstDay: null, lines: [] };
  const rows = selectLines.all(connection, { account_code: accountCode, from: first, to: last }).slice(skip, skip + limit);
  return {
    total,
    firstDay: first,
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
