import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsToKeep,
  copiesToKeep,
  type BackupKind,
  type RotatedBackup,
} from '../../../../shared/domain/backups/rotation';

function daily(from: string, days: number, kind: BackupKind = 'daily'): RotatedBackup[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: days }, (_unused, day) => {
    const madeOn = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    return { fileName: `f_${madeOn}_${kind}.swfbak`, kind, madeOn };
  });
}

describe('backup rotation (reliability §(b))', () => {
  it('keeps the last 10 days, the newest of each of the last 12 months, and one per fiscal year', () => {
    const backups = daily('2020-10-01', 6 * 365);
    const kept = backupsToKeep(backups, 10);
    const days = [...kept].filter((name) => name >= 'f_2026-09-20');
    expect(days).toHaveLength(10);
    // Each fiscal year (October to September) keeps its newest: 30 September of each year.
    for (const year of [2021, 2022, 2023, 2024, 2025]) expect(kept.has(`f_${year}-09-30_daily.swfbak`)).toBe(true);
    // The newest of each of the last 12 months.
    expect(kept.has('f_2026-03-31_daily.swfbak')).toBe(true);
    expect(kept.has('f_2025-03-31_daily.swfbak')).toBe(false);
    expect(kept.size).toBeLessThan(10 + 12 + 7);
    expect(kept.has('f_2023-05-14_daily.swfbak')).toBe(false);
  });

  it('keeps the last five backups made before a migration, restore, import or close, whatever else there is', () => {
    const events = daily('2026-01-01', 8, 'pre-migration');
    const kept = backupsToKeep([...events, ...daily('2026-02-01', 3)], 10);
    expect([...kept].filter((name) => name.includes('pre-migration')).sort()).toEqual(events.slice(3).map((backup) => backup.fileName));
  });

  it('keeps the last four and one per fiscal year on a second device', () => {
    const kept = copiesToKeep(daily('2024-09-25', 20), 10);
    expect([...kept].sort()).toEqual(
      [
        'f_2024-09-30_daily.swfbak',
        'f_2024-10-11_daily.swfbak',
        'f_2024-10-12_daily.swfbak',
        'f_2024-10-13_daily.swfbak',
        'f_2024-10-14_daily.swfbak',
      ].sort(),
    );
  });

  it('names a backup after its fund, its local time and why it was made', () => {
    expect(backupFileName('ทรัพย์อนันต์', '2026-11-25T09:30', 'daily')).toBe('ทรัพย์อนันต์_2026-11-25T0930_daily.swfbak');
  });
});
