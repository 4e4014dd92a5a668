import type { ApiResult } from '../../../shared/api/api-result';
import type { BackupStatus } from '../../../shared/api/fund-types';
import { localDateOf } from '../../../shared/domain/local-time';
import type { Clock, ContractSide } from '../host-types';

/** Something that runs later: real timers in the app, a hand-driven list in tests (no sleeping in `npm test`). */
export type Timers = { after: (milliseconds: number, run: () => Promise<void>) => () => void };

export const systemTimers: Timers = {
  after(milliseconds, run) {
    const timer = setTimeout(() => void run(), milliseconds);
    // A pending check never keeps web mode or the CLI from exiting.
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/** The host option that turns automatic backups on (the desktop app and web mode do; tests only when they ask). */
export type AutomaticBackups = {
  timers?: Timers;
  /** "At open, after the first screen": the first check waits this long, so it never delays what opening shows. */
  afterOpenMilliseconds?: number;
  /** How often an open fund checks whether today has a good backup yet: a laptop left open over midnight. */
  checkEveryMilliseconds?: number;
};

export type BackupSchedule = {
  fundOpened: (handle: string) => void;
  fundClosed: (handle: string) => void;
  stop: () => void;
};

type Dispatch = (side: ContractSide, method: string, input: unknown, fund?: string) => Promise<ApiResult<unknown>>;

const defaultAfterOpen = 10_000;
const defaultEvery = 60 * 60_000;

/**
 * Backups at open and daily while open (reliability §(b) "When"), at most once a day: each open fund is checked
 * shortly after it opens and then every hour, and a `backups.make` job runs ('open' at the first check, 'daily'
 * later) only when the fund has no good backup made today (the fund's local day). It goes through the host's own
 * dispatcher like any request, so it waits for a running job and holds writes while it copies (A4).
 */
export function createBackupSchedule(dispatch: Dispatch, clock: Clock, options: AutomaticBackups): BackupSchedule {
  const timers = options.timers ?? systemTimers;
  const cancels = new Map<string, () => void>();

  function plan(handle: string, milliseconds: number, kind: 'open' | 'daily'): void {
    cancels.set(
      handle,
      timers.after(milliseconds, () => check(handle, kind)),
    );
  }

  async function check(handle: string, kind: 'open' | 'daily'): Promise<void> {
    if (!cancels.has(handle)) return;
    const status = (await dispatch('fund', 'backups.status', {}, handle)) as ApiResult<BackupStatus>;
    // The fund was closed meanwhile: nothing more to do for it.
    if (!status.ok) return void cancels.delete(handle);
    const last = status.value.lastGood;
    if (!last || localDateOf(last.madeAt) !== clock.today()) await dispatch('fund', 'backups.make', { kind }, handle);
    if (cancels.has(handle)) plan(handle, options.checkEveryMilliseconds ?? defaultEvery, 'daily');
  }

  return {
    fundOpened(handle) {
      if (!cancels.has(handle)) plan(handle, options.afterOpenMilliseconds ?? defaultAfterOpen, 'open');
    },
    fundClosed(handle) {
      cancels.get(handle)?.();
      cancels.delete(handle);
    },
    stop() {
      for (const cancel of cancels.values()) cancel();
      cancels.clear();
    },
  };
}
