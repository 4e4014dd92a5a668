import { openDatabase } from './open-database';
import { sqliteBinding } from './native-binding';
import type { BackupFigures } from '../../../shared/api/fund-types';
import { Worker } from 'node:worker_threads';
import { fundApplicationId } from './open-fund-file';
import type { FundIdentity } from '../sync/fund-identity';
import { writeCopyOrigin, type CopyOrigin } from './repositories/backup-repository';
import { becomeSeparateFund } from './repositories/sync-identity-repository';

/** What a copy of a fund holds, read on the copy and compared with the live file at the moment of the copy. */
export type FundFigures = BackupFigures;

export type Verification = { problems: string[]; userVersion: number; figures: FundFigures | null };

/**
 * Checks a copy in a worker thread (reliability §(b) "Verify"): our application id, a schema no newer than the app,
 * SQLite's quick check (or the full integrity check), foreign keys, a trial balance of zero, gapless receipt
 * numbers, and the figures to compare with the live file. The backend keeps answering the screen meanwhile.
 */
export function verifyCopy(path: string, appVersion: number, level: 'quick' | 'integrity'): Promise<Verification> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./verify-worker.mjs', import.meta.url), {
      // The worker loads the same native addon as the backend (the Electron build in a packaged app).
      workerData: { path, applicationId: fundApplicationId, appVersion, level, nativeBinding: sqliteBinding() ?? null },
    });
    worker.once('message', (answer: { ok: true; value: Verification } | { ok: false; problem: string }) => {
      resolve(answer.ok ? answer.value : { problems: [answer.problem], userVersion: 0, figures: null });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * A copy made by the backup API inherits WAL mode and would leave `-wal` and `-shm` files beside it wherever it is
 * opened: switched to a rollback journal, it is one self-contained file (reliability §(b) Backups, step 2).
 */
export function makeSelfContained(path: string): void {
  const copy = openDatabase(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Writes into a new copy how it came to be ("Save a copy": the same fund moved, or a separate one), replacing the
 * origin its source carried if the source was itself a copy; a separate fund also takes the identity it is given
 * (its own UUID, pseudonym secret and signing key, no exports). Runs on the copy before it is verified.
 */
export function stampCopyOrigin(path: string, origin: CopyOrigin, separateIdentity?: FundIdentity): void {
  const copy = openDatabase(path, { fileMustExist: true });
  try {
    copy.transaction(() => {
      writeCopyOrigin(copy, origin);
      if (separateIdentity) becomeSeparateFund(copy, { ...separateIdentity, createdAt: origin.madeAt });
    })();
  } finally {
    copy.close();
  }
}
