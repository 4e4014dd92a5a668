import type { ApiResult } from '../../shared/api/api-result';
import { appContract, type AppMethod, type OpenedFund } from '../../shared/api/app-contract';
import type { Contract, MethodSpec } from '../../shared/api/contract-kit';
import { fundContract, type FundMethod } from '../../shared/api/fund-contract';
import { methodAccess } from '../../shared/api/method-access';
import type { CurrentPerson } from '../../shared/api/people-types';
import { jobsContract, type JobStatus } from '../../shared/api/jobs-contract';
import { localDateOf } from '../../shared/domain/local-time';
import { failure, success, type DomainError, type Result } from '../../shared/domain/result';
import { join } from 'node:path';
import { createAppHandlers, incomingLimitBytes, receivedFile } from './app-handlers';
import { createBackupSchedule, type BackupSchedule } from './backups/backup-schedule';
import { FileStore } from './files/file-store';
import { createBackend, requestReplays, type RequestReplays } from './create-backend';
import type { Connection } from './db/execute';
import { fundFileErrorOf, isDamage, isStorageFull, isTransientIo, sqliteCode } from './db/sqlite-errors';
import { retryOnceOnTransientIo } from './io-retry';
import { loadMigrations, type Migration } from './db/migrate';
import type { Actor, BackendHost, Clock, ContractSide, HostFiles, HostOptions } from './host-types';
import { JobCancelledError, JobRunner, type JobContext } from './jobs/job-runner';
import { translateError } from './messages';
import { OpenFunds, type OpenFund } from './open-funds';
import { accessRefusal, actorOf, userOfOld } from './people-session';
import { parseInput } from './parse-input';
import { backupFolder } from './backups/backup-index';
import { sweepUnfinished } from './backups/make-backup';
import { resolveLeftoverRestores } from './backups/restore-fund';
import { readFundIfPresent } from './db/repositories/fund-repository';
import { openOptionsOf } from './fund-file-handlers';
import { createRegionHost } from './region/region-host';
import { restoreFinisher } from './restore-handlers';
import { callContext, earlierAnswer, jobContext, runUnitOfWork, type CallSource, type Replay } from './unit-of-work';
import type { JobUseCaseContext, UseCaseContext } from './use-cases/use-case-context';

/**
 * The host's clock over a source of milliseconds: instants are UTC, and "today" is the treasurer's calendar day
 * in Thai time whatever zone the machine is set to (issue 14 §8), so a claim recorded at 01:00 on 1 October is
 * numbered in the new fiscal year even on a laptop left on UTC.
 */
export function clockAt(milliseconds: () => number): Clock {
  return {
    now: () => new Date(milliseconds()).toISOString(),
    today: () => localDateOf(new Date(milliseconds()).toISOString()),
  };
}

export const systemClock: Clock = clockAt(() => Date.now());

function toApi<T>(result: Result<T>): ApiResult<T> {
  return result.ok ? { ok: true, value: result.value } : { ok: false, error: translateError(result.error) };
}

function specOf(contract: Contract, method: string): MethodSpec | undefined {
  return Object.hasOwn(contract, method) ? contract[method] : undefined;
}

/** SQLite's own safety nets speak in constraint messages; a few map back to the domain's codes. */
function knownDatabaseRefusal(error: unknown): DomainError | undefined {
  const message = error instanceof Error ? error.message : '';
  if (message.includes('month-already-paid')) return { code: 'period-already-paid', field: 'periods' };
  // A rule version or plan rate a claim or receipt already used (the app checks first; this is the net behind it).
  if (message.includes('money-rule-in-use')) return { code: 'money-rule-in-use' };
  // A request id the app derived (a line's receipt, a reversal's parts) met one a client sent before.
  if (/UNIQUE constraint failed: \w+\.(post_)?request_id/.test(message)) return { code: 'request-id-taken', field: 'requestId' };
  return undefined;
}

type PlainHandler = (context: UseCaseContext, input: unknown) => Result<unknown>;
type AppJobHandler = (input: unknown, job: JobContext) => Promise<Result<unknown>>;

/** App methods that open, make or copy a fund file: whatever goes wrong, they answer a reason, never "internal". */
const fileMethods: ReadonlySet<string> = new Set([
  'funds.open',
  'funds.create',
  'funds.openCopy',
  'funds.saveCopy',
  'regions.open',
  'regions.create',
]);
type JobHandler = (context: JobUseCaseContext, input: unknown) => Promise<Result<unknown>>;

