import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupChains, BackupView } from '../../../shared/api/fund-types';
import type { BackupKind } from '../../../shared/domain/backups/rotation';
import type { FundFigures } from '../db/verify-backup';

/** One verified backup, as the index beside it knows it (reliability §(b) "Backups", step 3). */
export type BackupRecord = {
  fileName: string;
  kind: BackupKind;
  /** The instant it was made (UTC ISO) and the fund's local day of it. */
  madeAt: string;
  madeOn: string;
  sha256: string;
  bytes: number;
  schemaVersion: number;
  figures: FundFigures;
  verified: { level: 'quick' | 'integrity'; at: string };
  /** The copy's chain heads from its full check, or where it broke; absent in an index written before issue 20. */
  chains?: BackupChains | null;
};

/**
 * The index of a fund's backups folder. Rotation deletes only files listed here whose hash still matches, never
 * by a name pattern (GnuCash once deleted a user's data file that looked like a backup).
 */
export type BackupIndex = { fundUuid: string; fundName: string; backups: BackupRecord[] };

export const indexFileName = 'index.json';

/** Where a fund's backups live: SWF_HOME/Backups/<fund uuid>, the same whatever the fund's file is called. */
export function backupFolder(home: string, fundUuid: string): string {
  return join(home, 'Backups', fundUuid);
}

export function readBackupIndex(folder: string, fundUuid: string): BackupIndex {
  const path = join(folder, indexFileName);
  if (!existsSync(path)) return { fundUuid, fundName: '', backups: [] };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<BackupIndex>;
    return { fundUuid, fundName: parsed.fundName ?? '', backups: Array.isArray(parsed.backups) ? parsed.backups : [] };
  } catch {
    // An unreadable index lists nothing, so nothing is rotated away; the files themselves are untouched.
    return { fundUuid, fundName: '', backups: [] };
  }
}

/** Written whole beside itself, flushed, then renamed over the old one: a crash leaves the old or the new index. */
export function writeBackupIndex(folder: string, index: BackupIndex): void {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, indexFileName);
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(index, null, 2));
  const handle = openSync(temporary, 'r+');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameSync(temporary, path);
}

/** A backup as the screen shows it: what its index records, with how it was checked. */
export function backupView(record: BackupRecord): BackupView {
  return {
    fileName: record.fileName,
    kind: record.kind,
    madeAt: record.madeAt,
    bytes: record.bytes,
    sha256: record.sha256,
    schemaVersion: record.schemaVersion,
    figures: record.figures,
    verifiedLevel: record.verified.level,
    chains: record.chains ?? null,
  };
}
