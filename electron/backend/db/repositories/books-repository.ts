import { sql } from 'kysely';
import type { Explanation } from '../../../../shared/api/fund-types';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';

/*
 * The general journal and any account's ledger read straight from the posted journal through its date index;
 * balances at a day's start or end from the monthly totals plus the lines of that month before the day, so a long
 * history costs a month's lines, never the whole journal.
 */

type EntryRow = { id: number; entry_no: string; entry_date: string; document_no: string; description: string };
type LineRow = { entry_id: number; account_code: string; debit_satang: number; credit_satang: number };

const countEntries = defineStatement<{ from: string; to: string }, { n: number }>((db) =>
  db
    .selectFrom('journal_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('entry_date', '>=', param('from'))
    .where('entry_date', '<=', param('to')),
);

const selectEntries = defineStatement<{ from: string; to: string; limit: number; offset: number }, EntryRow>((db) =>
  db
    .selectFrom('journal_entries')
    .select(['id', 'entry_no', 'entry_date', 'document_no', 'description'])
    .where('entry_date', '>=', param('from'))
    .where('entry_date', '<=', param('to'))
    .orderBy('entry_date')
    .orderBy('id')
    .limit(param('limit'))
    .offset(param('offset')),
);

const selectLinesBetween = defineStatement<{ first: number; last: number }, LineRow>((db) =>
  db
    .selectFrom('journal_lines')
    .select(['entry_id', 'account_code', 'debit_satang', 'credit_satang'])
    .where('entry_id', '>=', param('first'))
    .where('entry_id', '<=', param('last'))
    .orderBy('entry_id')
    .orderBy('line_no'),
);

export type JournalBookEntryRecord = {
  id: number;
  entryNo: string;
  entryDate: string;
  documentNo: string;
  description: Explanation;
  lines: { accountCode: string; debitSatang: number; creditSatang: number }[];
};

/** A page of the journal's entries dated in the range, with their lines, in date then posting order. */
export function journalPage(
  connection: Connection,
  range: { from: string; to: string },
  offset: number,
  limit: number,
): { total: number; entries: JournalBookEntryRecord[] } {
  const total = countEntries.get(connection, range)?.n ?? 0;
  const rows = selectEntries.all(connection, { ...range, limit, offset });
  const ids = rows.map((row) => row.id);
  const lines = new Map<number, JournalBookEntryRecord['lines']>(ids.map((id) => [id, []]));
  if (ids.length > 0)
    for (const line of selectLinesBetween.all(connection, { first: Math.min(...ids), last: Math.max(...ids) }))
      lines.get(line.entry_id)?.push({ accountCode: line.account_code, debitSatang: line.debit_satang, creditSatang: line.credit_satang });
  return {
    total,
    entries: rows.map((row) => ({
      id: row.id,
      entryNo: row.entry_no,
      entryDate: row.entry_date,
      documentNo: row.document_no,
      description: JSON.parse(row.description) as Explanation,
      lines: lines.get(row.id) ?? [],
    })),
  };
}

type LedgerRow = {
  entry_id: number;
  entry_no: string;
  entry_date: string;
  document_no: string;
  description: string;
  debit: number;
  credit: number;
  running: number;
};

const ledgerLines = sql`
  WITH l AS (
    SELECT e.id AS entry_id, e.entry_no, e.entry_date, e.document_no, e.description,
           j.line_no, j.debit_satang AS debit, j.credit_satang AS credit
      FROM journal_entries AS e INDEXED BY journal_entries_date
      JOIN journal_lines AS j ON j.entry_id = e.id
     WHERE e.entry_date >= ${param('from')} AND e.entry_date <= ${param('to')} AND j.account_code = ${param('account_code')})
  SELECT entry_id, entry_no, entry_date, document_no, description, debit, credit,
         SUM(debit - credit) OVER (ORDER BY entry_date, entry_id, line_no) AS running
    FROM l
   ORDER BY entry_date, entry_id, line_no
   LIMIT ${param('limit')} OFFSET ${param('offset')}`;

const selectLedger = defineSqlStatement<{ account_code: string; from: string; to: string; limit: number; offset: number }, LedgerRow>(
  () => ledgerLines,
);

const selectLedgerTotals = defineSqlStatement<
  { account_code: string; from: string; to: string },
  { n: number; debit: number | null; credit: number | null }
>(
  () => sql`
    SELECT COUNT(*) AS n, SUM(j.debit_satang) AS debit, SUM(j.credit_satang) AS credit
      FROM journal_entries AS e INDEXED BY journal_entries_date
      JOIN journal_lines AS j ON j.entry_id = e.id
     WHERE e.entry_date >= ${param('from')} AND e.entry_date <= ${param('to')} AND j.account_code = ${param('account_code')}`,
);

export type LedgerLineRecord = {
  entryId: number;
  entryNo: string;
  date: string;
  documentNo: string;
  description: Explanation;
  debitSatang: number;
  creditSatang: number;
  /** Debit less credit from the range's first line through this one. */
  running: number;
};

/** An account's lines dated in the range, a page at a time, each with the net movement from the range's start. */
export function ledgerLinesOf(
  connection: Connection,
  accountCode: string,
  range: { from: string; to: string },
  offset: number,
  limit: number,
): { total: number; debitSatang: number; creditSatang: number; lines: LedgerLineRecord[] } {
  const totals = selectLedgerTotals.get(connection, { account_code: accountCode, ...range });
  const rows = selectLedger.all(connection, { account_code: accountCode, ...range, limit, offset });
  return {
    total: totals?.n ?? 0,
    debitSatang: totals?.debit ?? 0,
    creditSatang: totals?.credit ?? 0,
    lines: rows.map((row) => ({
      entryId: row.entry_id,
      entryNo: row.entry_no,
      date: row.entry_date,
      documentNo: row.document_no,
      description: JSON.parse(row.description) as Explanation,
      debitSatang: row.debit,
      creditSatang: row.credit,
      running: row.running,
    })),
  };
}

const selectNetBefore = defineSqlStatement<
  { period: string; month_start: string; day: string },
  { account_code: string; debit: number; credit: number }
>(
  () => sql`
    SELECT account_code, SUM(debit) AS debit, SUM(credit) AS credit FROM (
      SELECT account_code, debit_satang AS debit, credit_satang AS credit
        FROM account_month_totals WHERE period < ${param('period')}
      UNION ALL
      SELECT j.account_code, j.debit_satang, j.credit_satang
        FROM journal_entries AS e INDEXED BY journal_entries_date
        JOIN journal_lines AS j ON j.entry_id = e.id
       WHERE e.entry_date >= ${param('month_start')} AND e.entry_date < ${param('day')})
     GROUP BY account_code
     ORDER BY account_code`,
);

/** Every account's debits and credits posted before `day` (its balances at that day's start). */
export function totalsBefore(connection: Connection, day: string): Map<string, { debitSatang: number; creditSatang: number }> {
  const period = day.slice(0, 7);
  return new Map(
    selectNetBefore
      .all(connection, { period, month_start: `${period}-01`, day })
      .map((row) => [row.account_code, { debitSatang: row.debit, creditSatang: row.credit }]),
  );
}
