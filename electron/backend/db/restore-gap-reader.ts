import { openDatabase } from './open-database';
import { existsSync } from 'node:fs';
import type { GapEntry, RestoreGap, RestoreSafety } from '../../../shared/api/restore-types';
import type { Connection } from './execute';
import type { HistoryMark } from './repositories/restore-repository';
import { openScratchCopy, readFileHeader } from './scratch-copy';

/**
 * The gap as the safety copy of a replaced file shows it. A pre-restore backup is read in place (one
 * self-contained file, opened read-only); a file kept in `damaged/` with its `-wal` is read from a scratch copy of
 * the pair, so the kept files stay exactly as they were. A safety copy that cannot be read is said so, never
 * answered as an empty gap.
 */
export function readSafetyGap(
  safety: RestoreSafety,
  mark: HistoryMark,
  scratchFolder: string,
): Pick<RestoreGap, 'state' | 'problem' | 'entries'> {
  if (safety.kind === 'none' || safety.location === null) return { state: 'none', problem: null, entries: [] };
  if (!existsSync(safety.location)) return { state: 'missing', problem: null, entries: [] };
  try {
    if (safety.kind === 'backup') {
      if (readFileHeader(safety.location)?.isWal !== false) return { state: 'unreadable', problem: 'not-a-backup', entries: [] };
      const connection = openDatabase(safety.location, { readonly: true, fileMustExist: true });
      try {
        return { state: 'listed', problem: null, entries: readGapEntries(connection, mark) };
      } finally {
        connection.close();
      }
    }
    const scratch = openScratchCopy(safety.location, scratchFolder, { wal: true });
    try {
      return { state: 'listed', problem: null, entries: readGapEntries(scratch.connection, mark) };
    } finally {
      scratch.dispose();
    }
  } catch (error) {
    return { state: 'unreadable', problem: (error as { code?: string }).code ?? 'unreadable', entries: [] };
  }
}

/** Entities that record the app's own housekeeping, not anything a treasurer enters again. */
const housekeeping = new Set(['backup', 'backup-copy', 'fund-copy', 'restore']);

type AuditRow = {
  id: number;
  at: string;
  actor: string;
  method: string;
  call_id: string | null;
  entity: string;
  entity_id: string;
  after_json: string | null;
};

type Details = Pick<GapEntry, 'documentNo' | 'name' | 'date' | 'amountSatang' | 'periods' | 'note'>;

const noDetails: Details = { documentNo: null, name: null, date: null, amountSatang: null, periods: [], note: null };

/**
 * Reads, from the safety copy of a file a restore replaced, every change recorded after the restored backup's last
 * audit row, with the details a treasurer needs to enter it again (reliability §(b) "Restore", step 6). Audit rows
 * are never deleted, so their ids continue the backup's; if the safety copy's row at the mark is not the backup's
 * own (a copy that went its own way), it falls back to the time of the backup's last entry. The safety copy may
 * be older than this app's schema: each detail is read only from tables that file has.
 */
