import type BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';

/** Row counts of every table: "nothing written" means these are unchanged. */
export function tableCounts(db: BetterSqlite3.Database): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

/**
 * The books' invariants after any operation: every entry balances, the monthly totals equal the journal,
 * each receipt has its entry and an audit row, receipt numbers (members' and other income's, one series) are
 * gapless per fiscal year, and the
 * daily totals of asset accounts equal the journal.
 */
export function expectBooksConsistent(db: BetterSqlite3.Database): void {
  const unbalanced = db
    .prepare('SELECT entry_id FROM journal_lines GROUP BY entry_id HAVING SUM(debit_satang) <> SUM(credit_satang)')
    .all();
  expect(unbalanced).toEqual([]);
  const journal = db
    .prepare(
      'SELECT account_code, SUM(debit_satang) d, SUM(credit_satang) c FROM journal_lines GROUP BY account_code ORDER BY account_code',
    )
    .all();
  const totals = db
    .prepare(
      'SELECT account_code, SUM(debit_satang) d, SUM(credit_satang) c FROM account_month_totals GROUP BY account_code ORDER BY account_code',
    )
    .all();
  expect(totals).toEqual(journal);
  const receiptsWithoutAudit = db
    .prepare(
      "SELECT r.id FROM receipts r WHERE NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.entity = 'receipt' AND a.entity_id = CAST(r.id AS TEXT))",
    )
    .all();
  expect(receiptsWithoutAudit).toEqual([]);
  const receiptTotals = db
    .prepare(
      'SELECT r.id FROM receipts r JOIN journal_lines l ON l.entry_id = r.journal_entry_id GROUP BY r.id HAVING SUM(l.debit_satang) <> r.total_satang',
    )
    .all();
  expect(receiptTotals).toEqual([]);
  const gaps = db
    .prepare(
      `SELECT fiscal_year, COUNT(*) n, MAX(sequence_no) top
         FROM (SELECT fiscal_year, sequence_no FROM receipts WHERE numbering = 'app'
               UNION ALL SELECT fiscal_year, sequence_no FROM income_receipts)
        GROUP BY fiscal_year HAVING n <> top`,
    )
    .all();
  expect(gaps).toEqual([]);
  // The daily totals of asset accounts (what "never below zero" reads) equal the journal too.
  const days = db
    .prepare(
      `SELECT l.account_code, e.entry_date AS day, SUM(l.debit_satang) d, SUM(l.credit_satang) c
         FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.code = l.account_code
        WHERE a.account_group = 'assets' GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
  const dayTotals = db.prepare('SELECT account_code, day, debit_satang d, credit_satang c FROM account_day_totals ORDER BY 1, 2').all();
  expect(dayTotals).toEqual(days);
  // Each day's count of book lines (what a book's page is found by) equals the lines the book shows that day.
  const bookRows = db.prepare(`SELECT account_code, day, book_rows AS n FROM account_day_totals WHERE book_rows > 0 ORDER BY 1, 2`).all();
  const shown = db
    .prepare(
      `SELECT account_code, day, COUNT(*) AS n FROM (
         SELECT l.account_code, e.entry_date AS day FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
           JOIN accounts a ON a.code = l.account_code WHERE a.account_group = 'assets' AND e.batch_id IS NULL
         UNION ALL
         SELECT account_code, day FROM (
           SELECT DISTINCT l.account_code, e.entry_date AS day, e.batch_id, c.account_code AS counter FROM journal_lines l
             JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.code = l.account_code
             JOIN journal_lines c ON c.entry_id = e.id AND c.account_code <> l.account_code
            WHERE a.account_group = 'assets' AND e.batch_id IS NOT NULL))
       GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
  expect(bookRows).toEqual(shown);
}

/** No asset account (cash, a bank account, investments) closes any day below zero (Decision 13). */
export function expectNoNegativeDays(db: BetterSqlite3.Database): void {
  const negative = db
    .prepare(
      `SELECT account_code, day, balance FROM (
         SELECT account_code, day, SUM(debit_satang - credit_satang) OVER (PARTITION BY account_code ORDER BY day) AS balance
           FROM account_day_totals) WHERE balance < 0`,
    )
    .all();
  expect(negative).toEqual([]);
}
