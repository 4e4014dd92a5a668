import { openDatabase } from './open-database';
import { accessSync, constants, copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ReadOnlyReason, ReadOnlyState } from '../../../shared/api/app-contract';
import type { Connection } from './execute';
import { FundFileError } from './fund-file-error';
import { checkFundFile, pageCheckLimitBytes, type FundFacts } from './fund-checks';
import { fundApplicationId, inspectFundFile, type FundFileHeader } from './fund-header';
import { readOnlySession, writableSession, type FundFileSession } from './fund-file-session';
import { latestVersion, migrate, type Migration } from './migrate';
import {
  fileIdentity,
  holderIdentity,
  ownerRecordPath,
  readOwnerRecord,
  writeOwnerRecord,
  type HolderMode,
  type OwnerRecord,
} from './owner-record';
import { openReadOnly, privateCopyFolder, type ReadOnlyConnection } from './read-only-connection';
import { setAside } from './set-aside';
import { fundFileErrorOf } from './sqlite-errors';
import { judgeWal } from './wal-belongs';
import { readWalFile, type WalFile } from './wal-header';

export { fundApplicationId, inspectFundFile } from './fund-header';
export type { FundFileSession } from './fund-file-session';

/** What opening needs of the host. */
export type OpenOptions = {
  migrations: readonly Migration[];
  /** SWF_HOME: private copies for looks, and `damaged/` when the fund's own folder takes nothing. */
  home: string;
  holder: HolderMode;
  now: () => string;
  /** Free bytes in a folder (fs.statfs; tests pass their own to stand for a full disk). */
  freeBytes: (folder: string) => number;
  /** Runs before a migration changes an older fund file (issue 15: a verified backup before every migration). */
  beforeMigrate?: BeforeMigrate;
};

/**
 * A refusal is thrown (FundFileError): the migration does not run, the connection is closed, and nothing of the
 * fund was written.
 */
export type BeforeMigrate = (connection: Connection, fromVersion: number) => Promise<void>;

const mebibyte = 1024 * 1024;

/** reliability.md §(b): before a migration or a copy, free space of at least twice the file and 100 MB. */
export function spaceNeeded(fileBytes: number): number {
  return 2 * fileBytes + 100 * mebibyte;
}

function ensureSpace(folder: string, fileBytes: number, options: OpenOptions, offers: string): void {
  const needed = spaceNeeded(fileBytes);
  const free = options.freeBytes(folder);
  if (free < needed)
    throw new FundFileError('storage-low', { neededMiB: Math.ceil(needed / mebibyte), freeMiB: Math.floor(free / mebibyte), offers });
}

/** Who holds the fund, as its owner record says (never trusted: it only names the holder in the message). */
export function holderParams(path: string): Record<string, string | number> {
  const record = readOwnerRecord(path);
  if (!record) return {};
  return { holderMode: record.mode, holderUser: record.user, holderHost: record.host, holderSince: record.since, holderPid: record.pid };
}

/** SQLite's refusal as the reason the person is told; "open elsewhere" names the holder. */
function refusal(error: unknown, path: string): unknown {
  const known = fundFileErrorOf(error);
  if (!known) return error;
  if (known.code === 'fund-open-elsewhere') return new FundFileError(known.code, { ...known.params, ...holderParams(path) });
  return known;
}

/** Connection settings of reliability.md §(b), exclusive locking first (a regional workspace takes the same). */
export function applySettings(connection: Connection): void {
  connection.pragma('locking_mode = EXCLUSIVE');
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('trusted_schema = OFF');
  connection.pragma('cell_size_check = ON');
  connection.pragma('secure_delete = ON');
  connection.pragma('journal_size_limit = 67108864');
  // 32 MiB of page cache: a ten-year fund's member statements and reports touch many scattered pages.
  connection.pragma('cache_size = -32768');
  if (Number(connection.pragma('synchronous', { simple: true })) !== 2) {
    throw new Error('synchronous=FULL did not hold');
  }
}

function connect(path: string, mustExist: boolean): Connection {
  let connection: Connection | undefined;
  try {
    connection = openDatabase(path, { fileMustExist: mustExist, timeout: 2000 });
    applySettings(connection);
    // Take the exclusive lock now, so a second opener is told at once rather than at its first write.
    connection.exec('BEGIN EXCLUSIVE; COMMIT');
    return connection;
  } catch (error) {
    connection?.close();
    throw refusal(error, path);
  }
}

/**
 * The first write of a writer, before any other: it starts this connection's WAL, whose random salts then go
 * into the owner record, flushed, so that a crash from here on leaves a WAL the next open recognises (wal-belongs.ts).
 */
