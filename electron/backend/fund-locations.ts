import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { FundFileEntry, RecentFund } from '../../shared/api/app-contract';
import { failure, success, type Result } from '../../shared/domain/result';
import type { LocationMode } from './host-types';

export const fundExtension = '.swfund';
export const backupExtension = '.swfbak';

/** SWF_HOME, else `%USERPROFILE%\SWF Ledger` on Windows and `~/SWF Ledger` elsewhere (A16, reliability §(b)). */
export function defaultHome(): string {
  const fromEnvironment = process.env.SWF_HOME;
  if (fromEnvironment) return fromEnvironment;
  const base = process.platform === 'win32' ? (process.env.USERPROFILE ?? homedir()) : homedir();
  return join(base, 'SWF Ledger');
}

export function fundsFolder(home: string): string {
  return join(home, 'Funds');
}

const plainName = /^[^/\\:*?"<>|\u0000-\u001f]+\.swfund$/;

/**
 * The names Windows keeps for devices: CON, PRN, AUX, NUL, COM0–COM9 and LPT0–LPT9 (with the superscript digits ¹ ² ³
 * it also counts), and the console's CONIN$ and CONOUT$. A file named so, with any extension, is the device itself
 * on Windows: `con.swfund` would write a fund to the console, `nul.swfund` into nothing.
 */
const windowsDeviceName = /^(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9\u00b9\u00b2\u00b3])$/i;

/**
 * Whether the last part of a location names a Windows device, as Windows reads it: trailing dots and spaces
 * dropped, then the part before the first dot, its trailing spaces dropped ("Com1.swfund", "con .swfund", "nul.").
 */
export function isWindowsDeviceName(location: string): boolean {
  const name = location.split(/[\\/]/).pop() ?? '';
  const stem = (name.replace(/[. ]+$/, '').split('.')[0] ?? '').replace(/ +$/, '');
  return windowsDeviceName.test(stem);
}

/** Refuses a device name (issue 20 §4) on every platform: a fund made on Linux still travels to Windows laptops. */
function deviceNameRefusal(location: string): Result<never> | undefined {
  if (!isWindowsDeviceName(location)) return undefined;
  return failure('reserved-file-name', 'location', { location, name: location.split(/[\\/]/).pop() ?? location });
}

/** A plain `.swfund` name inside one folder: no separators, no parent references, nothing that reaches elsewhere. */
function plainNameIn(folder: string, location: string): Result<string> {
  const reserved = deviceNameRefusal(location);
  if (reserved) return reserved;
  if (!plainName.test(location) || location.startsWith('.')) return failure('bad-location', 'location', { location });
  mkdirSync(folder, { recursive: true });
  const path = resolve(folder, location);
  if (resolve(path, '..') !== resolve(folder)) return failure('bad-location', 'location', { location });
  return success(path);
}

/**
 * Maps an AppApi location to a file path. In 'folder' mode (web mode, A13) only a plain file name inside the
 * funds folder is accepted: no separators, no parent references, nothing that reaches elsewhere.
 */
export function resolveLocation(home: string, mode: LocationMode, location: string, accepts: { backups?: boolean } = {}): Result<string> {
  if (mode === 'folder') return plainNameIn(fundsFolder(home), location);
  const reserved = deviceNameRefusal(location);
  if (reserved) return reserved;
  // A backup (`.swfbak`) is opened only to be looked at (reliability.md §(b) Backups); anything else is a fund file.
  const isBackup = accepts.backups === true && location.toLowerCase().endsWith(backupExtension);
  const path = resolve(location.endsWith(fundExtension) || isBackup ? location : `${location}${fundExtension}`);
  return success(path);
}

export function exportsFolder(home: string): string {
  return join(home, 'Exports');
}

