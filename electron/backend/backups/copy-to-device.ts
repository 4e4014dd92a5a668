import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { copiesToKeep } from '../../../shared/domain/backups/rotation';
import { failure, success, type Result } from '../../../shared/domain/result';
import { verifyCopy } from '../db/verify-backup';
import { flushFile, sha256OfFile } from '../files/file-hash';
import { readBackupIndex, writeBackupIndex, indexFileName, type BackupIndex, type BackupRecord } from './backup-index';
import { freeSpace } from './make-backup';

/** The folder a USB drive gets, beside whatever else is on it; one subfolder per fund. */
export const deviceFolderName = 'SWF Ledger Backups';

export type DeviceCopyRequest = {
  /** The fund's own backups folder (SWF_HOME/Backups/<uuid>) and its index. */
  localFolder: string;
  fundUuid: string;
  fundName: string;
  fiscalYearStartMonth: number;
  /** The folder the person chose on the device. */
  deviceRoot: string;
  appVersion: number;
  progress: (done: number, total: number, stage: 'copying' | 'verifying') => void;
  /** Between files: lets the backend answer the screen, and stops here if the person cancelled. */
  checkpoint: () => Promise<void>;
};

export type DeviceCopyReport = {
  /** The fund's folder on the device. */
  folder: string;
  /** Backups copied this time, each verified on the device. */
  copied: string[];
  /** Backups the device already held with the hash the index gives. */
  alreadyThere: string[];
  /** Older copies rotated away on the device (listed in its index, hash unchanged). */
  removed: string[];
  /** Files on the device that the device's index lists but that no longer match their hash: never deleted. */
  keptChanged: string[];
  /** Backups of this laptop that changed since they were indexed: not copied. */
  skipped: string[];
  /** The backups the device holds for this fund afterwards, newest first. */
  held: BackupRecord[];
};

/** A name Windows, FAT32 and exFAT all accept: no reserved characters, no trailing dot or space, not too long. */
export function safeFolderName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[/\\:*?"<>|\u0000-\u001f]/g, '_')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80);
}

function indexFundUuid(folder: string): string | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(folder, indexFileName), 'utf8')) as { fundUuid?: unknown };
    return typeof parsed.fundUuid === 'string' ? parsed.fundUuid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The fund's folder on the device: the one whose index names this fund (so a fund renamed since keeps its
 * copies together), else one named after the fund, else after its uuid. A folder of that name holding something
 * else (another fund's copies, a person's own files) is never used.
 */
export function deviceFundFolder(deviceRoot: string, fundUuid: string, fundName: string): string {
  const root = join(deviceRoot, deviceFolderName);
  const existing = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(root, entry.name))
        .find((folder) => indexFundUuid(folder) === fundUuid)
    : undefined;
  if (existing) return existing;
  const named = safeFolderName(fundName);
  for (const name of [named, `${named} (${fundUuid.slice(0, 8)})`, fundUuid]) {
    if (name === '' || name.startsWith(' (')) continue;
    const folder = join(root, name);
    if (!existsSync(folder) || (statSync(folder).isDirectory() && readdirSync(folder).length === 0)) return folder;
  }
  return join(root, fundUuid);
}

/** Copies a closed backup file to the device, hashing what it reads; the bytes go to a new file only. */
async function copyHashing(from: string, to: string, onBytes: (bytes: number) => void): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(
    createReadStream(from),
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        onBytes(chunk.length);
        callback(null, chunk);
      },
    }),
    createWriteStream(to, { flags: 'wx' }),
  );
  return hash.digest('hex');
}

/** A file name not yet taken on the device: `…_kind.swfbak`, else `…_kind_2.swfbak`, and so on. */
function freeName(folder: string, fileName: string, taken: ReadonlySet<string>): string {
  const stem = fileName.replace(/\.swfbak$/i, '');
  let name = fileName;
  for (let serial = 2; existsSync(join(folder, name)) || taken.has(name); serial += 1) name = `${stem}_${serial}.swfbak`;
  return name;
}

function failed(error: unknown): Result<never> {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOSPC') return failure('copy-no-space', undefined, { neededMiB: 0, freeMiB: 0 });
  // FAT32 holds no file of 4 GiB or more.
  if (code === 'EFBIG') return failure('copy-file-too-large');
  if (code !== '') return failure('copy-failed', undefined, { problem: code });
  throw error;
}

/**
 * "Copy to…" a second device (reliability §(b)): the last 4 backups and one per fiscal year, each copied to a new
 * file on the device, read back and hashed against the index, quick-checked by the worker, and only then renamed
 * into place and listed in the device folder's own index. Rotation there deletes only files that index lists with
 * an unchanged hash; anything else on the device is never touched.
 */
