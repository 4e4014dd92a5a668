// Verifies a backup copy of a fund file in a worker thread (reliability §(b) "Verify"): a quick or integrity check
// of a large file takes seconds, and the backend's one thread must keep answering the screen meanwhile (A4). Plain
// JavaScript over better-sqlite3 so it runs as is under Node, the tests and the desktop bundle alike. It opens the
// copy read-only and writes nothing. Its answer: { problems: string[], userVersion, figures }.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

/** @param {{ path: string, applicationId: number, appVersion: number, level: 'quick' | 'integrity', nativeBinding: string | null }} request */
function verify(request) {
  const problems = [];
  // A packaged app names the addon built for Electron (electron/backend/db/native-binding.ts); Node uses its own.
  const binding = request.nativeBinding ? { nativeBinding: request.nativeBinding } : {};
  const database = new Database(request.path, { readonly: true, fileMustExist: true, ...binding });
  try {
    const applicationId = database.pragma('application_id', { simple: true });
    if (applicationId !== request.applicationId) return { problems: ['not-a-fund-file'], userVersion: 0, figures: null };
    const userVersion = Number(database.pragma('user_version', { simple: true }));
    if (userVersion > request.appVersion) return { problems: ['fund-file-newer'], userVersion, figures: null };
    const check = request.level === 'integrity' ? 'integrity_check' : 'quick_check';
    const structure = database.pragma(check, { simple: true });
    if (structure !== 'ok') return { problems: [`${check}: ${String(structure)}`], userVersion, figures: null };
    if (database.pragma('foreign_key_check').length > 0) problems.push('foreign_key_check');
    const tables = new Set(database.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all());
    const one = (sql) => database.prepare(sql).pluck().get();
    const figures = {
      members: tables.has('members') ? one('SELECT COUNT(*) FROM members') : 0,
      receipts: tables.has('receipts') ? one('SELECT COUNT(*) FROM receipts') : 0,
      auditRows: tables.has('audit_events') ? one('SELECT COUNT(*) FROM audit_events') : 0,
      lastJournalEntryId: tables.has('journal_entries') ? (one('SELECT MAX(id) FROM journal_entries') ?? 0) : 0,
      cashBalanceSatang: tables.has('account_month_totals')
        ? (one("SELECT COALESCE(SUM(debit_satang - credit_satang), 0) FROM account_month_totals WHERE account_code = '3100'") ?? 0)
        : 0,
      lastReceiptNo: tables.has('receipts') ? (one('SELECT receipt_no FROM receipts ORDER BY id DESC LIMIT 1') ?? null) : null,
      fundName: tables.has('fund') ? (one('SELECT name FROM fund WHERE id = 1') ?? '') : '',
    };
    if (tables.has('journal_lines')) {
      const unbalanced = one('SELECT COALESCE(SUM(debit_satang), 0) - COALESCE(SUM(credit_satang), 0) FROM journal_lines');
      if (unbalanced !== 0) problems.push('trial-balance');
    }
    if (tables.has('receipts')) {
      // Receipts for other income (schema 18 on) are numbered from the same series as the members' receipts.
      const numbered = tables.has('income_receipts')
        ? "SELECT fiscal_year, sequence_no FROM receipts WHERE numbering = 'app' UNION ALL SELECT fiscal_year, sequence_no FROM income_receipts"
        : "SELECT fiscal_year, sequence_no FROM receipts WHERE numbering = 'app'";
      const gap = one(
        `SELECT 1 FROM (SELECT fiscal_year, COUNT(*) AS n, MAX(sequence_no) AS top FROM (${numbered}) GROUP BY fiscal_year) WHERE n <> top LIMIT 1`,
      );
      if (gap !== undefined) problems.push('receipt-numbers');
    }
    return { problems, userVersion, figures };
  } finally {
    database.close();
  }
}

try {
  parentPort?.postMessage({ ok: true, value: verify(workerData) });
} catch (error) {
  parentPort?.postMessage({ ok: false, problem: error instanceof Error ? error.message : String(error) });
}
