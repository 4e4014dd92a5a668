import { fiscalYearOf } from '../calendar-date';

/**
 * Why a backup was made (reliability §(b) "Backups"): routinely (at open, daily while open, or asked for), or
 * before something that could go wrong (a migration, a restore, an import, closing a fiscal year).
 */
export type BackupKind = 'open' | 'daily' | 'manual' | 'pre-migration' | 'pre-restore' | 'pre-import' | 'pre-close';

export const eventKinds: ReadonlySet<BackupKind> = new Set(['pre-migration', 'pre-restore', 'pre-import', 'pre-close']);

/** What rotation needs to know of a backup: its file, kind and local day (YYYY-MM-DD). */
export type RotatedBackup = { fileName: string; kind: BackupKind; madeOn: string };

/** How many of each a fund keeps beside it (reliability §(b)'s table). */
export const keepPolicy = { days: 10, months: 12, events: 5 } as const;

function newestFirst(backups: readonly RotatedBackup[]): RotatedBackup[] {
  return [...backups].sort((left, right) =>
    left.madeOn < right.madeOn ? 1 : left.madeOn > right.madeOn ? -1 : left.fileName < right.fileName ? 1 : -1,
  );
}

/** The newest backup of each period, for the `count` newest periods (all periods when `count` is undefined). */
function newestPerPeriod(backups: readonly RotatedBackup[], periodOf: (backup: RotatedBackup) => string, count?: number): string[] {
  const chosen = new Map<string, string>();
  for (const backup of newestFirst(backups)) {
    const period = periodOf(backup);
    if (chosen.has(period)) continue;
    if (count !== undefined && chosen.size >= count) break;
    chosen.set(period, backup.fileName);
  }
  return [...chosen.values()];
}

/**
 * The backups to keep (reliability §(b)): the newest of each of the last 10 days that have one, of each of the
 * last 12 months, and of every fiscal year (kept for at least ten years, so never rotated here), plus the last 5
 * made before a migration, restore, import or year-end close. Pure: the caller deletes the rest, and only files
 * its index knows with a matching hash.
 */
export function backupsToKeep(backups: readonly RotatedBackup[], fiscalYearStartMonth: number): Set<string> {
  const routine = backups.filter((backup) => !eventKinds.has(backup.kind));
  const events = newestFirst(backups.filter((backup) => eventKinds.has(backup.kind)));
  return new Set([
    ...newestPerPeriod(routine, (backup) => backup.madeOn, keepPolicy.days),
    ...newestPerPeriod(routine, (backup) => backup.madeOn.slice(0, 7), keepPolicy.months),
    ...newestPerPeriod(routine, (backup) => String(fiscalYearOf(backup.madeOn, fiscalYearStartMonth))),
    ...events.slice(0, keepPolicy.events).map((backup) => backup.fileName),
  ]);
}

/**
 * The copies a second device keeps (reliability §(b)): the last 4 backups and one per fiscal year. Whatever kind
 * they are: a copy on a USB stick is there for the day the laptop is lost.
 */
export function copiesToKeep(backups: readonly RotatedBackup[], fiscalYearStartMonth: number): Set<string> {
  return new Set([
    ...newestFirst(backups)
      .slice(0, 4)
      .map((backup) => backup.fileName),
    ...newestPerPeriod(backups, (backup) => String(fiscalYearOf(backup.madeOn, fiscalYearStartMonth))),
  ]);
}

/**
 * A backup's file name: the fund's file name, the local time it was made and why, e.g.
 * `ทรัพย์อนันต์_2026-11-25T0930_daily.swfbak` (reliability §(b): FUND_yyyy-mm-ddThhmm_kind.swfbak).
 */
export function backupFileName(fundStem: string, madeAtLocal: string, kind: BackupKind): string {
  const stamp = `${madeAtLocal.slice(0, 10)}T${madeAtLocal.slice(11, 13)}${madeAtLocal.slice(14, 16)}`;
  return `${fundStem}_${stamp}_${kind}.swfbak`;
}
