import { existsSync, rmSync } from 'node:fs';
import type { ApiResult } from '../../shared/api/api-result';
import { appContract, type AppMethod } from '../../shared/api/app-contract';
import type { Contract, MethodSpec } from '../../shared/api/contract-kit';
import { fundContract, type FundMethod } from '../../shared/api/fund-contract';
import { jobsContract } from '../../shared/api/jobs-contract';
import { failure, success, type DomainError, type Result } from '../../shared/domain/result';
import { createBackend, type FundHandlers } from './create-backend';
import type { Connection } from './db/execute';
import { FundFileError } from './db/fund-file-error';
import { loadMigrations, type Migration } from './db/migrate';
import { closeFundFile, copyFundFile, createFundFile, openFundFile } from './db/open-fund-file';
import { readFundIfPresent } from './db/repositories/fund-repository';
import { displayLocation, listFundFiles, readRecent, rememberRecent, resolveLocation } from './fund-locations';
import type { Actor, BackendHost, Clock, ContractSide, HostOptions } from './host-types';
import { JobCancelledError, JobRunner } from './jobs/job-runner';
import { translateError } from './messages';
import { parseInput } from './parse-input';
import { getFund, initializeFund } from './use-cases/fund';
import type { UseCaseContext } from './use-cases/use-case-context';

type OpenFund = { path: string; connection: Connection; handlers: FundHandlers; context: UseCaseContext };

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  // The treasurer's own calendar day: the machine's local date, not UTC.
  today: () => new Date().toLocaleDateString('sv-SE'),
};

const localTreasurer: Actor = { userId: 'treasurer', role: 'treasurer' };

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
  if (message.includes('posted-immutable')) return { code: 'internal' };
  return undefined;
}

/**
 * The one backend host of A1: the file-level AppApi, the FundApi of the open fund and the jobs contract,
 * behind one dispatcher that checks the method name, re-parses the input, runs the use case and answers plain
 * data. Electron's backend process, web mode, the CLI and the tests all create one of these.
 */