const plainDocumentName = /^[^/\\:*?"<>|\u0000-\u001f]+\.(pdf|xlsx)$/i;

/**
 * Where a file the backend made is saved. In 'folder' mode only a plain .pdf or .xlsx name inside the exports
 * folder; in 'path' mode any path the person chose, but never over a fund file or a backup, whatever its name.
 */
export function resolveSaveLocation(home: string, mode: LocationMode, location: string): Result<string> {
  const reserved = deviceNameRefusal(location);
  if (reserved) return reserved;
  if (mode === 'folder') {
    if (!plainDocumentName.test(location) || location.startsWith('.')) return failure('bad-location', 'location', { location });
    const folder = exportsFolder(home);
    mkdirSync(folder, { recursive: true });
    return success(resolve(folder, location));
  }
  const path = resolve(location);
  if (/\.(swfund|swfbak|swregion)(-wal|-shm)?$/i.test(path)) return failure('bad-location', 'location', { location });
  return success(path);
}

/** What transports show back to the user: the name in folder mode, the full path otherwise. */
export function displayLocation(mode: LocationMode, path: string): string {
  return mode === 'folder' ? basename(path) : path;
}

function recentFile(home: string): string {
  return join(home, 'recent.json');
}

export function readRecent(home: string): RecentFund[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(recentFile(home), 'utf8'));
    if (!Array.isArray(parsed)) return [];
    return (parsed as unknown[]).filter((item): item is RecentFund => {
      if (typeof item !== 'object' || item === null) return false;
      const fields = item as Record<string, unknown>;
      return (
        typeof fields.location === 'string' &&
        typeof fields.name === 'string' &&
        typeof fields.openedAt === 'string' &&
        (fields.demo === undefined || typeof fields.demo === 'boolean')
      );
    });
  } catch {
    return [];
  }
}

/** The recently-opened list: newest first, ten at most, written by rename so a crash never leaves half a file. */
export function rememberRecent(home: string, entry: RecentFund): void {
  const list = [entry, ...readRecent(home).filter((item) => item.location !== entry.location)].slice(0, 10);
  mkdirSync(home, { recursive: true });
  const temporary = `${recentFile(home)}.tmp`;
  writeFileSync(temporary, JSON.stringify(list, null, 2));
  renameSync(temporary, recentFile(home));
}

/** Where workshop masters are kept (issue 19 §5): beside the fund folder, never listed on the start screen. */
export function workshopFolder(home: string): string {
  return join(home, 'Workshop');
}

/** Where a room's participants' copies are kept (issue 19 §4): inside the workshop folder, apart from the masters. */
export function roomCopiesFolder(home: string): string {
  return join(workshopFolder(home), 'Room');
}

/**
 * A room copy's file: only a plain `.swfund` name, inside `Workshop/Room` whatever the transport, so a room never
 * makes or resets a fund anywhere else.
 */
export function resolveRoomCopy(home: string, location: string): Result<string> {
  return plainNameIn(roomCopiesFolder(home), location);
}

/** Whether a file a copy came from is a workshop master: a file inside the workshop folder. */
export function isWorkshopMaster(home: string, path: string): boolean {
  const inside = relative(workshopFolder(home), path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

function demosFile(home: string): string {
  return join(home, 'demo-funds.json');
}

/**
 * The fund files this host has seen to be demos (trainer mode), by location: unlike the recent list it keeps every
 * one, so the start screen marks a demo in the fund folder however long ago it was opened. A fund's own `demo`
 * flag is the truth; this is what the list shows without opening each file.
 */
export function readKnownDemos(home: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(demosFile(home), 'utf8'));
    return new Set(Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Notes whether the fund at a location is a demo, each time it is opened or made. */
export function noteDemo(home: string, location: string, isDemo: boolean): void {
  const known = readKnownDemos(home);
  if (known.has(location) === isDemo) return;
  if (isDemo) known.add(location);
  else known.delete(location);
  mkdirSync(home, { recursive: true });
  const temporary = `${demosFile(home)}.tmp`;
  writeFileSync(temporary, JSON.stringify([...known].sort(), null, 2));
  renameSync(temporary, demosFile(home));
}

/** The fund files in the fund folder; what each file's header says is added by the caller. */
export function listFundFiles(home: string, mode: LocationMode): { folder: string; funds: Array<Omit<FundFileEntry, 'fromOlderVersion'>> } {
  const folder = fundsFolder(home);
  mkdirSync(folder, { recursive: true });
  const names = new Map(readRecent(home).map((item) => [item.location, item.name]));
  const demos = readKnownDemos(home);
  const funds = readdirSync(folder)
    .filter((name) => name.endsWith(fundExtension))
    .map((name) => {
      const path = join(folder, name);
      const stats = statSync(path);
      const location = displayLocation(mode, path);
      return {
        location,
        name: names.get(location) ?? name.slice(0, -fundExtension.length),
        fundCode: '',
        modifiedAt: stats.mtime.toISOString(),
        sizeBytes: stats.size,
        demo: demos.has(location),
      };
    })
    .sort((left, right) => left.location.localeCompare(right.location));
  return { folder, funds };
}
