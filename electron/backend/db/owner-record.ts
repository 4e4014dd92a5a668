import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';

/** Which kind of program holds a fund: named in the "open elsewhere" message. */
export type HolderMode = 'desktop' | 'web' | 'cli' | 'test';

/**
 * `<fund>.owner.json`, written by the one process that holds the fund open for writing (reliability.md §(b)).
 * It names the holder for the "open elsewhere" message and records which WAL this holder writes, so that a
 * leftover `-wal` can be told apart from a foreign or stale one at the next open. It is never trusted on its own:
 * the SQLite lock decides whether the fund is open, and a WAL is accepted only if SQLite's own random salts in
 * its header match the record (wal-belongs.ts).
 */
export type OwnerRecord = {
  pid: number;
  mode: HolderMode;
  user: string;
  host: string;
  since: string;
  /** The fund file as the file system names it: a restored or replaced file is another file. */
  file: { ino: string };
  fundUuid: string;
  wal: { lineage: number; checkpoint: number };
};

export function ownerRecordPath(fundPath: string): string {
  return `${fundPath}.owner.json`;
}

/** The file system's identity of the fund file (bigint: NTFS file ids exceed 2^53). */
export function fileIdentity(fundPath: string): { ino: string } {
  return { ino: statSync(fundPath, { bigint: true }).ino.toString() };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 500;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}

/** The record, if there is one and it has the expected shape; anything else reads as no record at all. */
export function readOwnerRecord(fundPath: string): OwnerRecord | undefined {
  let parsed: unknown;
  try {
    const path = ownerRecordPath(fundPath);
    // A record is a few hundred bytes; anything large is not ours and is not read.
    if (statSync(path).size > 4096) return undefined;
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const file = record.file as Record<string, unknown> | undefined;
  const wal = record.wal as Record<string, unknown> | undefined;
  const modes: readonly unknown[] = ['desktop', 'web', 'cli', 'test'] satisfies HolderMode[];
  if (!isCount(record.pid) || !modes.includes(record.mode) || !isText(record.user) || !isText(record.host) || !isText(record.since))
    return undefined;
  if (!isText(record.fundUuid) || typeof file !== 'object' || file === null || !isText(file.ino)) return undefined;
  if (typeof wal !== 'object' || wal === null || !isCount(wal.lineage) || !isCount(wal.checkpoint)) return undefined;
  return {
    pid: record.pid,
    mode: record.mode as HolderMode,
    user: record.user,
    host: record.host,
    since: record.since,
    file: { ino: file.ino },
    fundUuid: record.fundUuid,
    wal: { lineage: wal.lineage, checkpoint: wal.checkpoint },
  };
}

/**
 * Written whole and flushed before it replaces the old one, so a crash leaves the old record or the new, never
 * half of one: the record must be on disk before the writes whose WAL it vouches for are confirmed.
 */
export function writeOwnerRecord(fundPath: string, record: OwnerRecord): void {
  const path = ownerRecordPath(fundPath);
  const temporary = `${path}.tmp`;
  const handle = openSync(temporary, 'w');
  try {
    writeSync(handle, JSON.stringify(record, null, 2));
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameSync(temporary, path);
}

/** Removed on a clean close, but only if it is still this process's record (another may have taken over since). */
export function removeOwnerRecord(fundPath: string, since: string): void {
  const current = readOwnerRecord(fundPath);
  if (current && current.pid === process.pid && current.since === since) rmSync(ownerRecordPath(fundPath), { force: true });
}

export function holderIdentity(): { user: string; host: string } {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No user name on this system (a container without a passwd entry): the record names none.
  }
  return { user, host: hostname() };
}