export function createHost(
  options: HostOptions & {
    migrations?: readonly Migration[];
    /** Where the migrations folder is when not beside the sources (the desktop build's extraResources). */
    migrationsFolder?: string;
    /** Tests only: sees each connection as it is bound, to check row counts and invariants directly. */
    onConnection?: (connection: Connection) => void;
  },
): BackendHost {
  const clock = options.clock ?? systemClock;
  const actor = options.actor ?? localTreasurer;
  const migrations = options.migrations ?? loadMigrations(options.migrationsFolder);
  const log = options.log ?? ((entry) => console.error(`[swf] ${entry.level} ${entry.code}${entry.detail ? `: ${entry.detail}` : ''}`));
  const jobs = new JobRunner();
  let open: OpenFund | undefined;

  function bind(path: string, connection: Connection): OpenFund {
    const context: UseCaseContext = { connection, clock, actor };
    options.onConnection?.(connection);
    return { path, connection, context, handlers: createBackend(context) };
  }

  function closeOpen(): void {
    if (!open) return;
    closeFundFile(open.connection);
    open = undefined;
  }

  function describeOpen(path: string) {
    if (!open) throw new Error('no fund open');
    const profile = getFund(open.context);
    if (!profile.ok) throw new Error('fund row unreadable');
    return { location: displayLocation(options.locationMode, path), profile: profile.value };
  }

  /** A fund just opened or created goes to the top of the recent list. */
  function opened(path: string) {
    const described = describeOpen(path);
    rememberRecent(options.home, { location: described.location, name: described.profile.name, openedAt: clock.now() });
    return described;
  }

  const appHandlers: { [M in AppMethod]: (input: never) => Promise<Result<unknown>> | Result<unknown> } = {
    'funds.list': () => success(listFundFiles(options.home, options.locationMode)),
    'funds.recent': () => success(readRecent(options.home)),
    'funds.current': () => success(open ? describeOpen(open.path) : null),
    'funds.create': (input: {
      location: string;
      profile: Parameters<typeof initializeFund>[1];
      plan: Parameters<typeof initializeFund>[2];
    }) => {
      const path = resolveLocation(options.home, options.locationMode, input.location);
      if (!path.ok) return path;
      if (existsSync(path.value)) return failure('file-exists', 'location', { location: input.location });
      if (jobs.isBusy()) return failure('job-busy');
      closeOpen();
      const connection = createFundFile(path.value, migrations);
      const created = initializeFund({ connection, clock, actor }, input.profile, input.plan);
      if (!created.ok) {
        // The file was made by this call and holds nothing yet: bad input leaves nothing behind.
        connection.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${path.value}${suffix}`, { force: true });
        return created;
      }
      open = bind(path.value, connection);
      return success(opened(path.value));
    },
    'funds.open': (input: { location: string }) => {
      const path = resolveLocation(options.home, options.locationMode, input.location);
      if (!path.ok) return path;
      if (jobs.isBusy()) return failure('job-busy');
      if (open?.path === path.value) return success(opened(path.value));
      closeOpen();
      const connection = openFundFile(path.value, migrations);
      if (!readFundIfPresent(connection)) {
        connection.close();
        return failure('not-a-fund-file', 'location');
      }
      open = bind(path.value, connection);
      return success(opened(path.value));
    },
    'funds.close': async () => {
      await jobs.idle();
      const wasOpen = open !== undefined;
      closeOpen();
      return success({ closed: wasOpen });
    },
    'funds.saveCopy': async (input: { location: string }) => {
      if (!open) return failure('no-fund-open');
      const path = resolveLocation(options.home, options.locationMode, input.location);
      if (!path.ok) return path;
      if (existsSync(path.value)) return failure('file-exists', 'location', { location: input.location });
      await jobs.idle();
      // SQLite's backup API, never a file copy of an open database (Decision 1, A8).
      await copyFundFile(open.connection, path.value);
      return success({ location: displayLocation(options.locationMode, path.value) });
    },
  };

  async function dispatchApp(method: string, input: unknown): Promise<ApiResult<unknown>> {
    const spec = specOf(appContract, method);
    if (!spec) return toApi(failure('unknown-method', undefined, { method }));
    const parsed = parseInput(spec.input, input);
    if (!parsed.ok) return toApi(parsed);
    try {
      const handler = appHandlers[method as AppMethod] as (input: unknown) => Promise<Result<unknown>> | Result<unknown>;
      return toApi(await handler(parsed.value));
    } catch (error) {
      if (error instanceof FundFileError) {
        return toApi(
          failure(error.code, 'location', { location: (parsed.value as { location?: string }).location ?? '', ...error.params }),
        );
      }
      throw error;
    }
  }

  type AnyHandler = (input: unknown, job?: unknown) => Result<unknown> | Promise<Result<unknown>>;

  function startJob(fund: OpenFund, method: FundMethod, input: unknown) {
    const handler = fund.handlers[method] as AnyHandler;
    return jobs.start(method, async (job) => {
      try {
        return toApi(await handler(input, job));
      } catch (error) {
        if (error instanceof JobCancelledError) return toApi(failure('job-cancelled'));
        return internalError(error);
      }
    });
  }

  async function dispatchFund(method: string, input: unknown): Promise<ApiResult<unknown>> {
    const spec = specOf(fundContract, method);
    if (!spec) return toApi(failure('unknown-method', undefined, { method }));
    if (!open) return toApi(failure('no-fund-open'));
    const parsed = parseInput(spec.input, input);
    if (!parsed.ok) return toApi(parsed);
    if (!spec.read) await jobs.idle();
    const fund = open;
    if (spec.job) {
      const started = startJob(fund, method as FundMethod, parsed.value);
      const finished = await jobs.wait(started.jobId);
      if (finished?.state === 'succeeded') return { ok: true, value: finished.result };
      return { ok: false, error: finished?.error ?? translateError({ code: 'internal' }) };
    }
    const handler = fund.handlers[method as FundMethod] as AnyHandler;
    return toApi(await handler(parsed.value));
  }

  async function dispatchJobs(method: string, input: unknown): Promise<ApiResult<unknown>> {
    const spec = specOf(jobsContract, method);
    if (!spec) return toApi(failure('unknown-method', undefined, { method }));
    const parsed = parseInput(spec.input, input);
    if (!parsed.ok) return toApi(parsed);
    if (method === 'jobs.start') {
      const request = parsed.value as { method: string; input: unknown };
      const jobSpec = specOf(fundContract, request.method);
      if (!jobSpec?.job) return toApi(failure('not-a-job', 'method', { method: request.method }));
      if (!open) return toApi(failure('no-fund-open'));
      if (jobs.isBusy()) return toApi(failure('job-busy'));
      const jobInput = parseInput(jobSpec.input, request.input);
      if (!jobInput.ok)
        return toApi(failure(jobInput.error.code, jobInput.error.field && `input.${jobInput.error.field}`, jobInput.error.params));
      return toApi(success({ jobId: startJob(open, request.method as FundMethod, jobInput.value).jobId }));
    }
    const jobId = (parsed.value as { jobId: string }).jobId;
    const status = method === 'jobs.cancel' ? jobs.cancel(jobId) : jobs.status(jobId);
    return toApi(status ? success(status) : failure('job-not-found', 'jobId'));
  }

  function internalError(error: unknown): ApiResult<never> {
    const known = knownDatabaseRefusal(error);
    if (known && known.code !== 'internal') return toApi(failure(known.code, known.field, known.params));
    log({ level: 'error', code: 'internal', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return toApi(failure('internal'));
  }

  return {
    async dispatch(side: ContractSide, method: string, input: unknown) {
      try {
        if (side === 'app') return await dispatchApp(method, input);
        if (side === 'fund') return await dispatchFund(method, input);
        if (side === 'jobs') return await dispatchJobs(method, input);
        return toApi(failure('unknown-method', undefined, { method: `${String(side)}/${method}` }));
      } catch (error) {
        return internalError(error);
      }
    },
    onJobProgress: (listener) => jobs.onProgress(listener),
    close: () => closeOpen(),
  };
}