export async function copyToDevice(request: DeviceCopyRequest): Promise<Result<DeviceCopyReport>> {
  const local = readBackupIndex(request.localFolder, request.fundUuid);
  const present = local.backups.filter((backup) => existsSync(join(request.localFolder, backup.fileName)));
  const keep = copiesToKeep(present, request.fiscalYearStartMonth);
  const chosen = present.filter((backup) => keep.has(backup.fileName)).sort((left, right) => (left.madeAt < right.madeAt ? 1 : -1));
  if (chosen.length === 0) return failure('no-backup-yet');
  let folder: string;
  try {
    if (!statSync(request.deviceRoot).isDirectory()) return failure('folder-not-found', 'folderId');
    folder = deviceFundFolder(request.deviceRoot, request.fundUuid, request.fundName);
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return failure('folder-not-found', 'folderId');
    return failed(error);
  }
  const device: BackupIndex = { ...readBackupIndex(folder, request.fundUuid), fundUuid: request.fundUuid, fundName: request.fundName };
  const report: DeviceCopyReport = { folder, copied: [], alreadyThere: [], removed: [], keptChanged: [], skipped: [], held: [] };

  // What the device already holds, as its index lists it and its bytes still hash.
  const held = new Map<string, BackupRecord>();
  for (const record of device.backups) {
    const path = join(folder, record.fileName);
    if (existsSync(path) && (await sha256OfFile(path)) === record.sha256) held.set(record.sha256, record);
    else if (existsSync(path)) report.keptChanged.push(record.fileName);
  }
  const toCopy = chosen.filter((backup) => !held.has(backup.sha256));
  report.alreadyThere = chosen.filter((backup) => held.has(backup.sha256)).map((backup) => held.get(backup.sha256)?.fileName ?? '');
  const total = toCopy.reduce((sum, backup) => sum + backup.bytes, 0);
  try {
    const free = freeSpace(folder);
    if (free < total + 16 * 2 ** 20)
      return failure('copy-no-space', undefined, { neededMiB: Math.ceil(total / 2 ** 20) + 16, freeMiB: Math.floor(free / 2 ** 20) });
  } catch (error) {
    return failed(error);
  }

  let done = 0;
  const taken = new Set(device.backups.map((record) => record.fileName));
  for (const backup of toCopy) {
    await request.checkpoint();
    const name = freeName(folder, backup.fileName, taken);
    const temporary = join(folder, `${name}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const read = await copyHashing(join(request.localFolder, backup.fileName), temporary, (bytes) => {
        done += bytes;
        request.progress(done, total, 'copying');
      });
      if (read !== backup.sha256) {
        // This laptop's copy changed since it was indexed: it is not a good backup any more.
        rmSync(temporary, { force: true });
        report.skipped.push(backup.fileName);
        continue;
      }
      await flushFile(temporary);
      request.progress(done, total, 'verifying');
      const written = await sha256OfFile(temporary);
      const check = written === backup.sha256 ? await verifyCopy(temporary, request.appVersion, 'quick') : undefined;
      const problems = check === undefined ? ['hash'] : check.problems;
      if (problems.length > 0) {
        rmSync(temporary, { force: true });
        return failure('copy-not-verified', undefined, { fileName: backup.fileName, problem: problems.join(', ') });
      }
      renameSync(temporary, join(folder, name));
      taken.add(name);
      const record: BackupRecord = { ...backup, fileName: name, verified: { level: 'quick', at: backup.verified.at } };
      device.backups = [...device.backups.filter((existing) => existing.fileName !== name), record];
      writeBackupIndex(folder, device);
      report.copied.push(name);
    } catch (error) {
      rmSync(temporary, { force: true });
      return failed(error);
    }
  }

  // Rotation on the device, by its own index and hash only; a changed file neither counts as a copy nor goes.
  const keepOnDevice = copiesToKeep(
    device.backups.filter((record) => !report.keptChanged.includes(record.fileName)),
    request.fiscalYearStartMonth,
  );
  const remaining: BackupRecord[] = [];
  for (const record of device.backups) {
    const path = join(folder, record.fileName);
    if (keepOnDevice.has(record.fileName)) remaining.push(record);
    else if (!existsSync(path)) continue;
    else if ((await sha256OfFile(path)) === record.sha256) {
      rmSync(path);
      report.removed.push(record.fileName);
    } else remaining.push(record);
  }
  try {
    writeBackupIndex(folder, { ...device, backups: remaining });
  } catch (error) {
    return failed(error);
  }
  report.held = remaining
    .filter((record) => !report.keptChanged.includes(record.fileName))
    .sort((left, right) => (left.madeAt < right.madeAt ? 1 : -1));
  return success(report);
}
