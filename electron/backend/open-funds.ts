import { randomBytes } from 'node:crypto';
import type { Connection } from './db/execute';
import { closeFundFile } from './db/open-fund-file';
import { JobRunner } from './jobs/job-runner';

/** A fund the host holds open: its one connection (reliability §(b)) and its own job runner (A4). */
export type OpenFund = { handle: string; path: string; connection: Connection; jobs: JobRunner };

/**
 * Every fund the host has open, by handle (A2). Each open gets a fresh, unguessable handle, so a handle kept
 * by a page from before its fund was closed (or the host restarted) never reaches another fund.
 */
export class OpenFunds {
  private readonly byHandle = new Map<string, OpenFund>();

  /** `onOpened` sees each fund as it is added: where the host hangs its progress listeners. */
  constructor(private readonly onOpened: (fund: OpenFund) => void = () => undefined) {}

  get(handle: string | undefined): OpenFund | undefined {
    return handle === undefined ? undefined : this.byHandle.get(handle);
  }

  atPath(path: string): OpenFund | undefined {
    for (const fund of this.byHandle.values()) if (fund.path === path) return fund;
    return undefined;
  }

  add(path: string, connection: Connection): OpenFund {
    const fund: OpenFund = { handle: randomBytes(16).toString('base64url'), path, connection, jobs: new JobRunner() };
    this.byHandle.set(fund.handle, fund);
    this.onOpened(fund);
    return fund;
  }

  all(): OpenFund[] {
    return [...this.byHandle.values()];
  }

  /** Closing checkpoints the WAL, so the .swfund file alone holds everything (A8). */
  close(fund: OpenFund): void {
    this.byHandle.delete(fund.handle);
    closeFundFile(fund.connection);
  }

  closeAll(): void {
    for (const fund of this.all()) this.close(fund);
  }
}
