import { copyFile, rename, rm } from 'node:fs/promises';
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppMethod, CopyIntent, OpenedFund, ReceivedFile } from '../../shared/api/app-contract';
import { failure, success, type Result } from '../../shared/domain/result';
import type { BackupRecord } from './backups/backup-index';
import { backUpFund } from './backups/back-up-fund';
import { FundFileError } from './db/fund-file-error';
import type { Migration } from './db/migrate';
import { createFundFile, openFundFile } from './db/open-fund-file';
import { readFundIfPresent } from './db/repositories/fund-repository';
import type { FileStore, StoredFile } from './files/file-store';
import { displayLocation, listFundFiles, readRecent, rememberRecent, resolveLocation, resolveSaveLocation } from './fund-locations';
import type { Actor, Clock, HostOptions } from './host-types';
import type { JobContext } from './jobs/job-runner';
import type { OpenFund, OpenFunds } from './open-funds';
import { saveCopyOf } from './save-copy';
import { logBackupAttempt } from './steps/backup-log';
import { createRestoreHandlers } from './restore-handlers';
import { callContext, runUnitOfWork, type CallSource } from './unit-of-work';
import { getFund, initializeFund } from './use-cases/fund';

/** A file-level method; the job methods (a restore) also get their job, to report progress (A4). */
export type AppHandlers = { [M in AppMethod]: (input: never, job: JobContext) => Promise<Result<unknown>> | Result<unknown> };

type AppHost = {
  options: HostOptions;
  migrations: readonly Migration[];
  funds: OpenFunds;
  files: FileStore;
  /** The clock, actor and call ids of the host, over one fund's connection. */
  sourceOf: (fund: Pick<OpenFund, 'connection' | 'path'>) => CallSource;
  clock: Clock;
  actor: Actor;
  /** The restores running in this host, which a look for leftover restore intents leaves alone. */
  runningRestores: Set<string>;
};

/**
 * The file-level use cases (A2): list, create, open, close and copy fund files. Opening never closes another
 * fund: the host holds any number at once, each under its own handle, and a failed open or create leaves every
 * open fund as it was.
 */
/** What a file brought in or made shows of itself: never its path. */
export function receivedFile(file: StoredFile): ReceivedFile {
  return { fileId: file.id, name: file.name, bytes: file.bytes, sha256: file.sha256 };
}

/** The largest file a person may bring: a sync file's cap (reliability §(c)), which no workbook or backup reaches either. */
export const incomingLimitBytes = 256 * 1024 * 1024;

