import type { OwnerRecord } from './owner-record';
import type { WalHeader } from './wal-header';

export type WalVerdict =
  | { belongs: true }
  | { belongs: false; why: 'unreadable' | 'page-size' | 'no-record' | 'other-file' | 'other-writer' | 'older-checkpoint' };

/**
 * Whether a leftover `-wal` is this fund file's own crash WAL, which holds committed changes and must be
 * replayed, rather than a foreign one (another fund's, beside a file of the same name) or a stale one (this
 * fund's, from an older copy), which SQLite would replay just the same and so merge into the file.
 *
 * The rule: the WAL belongs only if the owner record left by the last process that wrote this file (1) names this
 * very file (its file-system id, beside which the record lies: a copied, restored or replaced file is another file;
 * not the device number, which a USB drive changes from one plug-in to the next), (2) names the writer whose
 * WAL this is (SQLite's random salts: `lineage`, see wal-header.ts), and (3) the WAL is not from before a checkpoint
 * that writer is known to have made. Anything else — no record, a record of another file or writer, an unreadable
 * header — cannot be shown to belong, and is set aside (kept, never deleted) while the fund opens read-only.
 * A crash in the instant between a new writer's first WAL frame and its record reaching the disk leaves a WAL that
 * holds only that open's own bookkeeping write, so setting it aside then loses nothing a person saw saved.
 */
export function judgeWal(
  header: WalHeader | undefined,
  record: OwnerRecord | undefined,
  file: { ino: string },
  pageSize: number,
): WalVerdict {
  if (!header) return { belongs: false, why: 'unreadable' };
  if (header.pageSize !== pageSize) return { belongs: false, why: 'page-size' };
  if (!record) return { belongs: false, why: 'no-record' };
  if (record.file.ino !== file.ino) return { belongs: false, why: 'other-file' };
  if (record.wal.lineage !== header.lineage) return { belongs: false, why: 'other-writer' };
  if (header.checkpoint < record.wal.checkpoint) return { belongs: false, why: 'older-checkpoint' };
  return { belongs: true };
}
