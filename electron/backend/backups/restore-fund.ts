import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { failure, success, type Result } from '../../../shared/domain/result';
import { crashPoint } from '../crash-points';
import { sha256OfFile } from '../files/file-hash';
import { copyFlushed, flushFolder, moveSideFilesAside, renameRetrying } from './restore-files';
import { deleteRestoreIntent, isRunningElsewhere, leftoverRestoreIntents, writeRestoreIntent, type RestoreIntent } from './restore-intent';

/** The fund file's file-system id: the rename over it gives it a new one, which is how a restart tells the two apart. */
export function fileIdentity(path: string): string | null {
  return existsSync(path) ? statSync(path, { bigint: true }).ino.toString() : null;
}

function restoringPath(fundPath: string): string {
  return `${fundPath}.restoring`;
}

/** Whether the rename over the fund file happened: the one step after which a restore is finished, not undone. */
export function wasReplaced(intent: RestoreIntent): boolean {
  const now = fileIdentity(intent.fundPath);
  return now !== null && now !== intent.originalIno;
}

/**
 * Undoes a restore that did not reach its rename: the half or whole copy is removed and a `-wal` (and `-shm`)
 * moved aside goes back beside the file it came from, so the fund is exactly as it was; then the intent goes.
 */
export function rollBackRestore(home: string, intent: RestoreIntent): void {
  rmSync(restoringPath(intent.fundPath), { force: true });
  for (const suffix of ['-wal', '-shm']) {
    const aside = join(intent.asideFolder, `${basename(intent.fundPath)}${suffix}`);
    if (existsSync(aside) && !existsSync(`${intent.fundPath}${suffix}`)) renameRetrying(aside, `${intent.fundPath}${suffix}`);
  }
  if (existsSync(dirname(intent.fundPath))) flushFolder(dirname(intent.fundPath));
  deleteRestoreIntent(home, intent.restoreId);
}

/**
 * Step 4 of reliability §(b) "Restore": restore-intent.json written and flushed; the fund closed (every handle this
 * host holds for it, its WAL checkpointed into the file); any leftover `-wal` moved into `damaged/` (an old WAL
 * applied to the restored file would corrupt it); the backup copied to `<file>.restoring`, flushed, checked
 * against the hash verified in step 2, and renamed over the fund file. A failure before the rename undoes it all
 * and answers why; the intent stays after the rename until the restored file is open and audited.
 */
export async function replaceFundFile(
  home: string,
  intent: RestoreIntent,
  closeFund: () => void,
  progress: (done: number, total: number) => void,
): Promise<Result<void>> {
  writeRestoreIntent(home, intent);
  crashPoint('restore-step-3');
  closeFund();
  crashPoint('restore-step-4');
  const restoring = restoringPath(intent.fundPath);
  try {
    moveSideFilesAside(intent.fundPath, intent.asideFolder);
    crashPoint('restore-step-5');
    rmSync(restoring, { force: true });
    await copyFlushed(intent.backup.path, restoring, progress, () => crashPoint('restore-step-6'));
    // The copy is what was verified, byte for byte: a backup changed since step 2 is refused here.
    if ((await sha256OfFile(restoring)) !== intent.backup.sha256) {
      rollBackRestore(home, intent);
      return failure('backup-changed', 'backupFileName', { fileName: intent.backup.fileName });
    }
    crashPoint('restore-step-7');
    renameRetrying(restoring, intent.fundPath);
    flushFolder(dirname(intent.fundPath));
  } catch (error) {
    rollBackRestore(home, intent);
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOSPC') return failure('restore-no-space', 'location');
    if (code !== '') return failure('restore-failed', 'location', { problem: code });
    throw error;
  }
  crashPoint('restore-step-8');
  return success(undefined);
}

export type RecoveredRestore = { restoreId: string; fundPath: string; outcome: 'finished' | 'rolled-back' | 'failed'; problem?: string };

/**
 * A restore a crash interrupted is finished or undone before anything else at the next start (step 5): one whose
 * rename happened is finished by `finish` (open the restored file, migrate it, audit it), the others are rolled
 * back. A restore another live process is running is left alone, and so are `running` ones of this process. A
 * finish that fails keeps its intent, to be tried again at the next start.
 */
export function resolveLeftoverRestores(
  home: string,
  finish: (intent: RestoreIntent) => void,
  running: ReadonlySet<string> = new Set(),
): RecoveredRestore[] {
  const outcomes: RecoveredRestore[] = [];
  for (const intent of leftoverRestoreIntents(home)) {
    if (running.has(intent.restoreId) || isRunningElsewhere(intent)) continue;
    const base = { restoreId: intent.restoreId, fundPath: intent.fundPath };
    if (!wasReplaced(intent)) {
      rollBackRestore(home, intent);
      outcomes.push({ ...base, outcome: 'rolled-back' });
      continue;
    }
    try {
      rmSync(restoringPath(intent.fundPath), { force: true });
      finish(intent);
      deleteRestoreIntent(home, intent.restoreId);
      outcomes.push({ ...base, outcome: 'finished' });
    } catch (error) {
      outcomes.push({ ...base, outcome: 'failed', problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}
