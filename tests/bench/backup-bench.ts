import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AppApi } from '../../shared/api/app-contract';
import type { BackupView } from '../../shared/api/fund-types';
import type { FundApi } from '../../shared/api/fund-contract';
import type { JobsApi } from '../../shared/api/jobs-contract';
import { backupFolder } from '../../electron/backend/backups/backup-index';
import { verifyCopy } from '../../electron/backend/db/verify-backup';

type Line = (label: string, milliseconds: number, extra?: string) => void;

const searchEveryMilliseconds = 50;

function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * Issue 15: a backup of the whole fund as the app makes one (a job: the screen is not blocked), timed while the
 * bench keeps asking member searches, as a treasurer would keep working; then the worker's two checks of the
 * copy on their own (the quick check of a daily backup, the full integrity check of the weekly one).
 */
export async function benchBackup(options: {
  fund: FundApi;
  jobs: JobsApi;
  home: string;
  fundUuid: string;
  line: Line;
}): Promise<BackupView> {
  const { fund, jobs, line } = options;
  const start = performance.now();
  const started = await jobs['jobs.start']({ method: 'backups.make', input: { kind: 'manual' } });
  if (!started.ok) throw new Error(started.error.message.en);
  // A member search every 50 ms, as the screen would ask while the backup runs. Each is timed from when it was
  // due to when it was answered, so a backup step that held the thread shows as waiting (in process, a search
  // asked back to back would never let the backup's own steps run at all).
  const searches: number[] = [];
  let made: BackupView | undefined;
  const queries = ['สม', 'บุญ', 'แก้ว', '00012', 'ทอง'];
  for (let run = 0; ; run += 1) {
    const status = await jobs['jobs.status']({ jobId: started.value.jobId });
    if (!status.ok) throw new Error(status.error.message.en);
    if (status.value.state !== 'running') {
      if (status.value.state !== 'succeeded') throw new Error(status.value.error?.message.en ?? status.value.state);
      made = status.value.result as BackupView;
      break;
    }
    const due = performance.now() + searchEveryMilliseconds;
    await new Promise((resolve) => setTimeout(resolve, searchEveryMilliseconds));
    await fund['members.search']({ query: queries[run % queries.length] ?? 'สม', limit: 100 });
    searches.push(performance.now() - due);
  }
  const total = performance.now() - start;
  line(
    `backup of the fund (job, ${made.verifiedLevel} check)`,
    total,
    `${(made.bytes / 2 ** 20).toFixed(0)} MiB; ${searches.length} member searches meanwhile: max ${quantile(searches, 1).toFixed(1)} ms, p95 ${quantile(searches, 0.95).toFixed(1)} ms`,
  );
  const path = join(backupFolder(options.home, options.fundUuid), made.fileName);
  for (const level of ['quick', 'integrity'] as const) {
    const asked = performance.now();
    const verification = await verifyCopy(path, made.schemaVersion, level);
    if (verification.problems.length > 0) throw new Error(`${level}: ${verification.problems.join(', ')}`);
    line(`verify the backup (${level === 'quick' ? 'quick_check' : 'integrity_check'}, worker)`, performance.now() - asked);
  }
  return made;
}

/**
 * Issue 15: a restore of that backup over the fund, as the treasurer's one confirmation runs it (an app-level job):
 * the current file backed up first, the backup re-verified against its index, copied, flushed, renamed, reopened.
 */
export async function benchRestore(options: { app: AppApi; location: string; backup: BackupView; line: Line }): Promise<void> {
  const asked = performance.now();
  const restored = await options.app['backups.restore']({ location: options.location, backupFileName: options.backup.fileName });
  if (!restored.ok) throw new Error(restored.error.message.en);
  options.line('restore the backup over the fund (job: safety backup, re-verify, copy, reopen)', performance.now() - asked);
}
