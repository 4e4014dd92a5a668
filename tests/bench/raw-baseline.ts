import type BetterSqlite3 from 'better-sqlite3';
import { performance } from 'node:perf_hooks';

/**
 * The comparison of A17: the same rows a month's posting writes (receipt, its line and month, the member's copy
 * the statement reads, its journal entry and two lines, an audit row) written with plain prepared better-sqlite3
 * statements in one transaction,
 * into the same tables of the same file. Rolled back afterwards so the fund is unchanged.
 */
export function rawInsertBaseline(db: BetterSqlite3.Database, memberIds: readonly number[], period: string): number {
  const entry = db.prepare(
    "INSERT INTO journal_entries (entry_no, fiscal_year, sequence_no, entry_date, description, source_type, created_at, actor) VALUES (?, 9999, ?, ?, '{}', 'raw', 'now', 'bench')",
  );
  const entryLine = db.prepare(
    'INSERT INTO journal_lines (entry_id, line_no, account_code, debit_satang, credit_satang) VALUES (?, ?, ?, ?, ?)',
  );
  const receipt = db.prepare(
    "INSERT INTO receipts (uuid, request_id, member_id, received_on, fiscal_year, numbering, receipt_no, sequence_no, total_satang, method, collector, journal_entry_id, created_at) VALUES (?, ?, ?, ?, 9999, 'app', ?, ?, 3000, 'cash', 'bench', ?, 'now')",
  );
  const receiptLine = db.prepare(
    "INSERT INTO receipt_lines (receipt_id, line_no, kind, description, amount_satang) VALUES (?, 1, 'contribution', 'เงินสมทบ', 3000)",
  );
  const month = db.prepare('INSERT INTO receipt_months (receipt_id, member_id, period) VALUES (?, ?, ?)');
  const memberReceipt = db.prepare(
    'INSERT INTO member_receipts (member_id, received_on, receipt_id, receipt_no, total_satang, has_entry_fee) VALUES (?, ?, ?, ?, 3000, 0)',
  );
  const audit = db.prepare(
    "INSERT INTO audit_events (at, actor, method, entity, entity_id, after_json) VALUES ('now', 'bench', 'raw', 'receipt', ?, ?)",
  );
  const date = `${period}-25`;
  const start = performance.now();
  db.exec('BEGIN IMMEDIATE');
  try {
    memberIds.forEach((memberId, index) => {
      const entryId = Number(entry.run(`RAW-${period}-${index}`, index + 1, date).lastInsertRowid);
      entryLine.run(entryId, 1, '3100', 3000, 0);
      entryLine.run(entryId, 2, '1100', 0, 3000);
      const receiptId = Number(
        receipt.run(`raw-${period}-${index}`, `raw-${period}-${index}`, memberId, date, `RAW${period}-${index}`, index + 1, entryId)
          .lastInsertRowid,
      );
      receiptLine.run(receiptId);
      month.run(receiptId, memberId, period);
      memberReceipt.run(memberId, date, receiptId, `RAW${period}-${index}`);
      audit.run(String(receiptId), JSON.stringify({ receiptNo: `RAW${period}-${index}`, memberId, totalSatang: 3000, periods: [period] }));
    });
    return performance.now() - start;
  } finally {
    db.exec('ROLLBACK');
  }
}
