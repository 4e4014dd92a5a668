import { defineStatement, param, type Connection } from '../execute';
import type { BackupCopyTable, BackupLogTable, CopyOriginTable } from '../schema';
import type { FundFigures } from '../verify-backup';

/**
 * The live file's figures at the moment of a backup, to compare with the copy's: the same questions the
 * verifying worker asks of the copy (db/verify-worker.mjs), asked only of the tables the file has, because a
 * backup made before a migration reads a file at an older schema. Writes wait while the backup job runs (A4), so
 * the two describe the same moment.
 */
export function liveFigures(connection: Connection): FundFigures {
  const tables = new Set(connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  const one = (table: string, sql: string): unknown => (tables.has(table) ? connection.prepare(sql).pluck().get() : undefined);
  return {
    members: Number(one('members', 'SELECT COUNT(*) FROM members') ?? 0),
    receipts: Number(one('receipts', 'SELECT COUNT(*) FROM receipts') ?? 0),
    auditRows: Number(one('audit_events', 'SELECT COUNT(*) FROM audit_events') ?? 0),
    lastJournalEntryId: Number(one('journal_entries', 'SELECT COALESCE(MAX(id), 0) FROM journal_entries') ?? 0),
    cashBalanceSatang: Number(
      one(
        'account_month_totals',
        "SELECT COALESCE(SUM(debit_satang - credit_satang), 0) FROM account_month_totals WHERE account_code = '3100'",
      ) ?? 0,
    ),
    lastReceiptNo: (one('receipts', 'SELECT receipt_no FROM receipts ORDER BY id DESC LIMIT 1') as string | undefined) ?? null,
    fundName: (one('fund', 'SELECT name FROM fund WHERE id = 1') as string | undefined) ?? '',
  };
}

/** What a backup needs to know of the fund whatever its schema: where its backups go, and how its years run. */
export type FundIdentity = { uuid: string; name: string; fiscalYearStartMonth: number };

/**
 * Read with plain SQL over the columns the first schema already had, so a backup before a migration can read a
 * file at any older version; undefined for a file without a fund row (a half-made fund).
 */
export function readFundIdentity(connection: Connection): FundIdentity | undefined {
  const row = connection.prepare('SELECT uuid, name, fiscal_year_start_month AS start FROM fund WHERE id = 1').get() as
    { uuid: string; name: string; start: number } | undefined;
  return row && { uuid: row.uuid, name: row.name, fiscalYearStartMonth: row.start };
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
  /** The failure's message parameters, kept so the banner can say why in full. */
  problemParams: Record<string, string | number> | null;
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
    problem_params: param('problem_params'),
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
      problem_params: attempt.problemParams && JSON.stringify(attempt.problemParams),
      call_id: attempt.callId,
    }).lastInsertRowid,
  );
}

const selectRecentAttempts = defineStatement<
  { limit: number },
  Pick<BackupLogTable, 'made_at' | 'kind' | 'outcome' | 'file_name' | 'problem' | 'problem_params'>
>((db) =>
  db
    .selectFrom('backup_log')
    .select(['made_at', 'kind', 'outcome', 'file_name', 'problem', 'problem_params'])
    .orderBy('id', 'desc')
    .limit(param('limit')),
);

export type LoggedAttempt = {
  madeAt: string;
  kind: string;
  outcome: string;
  fileName: string | null;
  problem: string | null;
  problemParams: Record<string, string | number> | null;
};

function parsedParams(text: string | null): Record<string, string | number> | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as Record<string, string | number>;
  } catch {
    return null;
  }
}

/** The latest attempts, newest first: enough to find the last good backup and the failures since. */
export function recentBackupAttempts(connection: Connection, limit: number): LoggedAttempt[] {
  return selectRecentAttempts.all(connection, { limit }).map((row) => ({
    madeAt: row.made_at,
    kind: row.kind,
    outcome: row.outcome,
    fileName: row.file_name,
    problem: row.problem,
    problemParams: parsedParams(row.problem_params),
  }));
}

const selectLastVerified = defineStatement<Record<string, never>, Pick<BackupLogTable, 'made_at' | 'kind' | 'file_name'>>((db) =>
  db.selectFrom('backup_log').select(['made_at', 'kind', 'file_name']).where('outcome', '=', 'verified').orderBy('id', 'desc').limit(1),
);

