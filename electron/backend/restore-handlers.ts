import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OpenedFund } from '../../shared/api/app-contract';
import type { InspectedBackup, RestoreCandidates, RestoreOutcome, RestoreTarget } from '../../shared/api/restore-types';
import { localDateTimeOf } from '../../shared/domain/local-time';
import { failure, success, type Result } from '../../shared/domain/result';
import { readBackupIndex, type BackupRecord } from './backups/backup-index';
import { freeSpace } from './backups/make-backup';
import { damagedFolderFor } from './backups/restore-files';
import { fileIdentity, replaceFundFile } from './backups/restore-fund';
import { deleteRestoreIntent, type RestoreIntent } from './backups/restore-intent';
import { keepCurrentFile } from './backups/restore-safety';
import { foldersFor, fundStem, listedBackups, restoreChoice, verifyBackupSource, type BackupSource } from './backups/restore-source';
import { crashPoint } from './crash-points';
import { latestVersion } from './db/migrate';
import { openRestoredFundFile, type OpenOptions } from './db/open-fund-file';
import { readBackupIdentity, readFileHeader, readFundIdentity, readIdentity, type FundIdentity } from './db/scratch-copy';
import { verifyCopy } from './db/verify-backup';
import type { FileStore } from './files/file-store';
import { displayLocation, fundsFolder, readRecent, resolveLocation } from './fund-locations';
import type { Actor, Clock, HostOptions } from './host-types';
import { accessRefusal, actorOf } from './people-session';
import type { JobContext } from './jobs/job-runner';
import type { OpenFund, OpenFunds } from './open-funds';
import { callContext, runUnitOfWork, type CallSource } from './unit-of-work';
import { gapOf, recordRestore, type RestoreFacts } from './use-cases/restores';

type RestoreHost = {
  options: HostOptions;
  /** How the host opens fund files (fund-file-handlers.ts): the restored file opens the same way. */
  openOptions: OpenOptions;
  funds: OpenFunds;
  files: FileStore;
  sourceOf: (fund: Pick<OpenFund, 'connection' | 'path'>) => CallSource;
  /** Describes a fund just opened and puts it at the top of the recent list (app-handlers.ts). */
  opened: (fund: OpenFund) => Result<OpenedFund>;
  clock: Clock;
  actor: Actor;
  /** The restores this host is running: a look for leftover intents leaves them alone. */
  running: Set<string>;
};

/** Room for the copy beside the fund file, as reliability §(b) asks before any bulk write: its size + 100 MB. */
const marginBytes = 100 * 1024 * 1024;

/**
 * Holds a fund's writes while `work` runs (the fund's job runner is the one place writes wait, A4): nothing can be
 * saved between the safety copy of step 3 and the close of step 4, and a write that waited finds the fund closed.
 */