export function createAppHandlers(host: AppHost): AppHandlers {
  const { options, migrations, funds, files, sourceOf } = host;
  const { home, locationMode } = options;

  function describe(fund: OpenFund): OpenedFund {
    const profile = getFund(callContext(sourceOf(fund), 'fund.get', {}));
    if (!profile.ok) throw new Error('fund row unreadable');
    return { handle: fund.handle, location: displayLocation(locationMode, fund.path), profile: profile.value };
  }

  /** A fund just opened or created goes to the top of the recent list. */
  function opened(fund: OpenFund): Result<OpenedFund> {
    const described = describe(fund);
    rememberRecent(home, { location: described.location, name: described.profile.name, openedAt: sourceOf(fund).clock.now() });
    return success(described);
  }

  /**
   * Opens a fund file for this host (A8), with a verified backup before any migration changes it (issue 15): if
   * that backup fails, the migration does not run and the open is refused with the reason, nothing written. The
   * backup is logged in the fund once the migration has given it a backup log.
   */
  async function openAt(path: string, input: unknown): Promise<Result<OpenFund>> {
    let preMigration: Result<BackupRecord> | undefined;
    const connection = await openFundFile(path, migrations, async (unmigrated) => {
      preMigration = await backUpFund(unmigrated, { path, home }, 'pre-migration', sourceOf({ connection: unmigrated, path }).clock.now());
      if (preMigration.ok) return;
      const { code, params } = preMigration.error;
      throw new FundFileError(code === 'backup-no-space' ? 'migration-backup-no-space' : 'migration-backup-failed', params ?? {});
    });
    if (!readFundIfPresent(connection)) {
      connection.close();
      return failure('not-a-fund-file', 'location');
    }
    const fund = funds.add(path, connection);
    const made = preMigration;
    if (made) {
      const context = callContext(sourceOf(fund), 'funds.open', input);
      runUnitOfWork(context, input, () => success(logBackupAttempt(context, 'pre-migration', made)));
    }
    return success(fund);
  }

  /** The fund "Save a copy" reads: one this host has open, or a file it opens briefly (closed again afterwards). */
  async function sourceFund(source: { fund?: string; location?: string }): Promise<Result<{ fund: OpenFund; isBrief: boolean }>> {
    if (source.fund !== undefined) {
      const fund = funds.get(source.fund);
      return fund ? success({ fund, isBrief: false }) : failure('fund-not-open', 'source.fund');
    }
    const location = source.location ?? '';
    const path = resolveLocation(home, locationMode, location);
    if (!path.ok) return failure('bad-location', 'source.location', { location });
    const already = funds.atPath(path.value);
    if (already) return success({ fund: already, isBrief: false });
    try {
      const fund = await openAt(path.value, { location });
      return fund.ok ? success({ fund: fund.value, isBrief: true }) : failure(fund.error.code, 'source.location', { location });
    } catch (error) {
      if (error instanceof FundFileError) return failure(error.code, 'source.location', { location, ...error.params });
      throw error;
    }
  }

  return {
    ...createRestoreHandlers({
      options,
      migrations,
      funds,
      files,
      sourceOf,
      opened,
      clock: host.clock,
      actor: host.actor,
      running: host.runningRestores,
    }),
    'funds.list': () => success(listFundFiles(home, locationMode)),
    'funds.recent': () => success(readRecent(home)),
    'funds.current': (input: { fund?: string }) => {
      const fund = funds.get(input.fund);
      return success(fund ? describe(fund) : null);
    },
    'funds.create': (input: {
      location: string;
      profile: Parameters<typeof initializeFund>[1];
      plan: Parameters<typeof initializeFund>[2];
    }) => {
      const path = resolveLocation(home, locationMode, input.location);
      if (!path.ok) return path;
      if (existsSync(path.value)) return failure('file-exists', 'location', { location: input.location });
      const connection = createFundFile(path.value, migrations);
      const context = callContext(sourceOf({ connection, path: path.value }), 'funds.create', input);
      const created = runUnitOfWork(context, input, () => initializeFund(context, input.profile, input.plan));
      if (!created.ok) {
        // The file was made by this call and holds nothing yet: bad input leaves nothing behind.
        connection.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${path.value}${suffix}`, { force: true });
        return created;
      }
      return opened(funds.add(path.value, connection));
    },
    'funds.open': async (input: { location: string }) => {
      const path = resolveLocation(home, locationMode, input.location);
      if (!path.ok) return path;
      const already = funds.atPath(path.value);
      if (already) return opened(already);
      const fund = await openAt(path.value, input);
      return fund.ok ? opened(fund.value) : fund;
    },
    'funds.close': async (input: { fund: string }) => {
      const fund = funds.get(input.fund);
      if (!fund) return success({ closed: false });
      await fund.jobs.idle();
      // Another call may have closed it while its job finished.
      if (funds.get(input.fund)) funds.close(fund);
      return success({ closed: true });
    },
    'funds.saveCopy': async (input: { source: { fund?: string; location?: string }; location: string; intent: CopyIntent }) => {
      const path = resolveLocation(home, locationMode, input.location);
      if (!path.ok) return path;
      if (existsSync(path.value)) return failure('file-exists', 'location', { location: input.location });
      const source = await sourceFund(input.source);
      if (!source.ok) return source;
      try {
        return await saveCopyOf(source.value.fund, path.value, input.intent, sourceOf(source.value.fund), (saved) =>
          success({ ...saved, location: displayLocation(locationMode, saved.location) }),
        );
      } finally {
        // A fund opened only to be copied is closed again; one the person has open stays open.
        if (source.value.isBrief) funds.close(source.value.fund);
      }
    },
    'files.save': async (input: { fileId: string; location: string }) => {
      const path = resolveSaveLocation(home, locationMode, input.location);
      if (!path.ok) return path;
      const taken = files.take(input.fileId);
      if (!taken) return failure('file-not-ready', 'fileId');
      // Complete or not at all: a copy beside the target, then a rename over it (the save dialog asked first).
      const temporary = `${path.value}.swf-partial`;
      try {
        await copyFile(taken.file.path, temporary);
        await rename(temporary, path.value);
      } catch (error) {
        await rm(temporary, { force: true });
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC')
          return failure('file-not-saved', 'location', { location: input.location });
        throw error;
      } finally {
        taken.done();
      }
      return success({ location: displayLocation(locationMode, path.value) });
    },
    'files.receive': async (input: { location: string }) => {
      // Web mode names no paths (A13): a browser uploads the file instead.
      if (locationMode === 'folder') return failure('bad-location', 'location', { location: input.location });
      // A backup is read to be restored (never a live fund file or its -wal, which only the backup API copies).
      const path = /\.swfbak$/i.test(input.location) ? success(resolve(input.location)) : resolveSaveLocation(home, 'path', input.location);
      if (!path.ok) return path;
      if (!existsSync(path.value) || !statSync(path.value).isFile())
        return failure('file-not-found', 'location', { location: input.location });
      if (statSync(path.value).size > incomingLimitBytes)
        return failure('file-too-large', 'location', { limitMiB: incomingLimitBytes / 2 ** 20 });
      return success(receivedFile(await files.refer(path.value)));
    },
    'files.describe': (input: { fileId: string }) => {
      const file = files.get(input.fileId);
      return file ? success(receivedFile(file)) : failure('file-not-ready', 'fileId');
    },
    'files.folder': (input: { location: string }) => {
      // Web mode names no paths (A13): its "Copy to…" is a download.
      if (locationMode === 'folder') return failure('bad-location', 'location', { location: input.location });
      const path = resolve(input.location);
      if (!existsSync(path) || !statSync(path).isDirectory()) return failure('folder-not-found', 'location', { location: input.location });
      const folder = files.referFolder(path);
      return success({ folderId: folder.id, location: folder.name });
    },
  };
}
