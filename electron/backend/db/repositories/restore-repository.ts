import type { RestoreSafety, RestoreSummary } from '../../../../shared/api/restore-types';
import { defineStatement, param, type Connection } from '../execute';
import type { RestoreLogTable } from '../schema';

/** Where the backup's own history ends: its last audit row. The gap is what the safety copy recorded after it. */
export type HistoryMark = { auditId: number; auditAt: string | null; callId: string | null };

const selectLastAudit = defineStatement<Record<string, never>, { id: number; at: string; call_id: string | null }>((db) =>
  db.selectFrom('audit_events').select(['id', 'at', 'call_id']).orderBy('id', 'desc').limit(1),
);

export function lastHistoryMark(connection: Connection): HistoryMark {
  const row = selectLastAudit.get(connection, {});
  return { auditId: row?.id ?? 0, auditAt: row?.at ?? null, callId: row?.call_id ?? null };
}

/** One restore as the restored file records it. */
export type RestoreRecord = RestoreSummary & { backupSha256: string; mark: HistoryMark };

const insertRestore = defineStatement<Omit<RestoreLogTable, 'id'>>((db) =>
  db.insertInto('restore_log').values({
    uuid: param('uuid'),
    restored_at: param('restored_at'),
    actor: param('actor'),
    backup_file_name: param('backup_file_name'),
    backup_sha256: param('backup_sha256'),
    backup_made_at: param('backup_made_at'),
    safety_kind: param('safety_kind'),
    safety_location: param('safety_location'),
    last_audit_id: param('last_audit_id'),
    last_audit_at: param('last_audit_at'),
    last_audit_call_id: param('last_audit_call_id'),
    call_id: param('call_id'),
  }),
);

export function insertRestoreRecord(connection: Connection, record: RestoreRecord, callId: string): number {
  return Number(
    insertRestore.run(connection, {
      uuid: record.uuid,
      restored_at: record.restoredAt,
      actor: record.actor,
      backup_file_name: record.backupFileName,
      backup_sha256: record.backupSha256,
      backup_made_at: record.backupMadeAt,
      safety_kind: record.safety.kind,
      safety_location: record.safety.location,
      last_audit_id: record.mark.auditId,
      last_audit_at: record.mark.auditAt,
      last_audit_call_id: record.mark.callId,
      call_id: callId,
    }).lastInsertRowid,
  );
}

const columns = [
  'uuid',
  'restored_at',
  'actor',
  'backup_file_name',
  'backup_sha256',
  'backup_made_at',
  'safety_kind',
  'safety_location',
  'last_audit_id',
  'last_audit_at',
  'last_audit_call_id',
] as const;

const selectLatest = defineStatement<Record<string, never>, Pick<RestoreLogTable, (typeof columns)[number]>>((db) =>
  db.selectFrom('restore_log').select(columns).orderBy('id', 'desc').limit(1),
);
const selectByUuid = defineStatement<{ uuid: string }, Pick<RestoreLogTable, (typeof columns)[number]>>((db) =>
  db.selectFrom('restore_log').select(columns).where('uuid', '=', param('uuid')),
);

function toRecord(row: Pick<RestoreLogTable, (typeof columns)[number]>): RestoreRecord {
  return {
    uuid: row.uuid,
    restoredAt: row.restored_at,
    actor: row.actor,
    backupFileName: row.backup_file_name,
    backupSha256: row.backup_sha256,
    backupMadeAt: row.backup_made_at,
    safety: { kind: row.safety_kind as RestoreSafety['kind'], location: row.safety_location },
    mark: { auditId: row.last_audit_id, auditAt: row.last_audit_at, callId: row.last_audit_call_id },
  };
}

/** The latest restore, or the one with this uuid; undefined when there is none. */
export function findRestoreRecord(connection: Connection, uuid?: string): RestoreRecord | undefined {
  const row = uuid === undefined ? selectLatest.get(connection, {}) : selectByUuid.get(connection, { uuid });
  return row && toRecord(row);
}