async function holdingWrites<T>(fund: OpenFund, work: () => Promise<T>): Promise<T> {
  while (fund.jobs.isBusy()) await fund.jobs.idle();
  let outcome: { value: T } | { error: unknown } | undefined;
  const started = fund.jobs.start('backups.restore', async () => {
    try {
      outcome = { value: await work() };
    } catch (error) {
      outcome = { error };
    }
    return { ok: true, value: null };
  });
  await fund.jobs.wait(started.jobId);
  if (!outcome) throw new Error('the restore ended without an outcome');
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

/**
 * The file-level restore methods (reliability §(b) "Restore", issue 15 item 3): list a fund location's backups,
 * describe a picked `.swfbak`, and restore one over the fund file in one confirmed job.
 */
export function createRestoreHandlers(host: RestoreHost) {
  const { options, openOptions, funds, files, sourceOf } = host;
  const { home, locationMode } = options;
  const appVersion = latestVersion(openOptions.migrations);
  const scratchFolder = join(home, '.transfers');

  /** The fund at a location, read without writing to it: from its connection when open here, else a scratch copy. */
  function identityAt(path: string): { identity: FundIdentity | undefined; openHere: OpenFund | undefined } {
    const openHere = funds.atPath(path);
    if (openHere) return { identity: readIdentity(openHere.connection), openHere };
    return { identity: existsSync(path) ? readFundIdentity(path, scratchFolder) : undefined, openHere };
  }

  function targetOf(path: string, identity: FundIdentity | undefined, openHere: OpenFund | undefined, nameHint: string): RestoreTarget {
    const exists = existsSync(path);
    return {
      location: displayLocation(locationMode, path),
      fundUuid: identity?.uuid ?? null,
      fundName: identity?.name ?? nameHint,
      exists,
      isOpen: openHere !== undefined,
      isUnreadable: exists && identity === undefined,
    };
  }

  /** The fund file a picked backup belongs to: one open here, in the fund folder or the recent list with its identity. */
  function homeOf(identity: FundIdentity, stem: string): string {
    for (const fund of funds.all()) if (readIdentity(fund.connection)?.uuid === identity.uuid) return fund.path;
    const candidates = [
      join(fundsFolder(home), `${stem}.swfund`),
      join(fundsFolder(home), `${identity.name}.swfund`),
      ...readRecent(home).map((recent) => resolveLocation(home, locationMode, recent.location)),
    ]
      .map((candidate) => (typeof candidate === 'string' ? candidate : candidate.ok ? candidate.value : ''))
      .filter((candidate, index, all) => candidate !== '' && all.indexOf(candidate) === index && existsSync(candidate));
    for (const candidate of candidates.slice(0, 4))
      if (readFundIdentity(candidate, scratchFolder)?.uuid === identity.uuid) return candidate;
    // None here: a file of its own in the fund folder, named after the fund, never over another fund's file.
    let path = join(fundsFolder(home), `${identity.name}.swfund`);
    for (let serial = 2; existsSync(path); serial += 1) path = join(fundsFolder(home), `${identity.name} (${serial}).swfund`);
    return path;
  }

  /** What the index beside a picked file (a copy on a USB drive) or the fund's own index says of a backup of its name. */
  function recordOfPicked(path: string, name: string, fundUuid: string): BackupRecord | undefined {
    for (const folder of [dirname(path), join(home, 'Backups', fundUuid)]) {
      const index = readBackupIndex(folder, fundUuid);
      const record = index.backups.find((backup) => backup.fileName === name);
      if (record) return record;
    }
    return undefined;
  }

  function stampOf(now: string): string {
    const local = localDateTimeOf(now);
    return local ? `${local.date}T${local.time.replace(':', '')}` : now.replace(/[:.]/g, '');
  }

  /** Steps 2–6 for one fund file and one chosen backup. */
  async function restore(path: string, source: BackupSource, job: JobContext): Promise<Result<RestoreOutcome>> {
    job.progress(0, 4, 'verifying');
    const { identity, openHere } = identityAt(path);
    // Restoring is the treasurer's (issue 20 §2): over a fund open here, the person chosen in it must hold the role.
    // A fund not open here (the start screen, a file that cannot be opened) has no one chosen to ask.
    const restorer = openHere ? actorOf(openHere.connection, openHere.personId) : host.actor;
    const refused = openHere ? accessRefusal(['treasurer'], restorer) : undefined;
    if (refused) return refused;
    const verified = await verifyBackupSource(source, appVersion, (fundUuid) => recordOfPicked(source.path, source.fileName, fundUuid));
    if (!verified.ok) return verified;
    const backup = verified.value;
    // A demo's backup never goes over a fund that is not a demo, nor over a file that cannot be read (issue 19 §3).
    if (existsSync(path) && !identity?.demo && readBackupIdentity(backup.path)?.demo)
      return failure('demo-over-real-fund', source.record ? 'backupFileName' : 'fileId', { location: displayLocation(locationMode, path) });
    if (identity && identity.uuid !== backup.fundUuid)
      return failure('backup-other-fund', source.record ? 'backupFileName' : 'fileId', {
        fundName: backup.fundName,
        targetName: identity.name,
      });
    const folder = dirname(path);
    // A new laptop's fund folder may not exist yet: the restored fund is its first file.
    mkdirSync(folder, { recursive: true });
    if (freeSpace(folder) < backup.bytes + marginBytes)
      return failure('restore-no-space', 'location', {
        neededMiB: Math.ceil((backup.bytes + marginBytes) / 2 ** 20),
        freeMiB: Math.floor(freeSpace(folder) / 2 ** 20),
      });
    crashPoint('restore-step-1');

    const now = host.clock.now();
    const restoreId = randomUUID();
    const damagedFolder = damagedFolderFor(path, stampOf(now));
    const closeHere = () => {
      for (const fund of funds.all()) if (fund.path === path) funds.close(fund);
    };
    host.running.add(restoreId);
    try {
      // Steps 3 and 4 up to the close hold the fund's writes, so the safety copy is the last word of the old file.
      const keepAndReplace = async (): Promise<Result<RestoreIntent>> => {
        job.progress(1, 4, 'keeping');
        const safety = await keepCurrentFile({
          home,
          fundPath: path,
          connection: openHere?.connection,
          now,
          appVersion,
          damagedFolder,
          scratchFolder,
        });
        if (!safety.ok) return safety;
        crashPoint('restore-step-2');
        const intent: RestoreIntent = {
          version: 1,
          restoreId,
          pid: process.pid,
          startedAt: now,
          actor: restorer.userId,
          fundPath: path,
          originalIno: fileIdentity(path),
          backup: { path: backup.path, fileName: backup.fileName, sha256: backup.sha256, madeAt: backup.madeAt },
          safety: safety.value,
          asideFolder: join(damagedFolder, 'left-beside-the-file'),
        };
        job.progress(2, 4, 'copying');
        const replaced = await replaceFundFile(home, intent, closeHere, (done, total) => job.progress(done, total, 'copying'));
        return replaced.ok ? success(intent) : replaced;
      };
      const replaced = openHere ? await holdingWrites(openHere, keepAndReplace) : await keepAndReplace();
      if (!replaced.ok) return replaced;
      const intent = replaced.value;

      // Step 5: the restored file opens as any fund does (migrated if it is older: the backup it came from is its
      // pre-migration copy), and records the restore in itself, through the unit of work.
      job.progress(3, 4, 'opening');
      const fund = funds.add(openRestoredFundFile(path, openOptions));
      crashPoint('restore-step-9');
      const facts: RestoreFacts = {
        restoreId,
        backupFileName: backup.fileName,
        backupSha256: backup.sha256,
        backupMadeAt: backup.madeAt,
        safety: intent.safety,
        actor: intent.actor,
      };
      const context = callContext(sourceOf(fund), 'backups.restore', { restoreId });
      const recorded = runUnitOfWork(context, {}, () => recordRestore(context, facts));
      if (!recorded.ok) return recorded;
      crashPoint('restore-step-10');
      deleteRestoreIntent(home, restoreId);

      // Step 6: what the safety copy holds after the backup's last entry.
      const described = host.opened(fund);
      if (!described.ok) return described;
      job.progress(4, 4, 'done');
      return success({ fund: described.value, gap: gapOf(recorded.value, home) });
    } finally {
      host.running.delete(restoreId);
    }
  }

  return {
    'backups.find': (input: { location: string }): Result<RestoreCandidates> => {
      const path = resolveLocation(home, locationMode, input.location);
      if (!path.ok) return path;
      const { identity, openHere } = identityAt(path.value);
      const stem = fundStem(basename(path.value));
      const folders = foldersFor(home, identity, stem);
      const backups = listedBackups(folders).map(({ record }) => restoreChoice(record, appVersion));
      const nameHint = folders.map(({ index }) => index.fundName).find((name) => name !== '') ?? stem;
      return success({ target: targetOf(path.value, identity, openHere, nameHint), backups, appVersion });
    },

    'backups.inspect': async (input: { fileId: string }): Promise<Result<InspectedBackup>> => {
      const file = files.get(input.fileId);
      if (!file) return failure('file-not-ready', 'fileId');
      const header = readFileHeader(file.path);
      if (!header?.isFund || header.isWal) return failure('not-a-backup', 'fileId', { fileName: file.name });
      const identity = readBackupIdentity(file.path);
      if (!identity) return failure('backup-damaged', 'fileId', { fileName: file.name, problem: 'fund' });
      const record = recordOfPicked(file.path, file.name, identity.uuid);
      const isNewer = header.userVersion > appVersion;
      // A file no index knows is described by a quick look of its own, in the worker; a newer one is not looked into.
      const figures = record?.figures ?? (isNewer ? null : (await verifyCopy(file.path, appVersion, 'quick')).figures);
      const backup = record
        ? restoreChoice(record, appVersion)
        : {
            fileName: file.name,
            kind: 'manual' as const,
            madeAt: '',
            bytes: file.bytes,
            sha256: file.sha256,
            schemaVersion: header.userVersion,
            figures: figures ?? {
              members: 0,
              receipts: 0,
              auditRows: 0,
              lastJournalEntryId: 0,
              cashBalanceSatang: 0,
              lastReceiptNo: null,
              fundName: identity.name,
            },
            verifiedLevel: 'quick' as const,
            verifiedAt: '',
            isNewer,
            chains: null,
          };
      const path = homeOf(identity, fundStem(file.name.replace(/_\d{4}-\d{2}-\d{2}T\d{4}_[a-z-]+\.swfbak$/i, '')));
      const { openHere } = identityAt(path);
      const target = targetOf(path, existsSync(path) ? identity : undefined, openHere, identity.name);
      return success({ backup, fundUuid: identity.uuid, target: { ...target, fundUuid: identity.uuid }, appVersion });
    },

    'backups.restore': async (
      input: { location: string; backupFileName?: string | undefined; fileId?: string | undefined },
      job: JobContext,
    ): Promise<Result<RestoreOutcome>> => {
      if ((input.backupFileName === undefined) === (input.fileId === undefined))
        return failure('bad-input', input.fileId === undefined ? 'backupFileName' : 'fileId', { reason: 'one-of' });
      const path = resolveLocation(home, locationMode, input.location);
      if (!path.ok) return path;
      if (input.fileId !== undefined) {
        const file = files.get(input.fileId);
        if (!file) return failure('file-not-ready', 'fileId');
        return restore(path.value, { path: file.path, fileName: file.name, record: undefined }, job);
      }
      const { identity } = identityAt(path.value);
      const found = listedBackups(foldersFor(home, identity, fundStem(basename(path.value)))).filter(
        ({ record }) => record.fileName === input.backupFileName,
      );
      const chosen = found[0];
      if (!chosen || found.length > 1) return failure('backup-not-found', 'backupFileName', { fileName: input.backupFileName ?? '' });
      return restore(
        path.value,
        { path: join(chosen.folder, chosen.record.fileName), fileName: chosen.record.fileName, record: chosen.record },
        job,
      );
    },
  };
}

/**
 * How a restore a crash interrupted after its rename is finished at the next start (restore-fund.ts decides
 * which ones): the restored file opened as any fund is (migrated if older), the restore recorded in it through the
 * unit of work — once, however often this runs — and the file closed again, its WAL checkpointed.
 */
export function restoreFinisher(
  openOptions: OpenOptions,
  sourceOf: (fund: Pick<OpenFund, 'connection' | 'path'>) => CallSource,
): (intent: RestoreIntent) => void {
  return (intent) => {
    const session = openRestoredFundFile(intent.fundPath, openOptions);
    try {
      const context = callContext(sourceOf(session), 'backups.restore', { restoreId: intent.restoreId });
      const facts: RestoreFacts = {
        restoreId: intent.restoreId,
        backupFileName: intent.backup.fileName,
        backupSha256: intent.backup.sha256,
        backupMadeAt: intent.backup.madeAt,
        safety: intent.safety,
        actor: intent.actor,
      };
      const recorded = runUnitOfWork(context, {}, () => recordRestore(context, facts));
      if (!recorded.ok) throw new Error(`the restored fund refused its restore record: ${recorded.error.code}`);
    } finally {
      session.close();
    }
  };
}
