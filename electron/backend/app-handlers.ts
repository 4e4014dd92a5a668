import { copyFile, rename, rm } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppMethod, ReceivedFile } from '../../shared/api/app-contract';
import { roomMethods } from '../../shared/api/room-contract';
import { failure, success, type Result } from '../../shared/domain/result';
import type { Migration } from './db/migrate';
import type { FileStore, StoredFile } from './files/file-store';
import { createDemoHandlers } from './demo/demo-handlers';
import { createFundFileHandlers } from './fund-file-handlers';
import { displayLocation, resolveSaveLocation } from './fund-locations';
import type { Actor, Clock, HostOptions } from './host-types';
import type { JobContext } from './jobs/job-runner';
import type { OpenFund, OpenFunds } from './open-funds';
import type { RegionHost } from './region/region-host';
import { createRestoreHandlers } from './restore-handlers';
import type { CallSource } from './unit-of-work';

/** A file-level method; the job methods (a restore) also get their job, to report progress (A4). */
export type AppHandlers = { [M in AppMethod]: (input: never, job: JobContext) => Promise<Result<unknown>> | Result<unknown> };

type AppHost = {
  options: HostOptions;
  clock: Clock;
  migrations: readonly Migration[];
  funds: OpenFunds;
  files: FileStore;
  /** The clock, actor and call ids of the host, over one fund's connection. */
  sourceOf: (fund: Pick<OpenFund, 'connection' | 'path'>) => CallSource;
  actor: Actor;
  /** The restores running in this host, which a look for leftover restore intents leaves alone. */
  runningRestores: Set<string>;
  /** The regional workspaces this host has open (issue 18 §4). */
  regions: RegionHost;
};

/** What a file brought in or made shows of itself: never its path. */
export function receivedFile(file: StoredFile): ReceivedFile {
  return { fileId: file.id, name: file.name, bytes: file.bytes, sha256: file.sha256 };
}

/**
 * A room of laptops (issue 19 §4) lives in the program that serves pages (web mode's server, the desktop app's backend
 * process), which answers these before they reach the host; a host alone (the CLI, a test) has no listener to
 * open, and says so.
 */
const roomNotServed = Object.fromEntries(Object.keys(roomMethods).map((method) => [method, () => failure('room-not-served')])) as {
  [M in keyof typeof roomMethods]: () => Result<never>;
};

/** The largest file a person may bring: a sync file's cap (reliability §(c)), which no workbook or backup reaches either. */
export const incomingLimitBytes = 256 * 1024 * 1024;

/** The file-level use cases (A2): fund files (fund-file-handlers.ts), restores (restore-handlers.ts), files in and out. */
export function createAppHandlers(host: AppHost): AppHandlers {
  const { options, files } = host;
  const { home, locationMode } = options;
  const fundFiles = createFundFileHandlers(host);

  return {
    ...fundFiles.handlers,
    ...createDemoHandlers({
      home,
      locationMode,
      clock: host.clock,
      funds: host.funds,
      openOptions: fundFiles.openOptions,
      sourceOf: host.sourceOf,
      open: fundFiles.open,
      sourceFund: fundFiles.sourceFund,
    }),
    ...host.regions.fileHandlers,
    ...roomNotServed,
    ...createRestoreHandlers({
      options,
      openOptions: fundFiles.openOptions,
      funds: host.funds,
      files,
      sourceOf: host.sourceOf,
      opened: fundFiles.opened,
      clock: host.clock,
      actor: host.actor,
      running: host.runningRestores,
    }),
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