/**
 * The one backend host of A1: the file-level AppApi, the FundApi of every open fund and the jobs contract,
 * behind one dispatcher. It checks the method name and the fund handle, re-parses the input, and owns the unit
 * of work (A6): one transaction per write call, committed only if the use case succeeded, with the call's id on
 * every audit row. Electron's backend process, web mode, the CLI and the tests all create one of these.
 */
export function createHost(
  options: HostOptions & {
    migrations?: readonly Migration[];
    /** Where the migrations folder is when not beside the sources (the desktop build's extraResources). */
    migrationsFolder?: string;
    /** Tests only: sees each connection as it is opened, to check row counts and invariants directly. */
    onConnection?: (connection: Connection) => void;
  },
): BackendHost {
  const clock = options.clock ?? systemClock;
  // The file-level actor (making, copying, restoring files); a fund call acts as the person chosen for it.
  const actor = options.actor ?? userOfOld;
  const migrations = options.migrations ?? loadMigrations(options.migrationsFolder);
  const log = options.log ?? ((entry) => console.error(`[swf] ${entry.level} ${entry.code}${entry.detail ? `: ${entry.detail}` : ''}`));
  const handlers = createBackend();
  const replays: Partial<Record<string, Replay>> = requestReplays satisfies RequestReplays;
  const progressListeners = new Set<(status: JobStatus) => void>();
  const files = new FileStore(join(options.home, '.transfers'));
  const funds = new OpenFunds(
    (fund) => {
      fund.jobs.onProgress((status) => progressListeners.forEach((listener) => listener(status)));
      // Whatever a backup killed half-way left in this fund's folder: no one else makes this fund's backups.
      const uuid = readFundIfPresent(fund.connection)?.uuid;
      if (uuid && !fund.readOnly) sweepUnfinished(backupFolder(options.home, uuid));
      options.onConnection?.(fund.connection);
    },
    (error) =>
      log({ level: 'error', code: 'close-failed', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
  // File-level jobs (a restore) run here, one at a time, outside any fund: the fund they touch is closed meanwhile.
  const appJobs = new JobRunner();
  appJobs.onProgress((status) => progressListeners.forEach((listener) => listener(status)));
  const runningRestores = new Set<string>();
  const sourceOf = (fund: Pick<OpenFund, 'connection' | 'path'>, who: Actor = actor): CallSource => ({
    fundFile: { path: fund.path, home: options.home },
    connection: fund.connection,
    clock,
    actor: who,
    files,
    ...(options.newCallId ? { newCallId: options.newCallId } : {}),
  });
  const regions = createRegionHost({
    options,
    clock,
    files,
    onProgress: (status) => progressListeners.forEach((listener) => listener(status)),
  });
  const appHandlers = createAppHandlers({ options, migrations, funds, files, sourceOf, clock, actor, runningRestores, regions });

  /**
   * A restore a crash interrupted is finished or rolled back before anything else (reliability §(b) "Restore",
   * step 5): at the host's start, and again before a fund is opened or restored, in case another process at the
   * same SWF_HOME crashed meanwhile. Cheap when there is none: one look at SWF_HOME/Restores.
   */
  function recoverRestores(): void {
    for (const recovered of resolveLeftoverRestores(
      options.home,
      restoreFinisher(openOptionsOf(options, clock, migrations), sourceOf),
      runningRestores,
    ))
      log({
        level: recovered.outcome === 'failed' ? 'error' : 'info',
        code: `restore-${recovered.outcome}`,
        detail: `${recovered.fundPath}${recovered.problem ? `: ${recovered.problem}` : ''}`,
      });
  }
  recoverRestores();
  const ioRetry = { waitMilliseconds: options.ioRetryMilliseconds ?? 2000 };

  const hostFiles: HostFiles = {
    async receive(name, body) {
      try {
        const stored = await files.receive(name, body, incomingLimitBytes);
        if (stored === 'too-large') return toApi(failure('file-too-large', 'file', { limitMiB: incomingLimitBytes / 2 ** 20 }));
        if (stored === 'empty') return toApi(failure('file-empty', 'file'));
        if (stored === 'bad-name') return toApi(failure('bad-location', 'file', { location: name }));
        return toApi(success(receivedFile(stored)));
      } catch (error) {
        return internalError(error);
      }
    },
    take(fileId) {
      const taken = files.take(fileId);
      if (!taken) return undefined;
      return { name: taken.file.name, bytes: taken.file.bytes, open: () => files.open(taken.file), done: taken.done };
    },
  };

  async function dispatchApp(method: string, input: unknown): Promise<ApiResult<unknown>> {
    const spec = specOf(appContract, method);
    if (!spec) return toApi(failure('unknown-method', undefined, { method }));
    const parsed = parseInput(spec.input, input);
    if (!parsed.ok) return toApi(parsed);
    if (method === 'funds.open' || method.startsWith('backups.')) recoverRestores();
    if (spec.job) {
      if (appJobs.isBusy()) return toApi(failure('job-busy'));
      const finished = await appJobs.wait(startAppJob(method as AppMethod, parsed.value).jobId);
      if (finished?.state === 'succeeded') return { ok: true, value: finished.result };
      return { ok: false, error: finished?.error ?? translateError({ code: 'internal' }) };
    }
    try {
      const handler = appHandlers[method as AppMethod] as (input: unknown) => Promise<Result<unknown>> | Result<unknown>;
      const result = await handler(parsed.value);
      if (result.ok && (method === 'funds.open' || method === 'funds.create')) schedule?.fundOpened((result.value as OpenedFund).handle);
      if (method === 'funds.close') schedule?.fundClosed((parsed.value as { fund: string }).fund);
      return toApi(result);
    } catch (error) {
      const refused = fileRefusal(error, parsed.value);
      if (refused) return refused;
      // Opening, making or copying a fund file never answers "internal": the file was left as it was found.
      if (fileMethods.has(method)) {
        log({ level: 'error', code: 'fund-open-failed', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        return toApi(failure('fund-open-failed', 'location', { location: (parsed.value as { location?: string }).location ?? '' }));
      }
      throw error;
    }
  }

  /** A fund file refused at the file boundary answers its own code, naming the location (A8). */
  function fileRefusal(error: unknown, input: unknown): ApiResult<never> | undefined {
    const known = fundFileErrorOf(error);
    if (!known) return undefined;
    const location = (input as { location?: string }).location ?? '';
    return toApi(failure(known.code, 'location', { location, ...known.params }));
  }

  function startAppJob(method: AppMethod, input: unknown): JobStatus {
    const handler = appHandlers[method] as unknown as AppJobHandler;
    return appJobs.start(method, async (job) => {
      try {
        return toApi(await handler(input, job));
      } catch (error) {
        if (error instanceof JobCancelledError) return toApi(failure('job-cancelled'));
        return fileRefusal(error, input) ?? internalError(error);
      }
    });
  }

  /** A fund request names its fund (A2); one for a fund that is no longer open is refused, never redirected. */
  function fundOf(handle: string | undefined): Result<OpenFund> {
    const fund = funds.get(handle);
    return fund ? success(fund) : failure('fund-not-open');
  }

  function startJob(fund: OpenFund, method: FundMethod, input: unknown, who: Actor): JobStatus {
    const context = callContext(sourceOf(fund, who), method, input);
    const replay = replays[method];
    const handler = handlers[method] as unknown as JobHandler;
    return fund.jobs.start(method, async (job) => {
      try {
        // A repeat of an earlier request is answered at once, without planning anything again.
        const earlier = earlierAnswer(context, input, replay);
        if (earlier) return toApi(earlier);
        return toApi(await handler(jobContext(context, input, job, replay), input));
      } catch (error) {
        if (error instanceof JobCancelledError) return toApi(failure('job-cancelled'));
        return internalError(error, fund);
      } finally {
        afterBulkJob(fund);
      }
    });
  }

  /**
   * Who a fund call acts as, and whether she may make it (issue 20 §2): checked before the input is even parsed, in
   * every transport, since they all come through here. The backup schedule is no person: it acts as whoever is
   * chosen, or as itself when no one is yet, and is never refused for it.
   */
  function callerOf(fund: OpenFund, method: FundMethod, scheduled: boolean): Result<Actor> {
    const who = actorOf(fund.connection, fund.personId);
    // The one person a fund did not need to ask about stays chosen for the window once it acts: setting her own
    // PIN, or adding a second person, does not shut her out of the window she is working in.
    if (!scheduled && fund.personId === null && who.personId !== null) fund.personId = who.personId;
    if (scheduled) return success(who.personId === null && who.roles.length === 0 ? { ...who, userId: 'schedule' } : who);
    return accessRefusal(methodAccess[method], who) ?? success(who);
  }

  async function dispatchFund(method: string, input: unknown, handle: string | undefined, scheduled = false): Promise<ApiResult<unknown>> {
    const spec = specOf(fundContract, method);
    if (!spec) return toApi(failure('unknown-method', undefined, { method }));
    const fund = fundOf(handle);
    if (!fund.ok) return toApi(fund);
    const caller = callerOf(fund.value, method as FundMethod, scheduled);
    if (!caller.ok) return toApi(caller);
    const who = caller.value;
    const parsed = parseInput(spec.input, input);
    if (!parsed.ok) return toApi(parsed);
    const refused = readOnlyRefusal(fund.value, spec);
    if (refused) return toApi(refused);
    // Writes and jobs wait for the fund's running job (A4); reads are served between its chunks.
    if (!spec.read || spec.job) await fund.value.jobs.idle();
    if (!funds.get(handle)) return toApi(failure('fund-not-open'));
    if (spec.job) {
      const started = startJob(fund.value, method as FundMethod, parsed.value, who);
      const finished = await fund.value.jobs.wait(started.jobId);
      if (finished?.state === 'succeeded') return { ok: true, value: finished.result };
      return { ok: false, error: finished?.error ?? translateError({ code: 'internal' }) };
    }
    const handler = handlers[method as FundMethod] as PlainHandler;
    const open = fund.value;
    const run = () => {
      const context = callContext(sourceOf(open, who), method, parsed.value);
      if (spec.read) return chosen(open, method, handler(context, parsed.value));
      const written = runUnitOfWork(context, parsed.value, () => handler(context, parsed.value), replays[method]);
      open.session.afterWrite();
      return written;
    };
    return toApi(await retryOnceOnTransientIo(run, { ...ioRetry, beforeRetry: () => rollBackLeftover(open) }));
  }

  /** Choosing who is at the PC holds for this fund's handle: every later call of its window acts as her. */
  function chosen(fund: OpenFund, method: string, result: Result<unknown>): Result<unknown> {
    if (method === 'people.signIn' && result.ok) fund.personId = (result.value as CurrentPerson).person?.id ?? null;
    return result;
  }

  /** A fund open only to look refuses every write, naming why; nothing reaches the file (issue 15 §5). */
  function readOnlyRefusal(fund: OpenFund, spec: { read?: true }): Result<never> | undefined {
    if (spec.read || !fund.readOnly) return undefined;
    return failure('fund-read-only', undefined, { readOnlyReason: fund.readOnly.reason });
  }

  /** After any SQLite error SQLite may or may not have rolled back already (reliability §(b)): make sure. */
  function rollBackLeftover(fund: OpenFund): void {
    if (fund.connection.open && fund.connection.inTransaction) fund.connection.exec('ROLLBACK');
  }

  /**
   * A file-level job (a restore) is started and followed without a fund: the fund it restores may not be open. So is a
   * regional workspace's job, which names its workspace in its input.
   */
  async function dispatchAppJobs(method: string, input: unknown): Promise<ApiResult<unknown> | undefined> {
    if (method === 'jobs.start') {
      const request = input as { method: string; input: unknown };
      const regionJob = await regions.startJob(request.method, request.input);
      if (regionJob) return toApi(regionJob);
      const jobSpec = specOf(appContract, request.method);
      if (!jobSpec?.job) return undefined;
      if (appJobs.isBusy()) return toApi(failure('job-busy'));
      const jobInput = parseInput(jobSpec.input, request.input);
      if (!jobInput.ok)
        return toApi(failure(jobInput.error.code, jobInput.error.field && `input.${jobInput.error.field}`, jobInput.error.params));
      if (request.method.startsWith('backups.')) recoverRestores();
      return toApi(success({ jobId: startAppJob(request.method as AppMethod, jobInput.value).jobId }));
    }
    const jobId = (input as { jobId: string }).jobId;
    const status =
      (method === 'jobs.cancel' ? appJobs.cancel(jobId) : appJobs.status(jobId)) ??
      regions.job(method as 'jobs.status' | 'jobs.cancel', jobId);
    return status && toApi(success(status));
  }

  async function dispatchJobs(method: string, input: unknown, handle: string | undefined): Promise<ApiResult<unknown>> {
    const spec = specOf(jobsContract, method);
    if (!spec) return toApi(failure('unknown-method', undefined, { method }));
    const parsed = parseInput(spec.input, input);
    if (!parsed.ok) return toApi(parsed);
    const appJob = await dispatchAppJobs(method, parsed.value);
    if (appJob) return appJob;
    const fund = fundOf(handle);
    if (!fund.ok) return toApi(fund);
    if (method === 'jobs.start') {
      const request = parsed.value as { method: string; input: unknown };
      const jobSpec = specOf(fundContract, request.method);
      if (!jobSpec?.job) return toApi(failure('not-a-job', 'method', { method: request.method }));
      const caller = callerOf(fund.value, request.method as FundMethod, false);
      if (!caller.ok) return toApi(caller);
      const refused = readOnlyRefusal(fund.value, jobSpec);
      if (refused) return toApi(refused);
      const jobInput = parseInput(jobSpec.input, request.input);
      if (!jobInput.ok)
        return toApi(failure(jobInput.error.code, jobInput.error.field && `input.${jobInput.error.field}`, jobInput.error.params));
      // One job at a time (A4): a job asked for while another runs (an automatic backup the person never started)
      // starts when that one ends, rather than being refused.
      while (fund.value.jobs.isBusy()) await fund.value.jobs.idle();
      if (!funds.get(handle)) return toApi(failure('fund-not-open'));
      return toApi(success({ jobId: startJob(fund.value, request.method as FundMethod, jobInput.value, caller.value).jobId }));
    }
    const jobId = (parsed.value as { jobId: string }).jobId;
    const status = method === 'jobs.cancel' ? fund.value.jobs.cancel(jobId) : fund.value.jobs.status(jobId);
    return toApi(status ? success(status) : failure('job-not-found', 'jobId'));
  }

  /**
   * After a bulk job (posting a collection day, a what-if, an import) the WAL is folded into the file and cut back
   * (reliability.md §(b): `wal_checkpoint(TRUNCATE)` after bulk jobs), and the owner record follows the WAL.
   */
  function afterBulkJob(fund: OpenFund): void {
    if (fund.readOnly || !funds.get(fund.handle)) return;
    try {
      fund.session.checkpoint();
    } catch (error) {
      log({ level: 'error', code: 'checkpoint-failed', detail: error instanceof Error ? error.message : String(error) });
    }
    fund.session.afterWrite();
  }

  /**
   * SQLite's refusals in the middle of work (reliability.md §(b)'s table): a full disk and I/O trouble say that
   * nothing from the step was saved; damage found while open turns the fund read-only (it is never written again
   * in this session) and says so. None of them is "internal".
   */
  function storageRefusal(error: unknown, fund: OpenFund | undefined): Result<never> | undefined {
    const code = sqliteCode(error);
    if (isStorageFull(code)) return failure('storage-full');
    if (isTransientIo(code)) return failure('storage-io-error');
    if (isDamage(code)) {
      if (fund && !fund.readOnly) fund.readOnly = { reason: 'file-damaged', params: {} };
      return failure('file-damaged', undefined, { damage: 'corrupt', offers: 'look' });
    }
    return undefined;
  }

  function internalError(error: unknown, fund?: OpenFund): ApiResult<never> {
    const known = knownDatabaseRefusal(error);
    if (known) return toApi(failure(known.code, known.field, known.params));
    const storage = storageRefusal(error, fund);
    if (storage) {
      log({
        level: 'error',
        code: storage.ok ? 'storage' : storage.error.code,
        detail: error instanceof Error ? error.message : String(error),
      });
      return toApi(storage);
    }
    log({ level: 'error', code: 'internal', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return toApi(failure('internal'));
  }

  async function dispatch(
    side: ContractSide,
    method: string,
    input: unknown,
    handle?: string,
    scheduled = false,
  ): Promise<ApiResult<unknown>> {
    try {
      if (side === 'app') return await dispatchApp(method, input);
      if (side === 'fund') return await dispatchFund(method, input, handle, scheduled);
      if (side === 'jobs') return await dispatchJobs(method, input, handle);
      if (side === 'region') return toApi(await regions.dispatch(method, input));
      return toApi(failure('unknown-method', undefined, { method: `${String(side)}/${method}` }));
    } catch (error) {
      return internalError(error, side === 'app' ? undefined : funds.get(handle));
    }
  }

  // Automatic backups ask through the same dispatcher as any transport (held behind jobs, writes waiting on them).
  const schedule: BackupSchedule | undefined =
    options.automaticBackups &&
    createBackupSchedule((side, method, input, handle) => dispatch(side, method, input, handle, true), clock, options.automaticBackups);

  return {
    dispatch,
    onJobProgress: (listener) => {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    files: hostFiles,
    close: () => {
      schedule?.stop();
      funds.closeAll();
      regions.closeAll();
      files.clear();
    },
  };
}