export function readGapEntries(connection: Connection, mark: HistoryMark): GapEntry[] {
  const tables = new Set(connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  if (!tables.has('audit_events')) return [];
  const hasCallIds = (connection.prepare('PRAGMA table_info(audit_events)').all() as { name: string }[]).some(
    (column) => column.name === 'call_id',
  );
  const select = `SELECT id, at, actor, method, ${hasCallIds ? 'call_id' : 'NULL AS call_id'}, entity, entity_id, after_json FROM audit_events`;
  const atMark = mark.auditId > 0 ? (connection.prepare(`${select} WHERE id = ?`).get(mark.auditId) as AuditRow | undefined) : undefined;
  const isSameHistory = mark.auditId === 0 || (atMark !== undefined && atMark.at === mark.auditAt && atMark.call_id === mark.callId);
  const rows = (
    isSameHistory
      ? connection.prepare(`${select} WHERE id > ? ORDER BY id`).all(mark.auditId)
      : connection.prepare(`${select} WHERE at > ? ORDER BY id`).all(mark.auditAt ?? '')
  ) as AuditRow[];
  const details = detailReaders(connection, tables);
  return rows
    .filter((row) => !housekeeping.has(row.entity))
    .map((row) => ({
      auditId: row.id,
      at: row.at,
      actor: row.actor,
      method: row.method,
      callId: row.call_id,
      entity: row.entity,
      entityId: row.entity_id,
      ...(details[row.entity]?.(row) ?? noDetails),
    }));
}

function parseAfter(row: AuditRow): Record<string, unknown> {
  try {
    const parsed: unknown = row.after_json === null ? null : JSON.parse(row.after_json);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

type Reader = (row: AuditRow) => Details;

/** How each kind of record is described: from its own table in the safety copy, which holds it as it was last. */
function detailReaders(connection: Connection, tables: ReadonlySet<string>): Partial<Record<string, Reader>> {
  const one = <T>(sql: string, ...args: unknown[]): T | undefined => connection.prepare(sql).get(...args) as T | undefined;
  const memberName = "m.title || m.first_name || ' ' || m.last_name";
  const readers: Partial<Record<string, Reader>> = {};
  if (tables.has('receipts') && tables.has('members'))
    readers.receipt = (row) => {
      const receipt = one<{ receipt_no: string; received_on: string; total_satang: number; member_no: string; name: string }>(
        `SELECT r.receipt_no, r.received_on, r.total_satang, m.member_no, ${memberName} AS name
         FROM receipts AS r JOIN members AS m ON m.id = r.member_id WHERE r.id = ?`,
        Number(row.entity_id),
      );
      if (!receipt) return noDetails;
      const periods = connection
        .prepare('SELECT period FROM receipt_months WHERE receipt_id = ? ORDER BY period')
        .pluck()
        .all(Number(row.entity_id));
      const after = parseAfter(row);
      const isVoid = typeof after.voidedOn === 'string';
      return {
        documentNo: receipt.receipt_no,
        name: `${receipt.member_no} ${receipt.name}`,
        date: isVoid ? text(after.voidedOn) : receipt.received_on,
        amountSatang: receipt.total_satang,
        periods: periods as string[],
        note: isVoid ? text(after.reason) : null,
      };
    };
  if (tables.has('members'))
    readers.member = (row) => {
      const member = one<{ member_no: string; name: string; approved_on: string }>(
        `SELECT m.member_no, ${memberName} AS name, m.approved_on FROM members AS m WHERE m.id = ?`,
        Number(row.entity_id),
      );
      if (!member) return noDetails;
      const after = parseAfter(row);
      return {
        ...noDetails,
        documentNo: member.member_no,
        name: member.name,
        date: text(after.effectiveOn) ?? text(after.voidedOn) ?? (row.method === 'members.register' ? member.approved_on : null),
        note: text(after.kind) ?? text(after.reason),
      };
    };
  if (tables.has('payment_vouchers'))
    readers.voucher = (row) => {
      const voucher = one<{ voucher_no: string; paid_on: string; payee_name: string; amount_satang: number; description: string }>(
        'SELECT voucher_no, paid_on, payee_name, amount_satang, description FROM payment_vouchers WHERE id = ?',
        Number(row.entity_id),
      );
      if (!voucher) return noDetails;
      const after = parseAfter(row);
      return {
        ...noDetails,
        documentNo: voucher.voucher_no,
        name: voucher.payee_name,
        date: text(after.reversedOn) ?? voucher.paid_on,
        amountSatang: voucher.amount_satang,
        note: text(after.reason) ?? voucher.description,
      };
    };
  if (tables.has('welfare_claims') && tables.has('members'))
    readers.welfare_claim = (row) => {
      const claim = one<{ claim_no: string | null; event_date: string; computed_satang: number; state: string; name: string }>(
        `SELECT c.claim_no, c.event_date, c.computed_satang, c.state, m.member_no || ' ' || ${memberName} AS name
         FROM welfare_claims AS c JOIN members AS m ON m.id = c.member_id WHERE c.id = ?`,
        Number(row.entity_id),
      );
      if (!claim) return noDetails;
      return {
        ...noDetails,
        documentNo: claim.claim_no,
        name: claim.name,
        date: claim.event_date,
        amountSatang: claim.computed_satang,
        note: text(parseAfter(row).state) ?? claim.state,
      };
    };
  if (tables.has('collection_batches'))
    readers.batch = (row) => {
      const batch = one<{ collected_on: string; collector: string; first_receipt_no: string | null; last_receipt_no: string | null }>(
        'SELECT collected_on, collector, first_receipt_no, last_receipt_no FROM collection_batches WHERE id = ?',
        Number(row.entity_id),
      );
      if (!batch) return noDetails;
      const range = batch.first_receipt_no && batch.last_receipt_no ? `${batch.first_receipt_no} – ${batch.last_receipt_no}` : null;
      return { ...noDetails, documentNo: range, name: batch.collector, date: batch.collected_on };
    };
  if (tables.has('community_activities') && tables.has('payment_vouchers'))
    readers.community_activity = (row) => {
      const activity = one<{ activity_date: string; description: string; voucher_no: string; amount_satang: number }>(
        `SELECT a.activity_date, a.description, v.voucher_no, v.amount_satang
         FROM community_activities AS a JOIN payment_vouchers AS v ON v.id = a.voucher_id WHERE a.id = ?`,
        Number(row.entity_id),
      );
      if (!activity) return noDetails;
      return {
        ...noDetails,
        documentNo: activity.voucher_no,
        date: activity.activity_date,
        amountSatang: activity.amount_satang,
        note: activity.description,
      };
    };
  if (tables.has('journal_entries'))
    readers.journal_entry = (row) => {
      const entry = one<{ entry_no: string; entry_date: string; description: string }>(
        'SELECT entry_no, entry_date, description FROM journal_entries WHERE id = ?',
        Number(row.entity_id),
      );
      return entry ? { ...noDetails, documentNo: entry.entry_no, date: entry.entry_date, note: entry.description } : noDetails;
    };
  return readers;
}