export function lastVerifiedBackup(connection: Connection): { madeAt: string; kind: string; fileName: string } | undefined {
  const row = selectLastVerified.get(connection, {});
  return row && { madeAt: row.made_at, kind: row.kind, fileName: row.file_name ?? '' };
}

const selectFirstVerified = defineStatement<Record<string, never>, Pick<BackupLogTable, 'made_at'>>((db) =>
  db.selectFrom('backup_log').select('made_at').where('outcome', '=', 'verified').orderBy('id', 'asc').limit(1),
);

/** When the fund's first good backup was made: the copy reminder counts from it until a first copy exists. */
export function firstVerifiedBackupAt(connection: Connection): string | undefined {
  return selectFirstVerified.get(connection, {})?.made_at;
}

/** A copy of the fund's backups kept off the laptop: on a second device, or downloaded in web mode. */
export type BackupCopyRecord = {
  uuid: string;
  copiedAt: string;
  kind: 'device' | 'download';
  destination: string;
  files: number;
  newestFile: string;
  newestMadeAt: string;
  callId: string;
};

const insertCopy = defineStatement<Omit<BackupCopyTable, 'id'>>((db) =>
  db.insertInto('backup_copies').values({
    uuid: param('uuid'),
    copied_at: param('copied_at'),
    kind: param('kind'),
    destination: param('destination'),
    files: param('files'),
    newest_file: param('newest_file'),
    newest_made_at: param('newest_made_at'),
    call_id: param('call_id'),
  }),
);

export function recordBackupCopy(connection: Connection, copy: BackupCopyRecord): number {
  return Number(
    insertCopy.run(connection, {
      uuid: copy.uuid,
      copied_at: copy.copiedAt,
      kind: copy.kind,
      destination: copy.destination,
      files: copy.files,
      newest_file: copy.newestFile,
      newest_made_at: copy.newestMadeAt,
      call_id: copy.callId,
    }).lastInsertRowid,
  );
}

const selectLastCopy = defineStatement<Record<string, never>, Omit<BackupCopyTable, 'id' | 'call_id'>>((db) =>
  db
    .selectFrom('backup_copies')
    .select(['uuid', 'copied_at', 'kind', 'destination', 'files', 'newest_file', 'newest_made_at'])
    .orderBy('id', 'desc')
    .limit(1),
);

export function lastBackupCopy(connection: Connection): Omit<BackupCopyRecord, 'callId'> | undefined {
  const row = selectLastCopy.get(connection, {});
  return (
    row && {
      uuid: row.uuid,
      copiedAt: row.copied_at,
      kind: row.kind === 'download' ? 'download' : 'device',
      destination: row.destination,
      files: row.files,
      newestFile: row.newest_file,
      newestMadeAt: row.newest_made_at,
    }
  );
}

/** How a file "Save a copy" made came to be (migration 0013): written into the new copy, replacing its source's. */
export type CopyOrigin = { uuid: string; madeAt: string; intent: 'same-fund' | 'separate'; sourceFundUuid: string; sourceFile: string };

const replaceOrigin = defineStatement<CopyOriginTable>((db) =>
  db.replaceInto('copy_origin').values({
    id: param('id'),
    uuid: param('uuid'),
    made_at: param('made_at'),
    intent: param('intent'),
    source_fund_uuid: param('source_fund_uuid'),
    source_file: param('source_file'),
  }),
);

export function writeCopyOrigin(connection: Connection, origin: CopyOrigin): void {
  replaceOrigin.run(connection, {
    id: 1,
    uuid: origin.uuid,
    made_at: origin.madeAt,
    intent: origin.intent,
    source_fund_uuid: origin.sourceFundUuid,
    source_file: origin.sourceFile,
  });
}

const selectOrigin = defineStatement<Record<string, never>, Omit<CopyOriginTable, 'id'>>((db) =>
  db.selectFrom('copy_origin').select(['uuid', 'made_at', 'intent', 'source_fund_uuid', 'source_file']).where('id', '=', 1),
);

export function readCopyOrigin(connection: Connection): CopyOrigin | undefined {
  const row = selectOrigin.get(connection, {});
  return (
    row && {
      uuid: row.uuid,
      madeAt: row.made_at,
      intent: row.intent === 'separate' ? 'separate' : 'same-fund',
      sourceFundUuid: row.source_fund_uuid,
      sourceFile: row.source_file,
    }
  );
}