function recordWriter(path: string, connection: Connection, fundUuid: string, options: OpenOptions, firstWrite: string): OwnerRecord {
  connection.exec(firstWrite);
  const wal = readWalFile(`${path}-wal`);
  const header = wal.state === 'present' ? wal.header : undefined;
  const record: OwnerRecord = {
    pid: process.pid,
    mode: options.holder,
    ...holderIdentity(),
    since: options.now(),
    file: fileIdentity(path),
    fundUuid,
    wal: { lineage: header?.lineage ?? 0, checkpoint: header?.checkpoint ?? 0 },
  };
  try {
    writeOwnerRecord(path, record);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new FundFileError('file-read-only');
    if (code === 'ENOSPC') throw new FundFileError('storage-full');
    throw error;
  }
  return record;
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The fund is read from its own file, or from a private copy when it must not or cannot be read in place. */
type Source = { probe: ReadOnlyConnection; copyFolder: string | undefined };

function closeSource(source: Source): void {
  source.probe.close();
  if (source.copyFolder) rmSync(source.copyFolder, { recursive: true, force: true });
}

/**
 * A plain copy into a private folder, for a file in a folder that takes no side files (a write-protected USB drive,
 * a read-only share): no one can be writing there, so the copy is the file as it is. `withWal`: its own WAL comes
 * along, so the look shows its last changes.
 */
function plainPrivateCopy(path: string, home: string, withWal: boolean): Source {
  const copyFolder = privateCopyFolder(home);
  const copy = join(copyFolder, basename(path));
  try {
    copyFileSync(path, copy);
    if (withWal) copyFileSync(`${path}-wal`, `${copy}-wal`);
    return { probe: openReadOnly(copy), copyFolder };
  } catch (error) {
    rmSync(copyFolder, { recursive: true, force: true });
    throw error;
  }
}

function openSource(path: string, home: string, leaveWalOut: boolean): Source {
  if (leaveWalOut) return plainPrivateCopy(path, home, false);
  try {
    return { probe: openReadOnly(path), copyFolder: undefined };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_CANTOPEN') && !code.startsWith('SQLITE_READONLY')) throw refusal(error, path);
    return plainPrivateCopy(path, home, existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0);
  }
}

/** A live holder's files are never moved: a fund another process has open answers "open elsewhere" first. */
function ensureNotHeldElsewhere(path: string): void {
  let probe: ReadOnlyConnection | undefined;
  try {
    probe = openReadOnly(path);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw refusal(error, path);
    // Anything else (a foreign WAL of another page size, a journal it cannot roll back): no one holds it.
  } finally {
    probe?.close();
  }
}

type Strangers = { walNotOurs?: { keptAt: string }; leaveWalOut: boolean };

/**
 * Files beside the fund that SQLite would apply to it but that are not its own: a `-wal` that cannot be shown to
 * belong (wal-belongs.ts), and a rollback `-journal` (fund files are WAL files; backups are complete before they are
 * named). They are moved into `damaged/`, kept, before SQLite sees the file.
 */
async function setAsideStrangers(path: string, header: FundFileHeader, wal: WalFile, options: OpenOptions): Promise<Strangers> {
  const journal = `${path}-journal`;
  const found: Array<{ file: string; reason: 'wal' | 'journal'; why: string }> = [];
  if (existsSync(journal) && statSync(journal).size > 0) found.push({ file: journal, reason: 'journal', why: 'rollback-journal' });
  if (wal.state === 'present') {
    const verdict = judgeWal(wal.header, readOwnerRecord(path), fileIdentity(path), header.pageSize);
    if (!verdict.belongs) found.push({ file: `${path}-wal`, reason: 'wal', why: verdict.why });
  }
  if (found.length === 0) return { leaveWalOut: false };
  ensureNotHeldElsewhere(path);
  const strangers: Strangers = { leaveWalOut: false };
  for (const { file, reason, why } of found) {
    const kept = await setAside(file, path, { reason, why, at: options.now() }, options.home);
    // Where nothing can be moved, the file is read from a private copy that leaves the stranger out.
    if (!kept) strangers.leaveWalOut = true;
    if (reason === 'wal') strangers.walNotOurs = { keptAt: kept?.keptAt ?? file };
  }
  return strangers;
}

function isBackupFile(path: string): boolean {
  return path.toLowerCase().endsWith('.swfbak');
}

function readOnlyReason(path: string, facts: FundFacts, strangers: Strangers, source: Source, lookOnly: boolean, latest: number) {
  if (facts.damage) return 'file-damaged';
  if (strangers.walNotOurs) return 'wal-not-ours';
  if (isBackupFile(path)) return 'backup-file';
  if (source.copyFolder || !isWritable(path)) return 'file-read-only';
  if (lookOnly) return facts.userVersion < latest ? 'older-version' : 'requested';
  return undefined;
}

/**
 * A look at a file from an older version goes through a private copy brought up to date there: the file itself
 * is never migrated, so its owner's older app still opens it.
 */
async function migratedLook(path: string, header: FundFileHeader, source: Source, options: OpenOptions, state: ReadOnlyState) {
  let copyFolder = source.copyFolder;
  let copy = source.probe.path;
  try {
    if (!copyFolder) {
      ensureSpace(options.home, header.fileBytes, options, '');
      copyFolder = privateCopyFolder(options.home);
      copy = join(copyFolder, basename(path));
      // The backup API reads the file (and its own WAL) consistently, under SQLite's lock.
      await source.probe.connection.backup(copy);
    }
    source.probe.close();
    const connection = connect(copy, true);
    try {
      migrate(connection, options.migrations);
      connection.pragma('query_only = ON');
    } catch (error) {
      connection.close();
      throw error;
    }
    const folder = copyFolder;
    return readOnlySession(path, connection, state, () => rmSync(folder, { recursive: true, force: true }));
  } catch (error) {
    source.probe.close();
    if (copyFolder) rmSync(copyFolder, { recursive: true, force: true });
    throw refusal(error, path);
  }
}

/**
 * Opens an existing fund file (A8), never writing to a file that is not a sound fund of this app:
 *
 * 1. its header is read with a plain read (fund-header.ts): another kind of file, a newer version, a cut-short or
 *    damaged header is refused untouched;
 * 2. a `-wal` or `-journal` beside it that is not its own is set aside (kept) and the fund opens read-only;
 * 3. it is checked through a read-only connection (fund-checks.ts): a half-made fund or another program's file
 *    is refused; a file that fails the quick check is refused for work, and can be looked at;
 * 4. only then is it opened for writing, once, with the settings of reliability.md §(b), its writer recorded in
 *    the owner record, and migrated (after checking there is room for it).
 *
 * `lookOnly`: the person asked only to look. A read-only file, a backup, a file with a foreign WAL, and (when
 * asked) a damaged file open read-only: the connection cannot write, and the host refuses every write method.
 */
export async function openFundFile(path: string, options: OpenOptions & { lookOnly: boolean }): Promise<FundFileSession> {
  const latest = latestVersion(options.migrations);
  const wal = readWalFile(`${path}-wal`);
  const header = inspectFundFile(path, latest, wal.state === 'present');
  const strangers = await setAsideStrangers(path, header, wal, options);
  const source = openSource(path, options.home, strangers.leaveWalOut);
  let facts: FundFacts;
  try {
    facts = checkFundFile(source.probe.connection, header.fileBytes <= pageCheckLimitBytes, options.migrations);
  } catch (error) {
    closeSource(source);
    throw refusal(error, path);
  }
  // A replayed WAL must also show the fund its record names; if it does not, it is set aside after all.
  const record = wal.state === 'present' && !strangers.walNotOurs ? readOwnerRecord(path) : undefined;
  if (record && record.fundUuid !== '' && record.fundUuid !== facts.fundUuid && !source.copyFolder) {
    closeSource(source);
    await setAside(`${path}-wal`, path, { reason: 'wal', why: 'other-fund', at: options.now() }, options.home);
    return openFundFile(path, options);
  }
  const reason: ReadOnlyReason | undefined = readOnlyReason(path, facts, strangers, source, options.lookOnly, latest);
  if (!options.lookOnly && (reason === 'file-damaged' || reason === 'file-read-only')) {
    closeSource(source);
    throw new FundFileError(
      reason,
      reason === 'file-damaged' ? { damage: 'quick-check', findings: facts.damage ?? '', offers: 'look' } : { offers: 'look,copy' },
    );
  }
  if (reason) {
    const params: Record<string, string | number> = {
      ...(strangers.walNotOurs ? { keptAt: strangers.walNotOurs.keptAt } : {}),
      ...(facts.userVersion < latest ? { fileVersion: facts.userVersion, appVersion: latest } : {}),
      ...(facts.damage ? { findings: facts.damage } : {}),
    };
    const state: ReadOnlyState = { reason, params };
    if (facts.userVersion < latest) return migratedLook(path, header, source, options, state);
    return readOnlySession(path, source.probe.connection, state, () => closeSource(source));
  }
  try {
    if (facts.userVersion < latest) ensureSpace(dirname(path), header.fileBytes, options, 'look');
    // The backup before a migration is read through the read-only connection, before anything is written: if it
    // fails, the file is exactly as it was found.
    if (options.beforeMigrate && facts.userVersion > 0 && facts.userVersion < latest)
      await options.beforeMigrate(source.probe.connection, facts.userVersion);
  } finally {
    closeSource(source);
  }
  const connection = connect(path, true);
  try {
    const writer = recordWriter(path, connection, facts.fundUuid, options, `PRAGMA user_version = ${facts.userVersion}`);
    const { from, to } = migrate(connection, options.migrations);
    // A replayed crash WAL or a migration is folded into the file at once (A8).
    if (from !== to || wal.state === 'present') connection.pragma('wal_checkpoint(TRUNCATE)');
    return writableSession(path, connection, writer);
  } catch (error) {
    connection.close();
    throw refusal(error, path);
  }
}

/**
 * Opens for work a fund file a restore has just put in place, after the restore moved any `-wal` beside it aside.
 * It needs no backup before its migration: it is byte for byte a verified backup that stays in the backups folder,
 * so that backup already is its pre-migration copy. Synchronous, so a restore interrupted by a crash is finished
 * at the host's start before anything else runs.
 */
export function openRestoredFundFile(path: string, options: OpenOptions): FundFileSession {
  const header = inspectFundFile(path, latestVersion(options.migrations), false);
  const connection = connect(path, true);
  try {
    const fundUuid = (connection.prepare('SELECT uuid FROM fund').pluck().get() as string | undefined) ?? '';
    const writer = recordWriter(path, connection, fundUuid, options, `PRAGMA user_version = ${header.userVersion}`);
    const { from, to } = migrate(connection, options.migrations);
    if (from !== to) connection.pragma('wal_checkpoint(TRUNCATE)');
    return writableSession(path, connection, writer);
  } catch (error) {
    connection.close();
    throw refusal(error, path);
  }
}

/** Makes a new, empty fund file at the current schema; refuses to overwrite anything, and leaves nothing if it fails. */
export function createFundFile(path: string, options: OpenOptions): FundFileSession {
  if (existsSync(path)) throw new FundFileError('file-exists');
  const connection = connect(path, false);
  try {
    const writer = recordWriter(path, connection, '', options, `PRAGMA application_id = ${fundApplicationId}`);
    migrate(connection, options.migrations);
    // Fold the new header into the main file at once: the read-only check of the next open reads it there.
    connection.pragma('wal_checkpoint(TRUNCATE)');
    return writableSession(path, connection, writer);
  } catch (error) {
    connection.close();
    removeFundFile(path);
    throw refusal(error, path);
  }
}

/** A file this app just made and must not keep (its making failed): the file and everything beside it. */
export function removeFundFile(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  rmSync(ownerRecordPath(path), { force: true });
}

/**
 * "Save a copy" (Decision 1): SQLite's backup API into a new file, then the copy is switched out of WAL so it
 * is one self-contained file with no -wal or -shm beside it (reliability.md §(b) Backups, step 2).
 */
export async function copyFundFile(connection: Connection, destination: string): Promise<void> {
  if (existsSync(destination)) throw new FundFileError('file-exists');
  await connection.backup(destination);
  const copy = openDatabase(destination);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * "Open a copy" and "move to this computer" of a file this host does not have open: the same checks as opening,
 * through a read-only connection, then the backup API into `destination` (with room for it checked first).
 * Refused like an open: a damaged, half-made, foreign or newer file is not copied.
 */
export async function copyClosedFundFile(path: string, destination: string, options: OpenOptions): Promise<void> {
  const latest = latestVersion(options.migrations);
  const wal = readWalFile(`${path}-wal`);
  const header = inspectFundFile(path, latest, wal.state === 'present');
  if (wal.state === 'present' && !judgeWal(wal.header, readOwnerRecord(path), fileIdentity(path), header.pageSize).belongs)
    throw new FundFileError('file-damaged', { damage: 'wal', offers: 'look' });
  if (existsSync(destination)) throw new FundFileError('file-exists');
  ensureSpace(dirname(destination), header.fileBytes, options, '');
  const source = openSource(path, options.home, false);
  try {
    const facts = checkFundFile(source.probe.connection, true, options.migrations);
    if (facts.damage) throw new FundFileError('file-damaged', { damage: 'quick-check', findings: facts.damage, offers: 'look' });
    await copyFundFile(source.probe.connection, destination);
  } catch (error) {
    rmSync(destination, { force: true });
    throw refusal(error, path);
  } finally {
    closeSource(source);
  }
}
