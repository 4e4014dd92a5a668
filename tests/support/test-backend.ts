import type BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiResult } from '../../shared/api/api-result';
import { localDateOf } from '../../shared/domain/local-time';
import { appContract, type AppApi, type OpenedFund } from '../../shared/api/app-contract';
import { createApiClient, type Transport } from '../../shared/api/create-api-client';
import { fundContract, type FundApi } from '../../shared/api/fund-contract';
import { jobsContract, type JobsApi } from '../../shared/api/jobs-contract';
import { createHost } from '../../electron/backend/create-host';
import type { BackendHost, Clock, HostOptions } from '../../electron/backend/host-types';

/**
 * A fixed clock: tests never depend on the real date. `set` moves it to another day (at 09:00 UTC, 16:00 in
 * Thailand), or to an exact instant when given one (`2026-11-25T11:00:00.000Z`), for the age of a backup.
 */
export function fixedClock(today: string): Clock & { set: (dayOrInstant: string) => void } {
  let current = `${today}T09:00:00.000Z`;
  return {
    now: () => current,
    today: () => localDateOf(current),
    set: (dayOrInstant) => {
      current = dayOrInstant.includes('T') ? dayOrInstant : `${dayOrInstant}T09:00:00.000Z`;
    },
  };
}

/** The app methods that answer an opened fund, whose handle the clients then use. */
const fundOpeningMethods = ['funds.create', 'funds.open', 'funds.openCopy', 'demo.create', 'workshop.makeCopy', 'workshop.reset'];

/** The in-process transport: input and output are structured-cloned, so tests see what a renderer would. */
export function inProcessTransport(host: BackendHost): Transport {
  return async (side, method, input, fund) =>
    structuredClone<ApiResult<unknown>>(await host.dispatch(side, method, structuredClone(input), fund));
}

export type TabClients = { app: AppApi; fund: FundApi; jobs: JobsApi; handle: () => string };

/**
 * Clients that behave like one browser tab: the fund opened or created last through them is the fund their
 * fund and job calls name (A2), as the renderer's client does.
 */
export function tabClients(host: BackendHost): TabClients {
  const transport = inProcessTransport(host);
  let current: string | undefined;
  const remembering: Transport = async (side, method, input, fund) => {
    const result = await transport(side, method, input, fund);
    if (side === 'app' && result.ok && fundOpeningMethods.includes(method)) current = (result.value as OpenedFund).handle;
    return result;
  };
  return {
    app: createApiClient(appContract, 'app', remembering),
    fund: createApiClient(fundContract, 'fund', remembering, () => current),
    jobs: createApiClient(jobsContract, 'jobs', remembering, () => current),
    handle: () => {
      if (current === undefined) throw new Error('no fund opened through these clients');
      return current;
    },
  };
}

export type TestBackend = {
  home: string;
  host: BackendHost;
  app: AppApi;
  fund: FundApi;
  jobs: JobsApi;
  clock: ReturnType<typeof fixedClock>;
  /** The handle of the fund opened or created last. */
  handle: () => string;
  /** The ids the host gave its calls, in order: the last one is the call just made. */
  callIds: string[];
  /** The open fund's connection, for direct checks (row counts, trial balance, invariants). */
  db: () => BetterSqlite3.Database;
  close: () => void;
};

/** A test backend on a fixed day; `options` adds host options a test asks for (automatic backups on hand-driven timers). */
export function createTestBackend(
  today = '2026-11-25',
  options: Partial<Pick<HostOptions, 'automaticBackups' | 'locationMode'>> = {},
): TestBackend {
  const home = mkdtempSync(join(tmpdir(), 'swf-test-'));
  const clock = fixedClock(today);
  let connection: BetterSqlite3.Database | undefined;
  const callIds: string[] = [];
  const host = createHost({
    home,
    locationMode: 'path',
    clock,
    onConnection: (opened) => (connection = opened),
    log: process.env.SWF_TEST_LOG ? (entry) => console.error(entry) : () => undefined,
    ...options,
    newCallId: () => {
      callIds.push(`call-${callIds.length + 1}`);
      return callIds[callIds.length - 1] ?? '';
    },
  });
  const clients = tabClients(host);
  return {
    home,
    host,
    clock,
    ...clients,
    callIds,
    db: () => {
      if (!connection?.open) throw new Error('no fund open');
      return connection;
    },
    close: () => {
      host.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Unwraps an ok result or fails the test with the backend's own message. */
export function expectOk<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code} (${result.error.field ?? ''}): ${result.error.message.en}`);
  return result.value;
}

/**
 * A fund upgraded from before issue 17 (its setting "approvals cite a resolution" off): lapses and reinstatements
 * give their meeting in words, as they were typed before meetings were kept in the app.
 */
export function approvalsInWords(backend: Pick<TestBackend, 'db'>): void {
  backend.db().prepare('UPDATE fund SET approvals_cite_resolution = 0').run();
}
