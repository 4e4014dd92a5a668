import { existsSync, mkdirSync, statfsSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import type { CopyIntent, LocationWarning, OpenedFund, ReadOnlyReason } from '../../shared/api/app-contract';
import { failure, success, type Result } from '../../shared/domain/result';
import type { BackupRecord } from './backups/backup-index';
import { backUpFund } from './backups/back-up-fund';
import type { Migration } from './db/migrate';
import {
  copyClosedFundFile,
  copyFundFile,
  createFundFile,
  inspectFundFile,
  openFundFile,
  removeFundFile,
  spaceNeeded,
  type FundFileSession,
  type OpenOptions,
} from './db/open-fund-file';
import { FundFileError } from './db/fund-file-error';
import { latestVersion } from './db/migrate';
import { readCopyOrigin } from './db/repositories/backup-repository';
import { isDemoFund } from './db/repositories/demo-repository';
import {
  displayLocation,
  fundExtension,
  fundsFolder,
  isWorkshopMaster,
  listFundFiles,
  noteDemo,
  readRecent,
  rememberRecent,
  resolveLocation,
} from './fund-locations';
import type { Clock, HostOptions } from './host-types';
import { probeLocation } from './location-probe';
import { judgeLocation } from './location-risks';
import type { OpenFund, OpenFunds } from './open-funds';
import { saveCopyOf } from './save-copy';
import { logBackupAttempt } from './steps/backup-log';
import { verifyChainsSinceLastCheck } from './steps/audit-chain';
import { inTransaction } from './db/execute';
import { callContext, runUnitOfWork, type CallSource } from './unit-of-work';
import { getFund, initializeFund } from './use-cases/fund';

type FundFileHost = {
  options: HostOptions;
  clock: Clock;
  migrations: readonly Migration[];
  funds: OpenFunds;
  sourceOf: (fund: Pick<OpenFund, 'connection' | 'path'>) => CallSource;
};

/** Whether an open fund is a demo; a file from before the flag (looked at without upgrading it) is not. */
function isDemoAt(connection: OpenFund['connection']): boolean {
  try {
    return isDemoFund(connection);
  } catch {
    return false;
  }
}

/** Looks a person asked for; a look for any other reason (a damaged file, a backup) never turns into work by itself. */
const chosenLooks: readonly ReadOnlyReason[] = ['requested', 'older-version'];

function freeBytesOf(folder: string): number {
  const stats = statfsSync(folder);
  return stats.bavail * stats.bsize;
}

/** The first free name in the fund folder: `name.swfund`, then `name (2).swfund`, … */
function freeCopyPath(folder: string, source: string): string {
  const name = basename(source);
  const stem = name.toLowerCase().endsWith(fundExtension) ? name.slice(0, -fundExtension.length) : name.replace(/\.[^.]*$/, '');
  let candidate = join(folder, `${stem}${fundExtension}`);
  for (let count = 2; existsSync(candidate); count += 1) candidate = join(folder, `${stem} (${count})${fundExtension}`);
  return candidate;
}

/**
 * The file-level use cases of A2 that open, make and close fund files. Opening never closes another fund: the
 * host holds any number at once, each under its own handle. A failed open or create leaves every open fund as it
 * was and nothing of its own behind: no connection, no lock, no file it made.
 */
/** How this host opens fund files: its migrations, its SWF_HOME, who it says holds them, and its clock. */
export function openOptionsOf(options: HostOptions, clock: Clock, migrations: readonly Migration[]): OpenOptions {
  return {
    migrations,
    home: options.home,
    holder: options.holder ?? 'desktop',
    now: () => clock.now(),
    freeBytes: options.freeBytes ?? freeBytesOf,
  };
}

/**
 * The file-level use cases of A2 that open, make, copy and close fund files. Opening never closes another fund:
 * the host holds any number at once, each under its own handle. A failed open or create leaves every open fund as
 * it was and nothing of its own behind: no connection, no lock, no file it made.
 */
export function createFundFileHandlers({ options, clock, migrations, funds, sourceOf }: FundFileHost) {
  const { home, locationMode } = options;
  const openOptions = openOptionsOf(options, clock, migrations);
  const facts = options.probeLocation ?? ((path: string) => probeLocation(path, home));

  /** Where a set-aside file went, as the transport may show it: inside SWF_HOME only by its relative name in web mode. */
  function shownPath(path: string): string {
    if (locationMode === 'path') return path;
    const inHome = relative(home, path);
    return inHome.startsWith('..') || isAbsolute(inHome) ? basename(path) : inHome;
  }

  /** A demo made from a master in the workshop folder, which `workshop.reset` makes again (issue 19 §5). */
  function isWorkshopCopy(connection: OpenFund['connection']): boolean {
    if (!isDemoAt(connection)) return false;
    const origin = readCopyOrigin(connection);
    return origin?.intent === 'separate' && isWorkshopMaster(home, origin.sourceFile);
  }

  function describe(fund: OpenFund): OpenedFund {
    const profile = getFund(callContext(sourceOf(fund), 'fund.get', {}));
    if (!profile.ok) throw new Error('fund row unreadable');
    const readOnly = fund.readOnly && {
      reason: fund.readOnly.reason,
      params: {
        ...fund.readOnly.params,
        ...(typeof fund.readOnly.params.keptAt === 'string' ? { keptAt: shownPath(fund.readOnly.params.keptAt) } : {}),
      },
    };
    return {
      handle: fund.handle,
      location: displayLocation(locationMode, fund.path),
      profile: profile.value,
      readOnly,
      warnings: fund.warnings,
      demo: isDemoAt(fund.connection),
      workshopCopy: isWorkshopCopy(fund.connection),
    };
  }

  /**
   * A fund just opened or created goes to the top of the recent list (a look at a backup does not, nor a room's copy
   * in the workshop folder, which the start screen could not open by its name).
   */
  function opened(fund: OpenFund): Result<OpenedFund> {
    const described = describe(fund);
    if (fund.readOnly?.reason !== 'backup-file' && !isWorkshopMaster(home, fund.path)) {
      try {
        rememberRecent(home, { location: described.location, name: described.profile.name, openedAt: clock.now(), demo: described.demo });
        noteDemo(home, described.location, described.demo);
      } catch {
        // A recent list that cannot be written (a read-only home) does not stop the fund from opening.
      }
    }
    return success(described);
  }

  /** Hands a session to the host; if the fund cannot even be described (its row unreadable), it is closed again. */
  function register(session: FundFileSession, warnings: LocationWarning[]): Result<OpenedFund> {
    const fund = funds.add(session, warnings);
    try {
      return opened(fund);
    } catch (error) {
      funds.close(fund);
      throw error;
    }
  }

  function locationOf(path: string): Result<LocationWarning[]> {
    const verdict = judgeLocation(facts(path));
    if (verdict.refused) return failure(verdict.refused, 'location', { location: displayLocation(locationMode, path), offers: 'copy' });
    return success(verdict.warnings);
  }

  async function open(path: string, lookOnly: boolean): Promise<Result<OpenedFund>> {
    const already = funds.atPath(path);
    if (already) {
      const becomesWork = !lookOnly && already.readOnly !== null && chosenLooks.includes(already.readOnly.reason);
      if (!becomesWork) return opened(already);
      // The look she chose becomes work: it is closed (after its job) and the file opened for writing.
      await already.jobs.idle();
      if (funds.get(already.handle)) funds.close(already);
    }
    const warnings = locationOf(path);
    if (!warnings.ok) return warnings;
    // A verified backup before any migration changes the file (issue 15): if it fails, the migration does not run
    // and the open is refused with the reason, nothing written. It is logged once the fund has a backup log.
    let preMigration: Result<BackupRecord> | undefined;
    const session = await openFundFile(path, {
      ...openOptions,
      lookOnly,
      beforeMigrate: async (unmigrated) => {
        preMigration = await backUpFund(unmigrated, { path, home }, 'pre-migration', clock.now());
        if (preMigration.ok) return;
        const { code, params } = preMigration.error;
        throw new FundFileError(code === 'backup-no-space' ? 'migration-backup-no-space' : 'migration-backup-failed', params ?? {});
      },
    });
    const described = register(session, warnings.value);
    const made = preMigration;
    const fund = funds.atPath(path);
    if (made && fund && !fund.readOnly) {
      const context = callContext(sourceOf(fund), 'funds.open', { location: path });
      runUnitOfWork(context, {}, () => success(logBackupAttempt(context, 'pre-migration', made)));
    }
    // The hash chains from where they were last found whole (issue 20 §1): a break opens the fund to look only,
    // naming the first row that fails, with the way back through a backup.
    if (fund && !fund.readOnly) {
      const broken = inTransaction(fund.connection, () => verifyChainsSinceLastCheck(fund.connection, clock.now()));
      if (broken) {
        fund.readOnly = { reason: 'chain-broken', params: { chain: broken.chain, rowId: broken.rowId, problem: broken.problem } };
        return opened(fund);
      }
    }
    return described;
  }

  /** The fund "Save a copy" reads: one this host has open, or a file it looks at briefly (closed again afterwards). */
  async function sourceFund(source: { fund?: string; location?: string }): Promise<Result<{ fund: OpenFund; isBrief: boolean }>> {
    if (source.fund !== undefined) {
      const fund = funds.get(source.fund);
      return fund ? success({ fund, isBrief: false }) : failure('fund-not-open', 'source.fund');
    }
    const location = source.location ?? '';
    const path = resolveLocation(home, locationMode, location, { backups: true });
    if (!path.ok) return failure(path.error.code, 'source.location', { location, ...path.error.params });
    const already = funds.atPath(path.value);
    if (already) return success({ fund: already, isBrief: false });
    try {
      // A look: copying a fund never migrates or writes to it (a file from an older version is copied as it is).
      const session = await openFundFile(path.value, { ...openOptions, lookOnly: true });
      return success({ fund: funds.add(session), isBrief: true });
    } catch (error) {
      if (error instanceof FundFileError) return failure(error.code, 'source.location', { location, ...error.params });
      throw error;
    }
  }

  const handlers = {
    'funds.list': () => {
      const latest = latestVersion(migrations);
      const listed = listFundFiles(home, locationMode);
      const folder = fundsFolder(home);
      const funds = listed.funds.map((entry) => {
        let fromOlderVersion = false;
        try {
          fromOlderVersion = inspectFundFile(join(folder, basename(entry.location)), latest, true).userVersion < latest;
        } catch {
          // Not a fund file it can read: opening it says why.
        }
        return { ...entry, fromOlderVersion };
      });
      return success({ folder: listed.folder, funds });
    },
    'funds.recent': () => success(readRecent(home)),
    'funds.current': (input: { fund?: string }) => {
      const fund = funds.get(input.fund);
      return success(fund ? describe(fund) : null);
    },
    'funds.create': (input: {
      location: string;
      profile: Parameters<typeof initializeFund>[1];
      plan: Parameters<typeof initializeFund>[2];
      approvalsCiteResolution: boolean;
    }) => {
      const path = resolveLocation(home, locationMode, input.location);
      if (!path.ok) return path;
      if (existsSync(path.value)) return failure('file-exists', 'location', { location: input.location });
      const warnings = locationOf(path.value);
      if (!warnings.ok) return warnings;
      const session = createFundFile(path.value, openOptions);
      let created: Result<{ uuid: string }>;
      try {
        const context = callContext(sourceOf(session), 'funds.create', input);
        created = runUnitOfWork(context, input, () => initializeFund(context, input.profile, input.plan, input.approvalsCiteResolution));
      } catch (error) {
        session.close();
        removeFundFile(path.value);
        throw error;
      }
      if (!created.ok) {
        // The file was made by this call and holds nothing yet: bad input leaves nothing behind.
        session.close();
        removeFundFile(path.value);
        return created;
      }
      session.identify(created.value.uuid);
      return register(session, warnings.value);
    },
    'funds.open': async (input: { location: string; readOnly: boolean }) => {
      const path = resolveLocation(home, locationMode, input.location, { backups: true });
      if (!path.ok) return path;
      return open(path.value, input.readOnly);
    },
    'funds.openCopy': async (input: { location: string }) => {
      const path = resolveLocation(home, locationMode, input.location, { backups: true });
      if (!path.ok) return path;
      const folder = fundsFolder(home);
      mkdirSync(folder, { recursive: true });
      const destination = freeCopyPath(folder, path.value);
      const source = funds.atPath(path.value);
      if (source) {
        if (source.readOnly?.reason === 'file-damaged')
          return failure('file-damaged', 'location', { location: input.location, offers: 'look' });
        await source.jobs.idle();
        const needed = spaceNeeded(statSync(source.path).size);
        const free = openOptions.freeBytes(folder);
        if (free < needed)
          throw new FundFileError('storage-low', {
            neededMiB: Math.ceil(needed / 2 ** 20),
            freeMiB: Math.floor(free / 2 ** 20),
            offers: '',
          });
        // SQLite's backup API from the open connection (A8): never a file copy of an open database.
        await copyFundFile(source.connection, destination);
      } else {
        await copyClosedFundFile(path.value, destination, openOptions);
      }
      const copy = await open(destination, false);
      if (!copy.ok) return copy;
      // The copy is now the fund she works in; the original is left as it was, and closed if this host had it.
      if (source && funds.get(source.handle)) {
        await source.jobs.idle();
        funds.close(source);
      }
      return success({ ...copy.value, copiedFrom: displayLocation(locationMode, path.value) });
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
  };
  return { handlers, opened, openOptions, open, sourceFund };
}
