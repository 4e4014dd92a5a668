import { randomBytes } from 'node:crypto';
import type { LocationWarning, ReadOnlyState } from '../../shared/api/app-contract';
import type { Connection } from './db/execute';
import type { FundFileSession } from './db/open-fund-file';
import { JobRunner } from './jobs/job-runner';

/**
 * A fund the host holds open: its one connection (reliability §(b)) and its own job runner (A4). `readOnly` is set
 * when it was opened only to look, or when damage shows up while it is open: every write is then refused.
 */
export type OpenFund = {
  handle: string;
  path: string;
  connection: Connection;
  session: FundFileSession;
  jobs: JobRunner;
  readOnly: ReadOnlyState | null;
  warnings: LocationWarning[];
  /** Who chose to act in this window, session or command (issue 20 §2); null until someone is chosen. */
  personId: number | null;
};

/**
 * Every fund the host has open, by handle (A2). Each open gets a fresh, unguessable handle, so a handle kept
 * by a page from before its fund was closed (or the host restarted) never reaches another fund.
 */
export class OpenFunds {
  private readonly byHandle = new Map<string, OpenFund>();

  /** `onOpened` sees each fund as it is added: where the host hangs its progress listeners. */
  constructor(
    private readonly onOpened: (fund: OpenFund) => void = () => undefined,
    private readonly onCloseFailed: (error: unknown) => void = () => undefined,
  ) {}

  get(handle: string | undefined): OpenFund | undefined {
    return handle === undefined ? undefined : this.byHandle.get(handle);
  }

  atPath(path: string): OpenFund | undefined {
    for (const fund of this.byHandle.values()) if (fund.path === path) return fund;
    return undefined;
  }

  add(session: FundFileSession, warnings: LocationWarning[] = []): OpenFund {
    const fund: OpenFund = {
      handle: randomBytes(16).toString('base64url'),
      path: session.path,
      connection: session.connection,
      session,
      jobs: new JobRunner(),
      readOnly: session.readOnly,
      warnings,
      personId: null,
    };
    this.byHandle.set(fund.handle, fund);
    this.onOpened(fund);
    return fund;
  }

  all(): OpenFund[] {
    return [...this.byHandle.values()];
  }

  /**
   * Closing checkpoints the WAL, so the .swfund file alone holds everything (A8). The fund leaves the host and its
   * connection is closed even if the checkpoint fails (a damaged page): no lock is ever left behind.
   */
  close(fund: OpenFund): void {
    this.byHandle.delete(fund.handle);
    try {
      fund.session.close();
    } catch (error) {
      this.onCloseFailed(error);
    }
  }

  closeAll(): void {
    for (const fund of this.all()) this.close(fund);
  }
}
