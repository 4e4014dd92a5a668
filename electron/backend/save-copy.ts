import type { CopyIntent, SavedCopy } from '../../shared/api/app-contract';
import { failure, success, type Result } from '../../shared/domain/result';
import { copyVerified } from './backups/make-backup';
import { readFundIdentity } from './db/repositories/backup-repository';
import { newRecordId } from './db/record-ids';
import { stampCopyOrigin } from './db/verify-backup';
import { newFundIdentity } from './sync/fund-identity';
import type { JobContext } from './jobs/job-runner';
import { translateError } from './messages';
import type { OpenFund } from './open-funds';
import { callContext, runUnitOfWork, type CallSource } from './unit-of-work';

/**
 * Runs file-level work on an open fund as one of its jobs (A4): writes to that fund wait until it ends, so a copy
 * and the live figures it is checked against are one moment, and progress reaches the screen like any job's.
 */
async function asFundJob<T>(fund: OpenFund, method: string, work: (job: JobContext) => Promise<Result<T>>): Promise<Result<T>> {
  while (fund.jobs.isBusy()) await fund.jobs.idle();
  let outcome: Result<T> = failure('internal');
  const started = fund.jobs.start(method, async (job) => {
    outcome = await work(job);
    return outcome.ok ? { ok: true, value: null } : { ok: false, error: translateError(outcome.error) };
  });
  await fund.jobs.wait(started.jobId);
  return outcome;
}

/**
 * "Save a copy" (Decision 1, issue 15 item 2): the same verified copy as a backup (SQLite's backup API, checked in
 * the worker, never a file copy of an open database), into a new file the treasurer named. The copy says how it
 * came to be (copy_origin: the same fund moved to another computer, or a separate file), and the source's audit
 * log says where a copy went.
 */
export async function saveCopyOf<R>(
  fund: OpenFund,
  destination: string,
  intent: CopyIntent,
  source: CallSource,
  present: (saved: SavedCopy) => Result<R>,
): Promise<Result<R>> {
  const input = { destination, intent };
  const saved = await asFundJob(fund, 'funds.saveCopy', async (job): Promise<Result<SavedCopy>> => {
    const { connection } = fund;
    const identity = readFundIdentity(connection);
    if (!identity) return failure('not-a-fund-file', 'source');
    const origin = { uuid: newRecordId(), madeAt: source.clock.now(), intent, sourceFundUuid: identity.uuid, sourceFile: fund.path };
    // A separate fund is a fund of its own to the regional registry (issue 18 §3); the same fund moved keeps who it is.
    const separate = intent === 'separate' ? newFundIdentity() : undefined;
    const copyFundUuid = separate?.fundUuid ?? identity.uuid;
    const made = await copyVerified(connection, destination, {
      appVersion: Number(connection.pragma('user_version', { simple: true })),
      level: 'quick',
      prepare: (path) => stampCopyOrigin(path, origin, separate),
      progress: (done, total) => job.progress(done, total, 'copying'),
    });
    if (!made.ok) {
      const { code, params } = made.error;
      if (code === 'file-exists') return failure('file-exists', 'location', { location: destination });
      return failure(code === 'backup-no-space' ? 'save-copy-no-space' : 'save-copy-failed', 'location', params);
    }
    // A fund open only to be looked at takes no writes: its copy is made, and only the copy says where it came from.
    if (fund.readOnly)
      return success({ location: destination, intent, fundUuid: copyFundUuid, bytes: made.value.bytes, sha256: made.value.sha256 });
    const context = callContext(source, 'funds.saveCopy', input);
    const logged = runUnitOfWork(context, input, () => {
      context.audit({
        entity: 'fund-copy',
        entityId: origin.uuid,
        after: { ...origin, copyFundUuid, destination, sha256: made.value.sha256 },
      });
      return success(origin.uuid);
    });
    if (!logged.ok) return logged;
    return success({ location: destination, intent, fundUuid: copyFundUuid, bytes: made.value.bytes, sha256: made.value.sha256 });
  });
  return saved.ok ? present(saved.value) : saved;
}
