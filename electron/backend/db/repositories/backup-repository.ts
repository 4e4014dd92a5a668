import { defineStatement, param, type Connection } from '../execute';
import type { BackupLogTable } from '../schema';
import type { FundFigures } from '../verify-backup';

/**
 * The live file's figures at the moment of a backup, to compare with the copy's: the same questions the
 * verifying worker asks of the copy (db/verify-worker.mjs). Writes wait while the backup job runs (A4), so the
 * two describe the same moment.
 */
export function liveFigures(connection: Connection): FundFigures {
  const one = (sql: string): unknown => connection.prepare(sql).pluck().get();
  return {
    members: Number(one('SELECT COUNT(*) FROM members')),
    receipts: Number(one('SELECT COUNT(*) FROM receipts')),
    auditRows: Number(one('SELECT COUNT(*) FROM audit_events')),
    lastJournalEntryId: Number(one('SELECT COALESCE(MAX(id), 0) FROM journal_entries')),
    cashBalanceSatang: Number(
      one("SELECT COALESCE(SUM(debit_satang - credit_satang), 0) FROM account_month_totals WHERE account_code = '3100'"),
    ),
    lastReceiptNo: (one('SELECT receipt_no FROM receipts ORDER BY id DESC LIMIT 1') as string | undefined) ?? null,
    fundName: (one('SELECT name FROM fund WHERE id = 1') as string | undefined) ?? '',
  };
}

/** One attempt at a backup, as the fund records it. */
export type BackupAttempt = {
  madeAt: string;
  kind: string;
  outcome: 'verified' | 'failed';
  fileName: string | null;
  sha256: string | null;
  bytes: number | null;
  problem: string | null;
  callId: string;
};

const insertAttempt = defineStatement<Omit<BackupLogTable, 'id'>>((db) =>
  db.insertInto('backup_log').values({
    made_at: param<string>('made_at'),
    kind: param('kind'),
    outcome: param('outcome'),
    file_name: param('file_name'),
    sha256: param('sha256'),
    bytes: param('bytes'),
    problem: param('problem'),
    call_id: param('call_id'),
  }),
);

export function recordBackupAttempt(connection: Connection, attempt: BackupAttempt): number {
  return Number(
    insertAttempt.run(connection, {
      made_at: attempt.madeAt,
      kind: attempt.kind,
      outcome: attempt.outcome,
      file_name: attempt.fileName,
      sha256: attempt.sha256,
      bytes: attempt.bytes,
      problem: attempt.problem,
      call_id: attempt.callId,
    }).lastInsertRowid,
  );
}

const selectRecentAttempts = defineStatement<
  { limit: number },
  Pick<BackupLogTable, 'made_at' | 'kind' | 'outcome' | 'file_name' | 'problem'>
>((db) =>
  db.selectFrom('backup_log').select(['made_at', 'kind', 'outcome', 'file_name', 'problem']).orderBy('id', 'desc').limit(param('limit')),
);

/** The latest attempts, newest first: enough to find the last good backup and the failures since. */
export function recentBackupAttempts(
  connection: Connection,
  limit: number,
): { madeAt: string; kind: string; outcome: string; fileName: string | null; problem: string | null }[] {
  return selectRecentAttempts
    .all(connection, { limit })
    .map((row) => ({ madeAt: row.made_at, kind: row.kind, outcome: row.outcome, fileName: row.file_name, problem: row.problem }));
}

const selectLastVerified = defineStatement<Record<string, never>, Pick<BackupLogTable, 'made_at' | 'kind' | 'file_name'>>((db) =>
  db.selectFrom('backup_log').select(['made_at', 'kind', 'file_name']).where('outcome', '=', 'verified').orderBy('id', 'desc').limit(1),
);

export function lastVerifiedBackup(connection: Connection): { madeAt: string; kind: string; fileName: string } | undefined {
  const row = selectLastVerified.get(connection, {});
  return row && { madeAt: row.made_at, kind: row.kind, fileName: row.file_name ?? '' };
}
