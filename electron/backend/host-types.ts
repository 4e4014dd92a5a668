import type { ApiResult } from '../../shared/api/api-result';
import type { Role } from '../../shared/domain/people/roles';
import type { ContractSide } from '../../shared/api/create-api-client';
import type { Readable } from 'node:stream';
import type { ReceivedFile } from '../../shared/api/app-contract';
import type { JobStatus } from '../../shared/api/jobs-contract';
import type { AutomaticBackups } from './backups/backup-schedule';
import type { HolderMode } from './db/owner-record';
import type { LocationFacts } from './location-risks';

export type { ContractSide };

/**
 * Who is acting (A6, issue 20 §2): `userId` is what the audit trail names her by (a person's actor key; 'treasurer'
 * for a fund's single user of old), `personId` her row among the fund's people (null for the file-level host and a
 * file from before people), and the roles she acts with.
 */
export type Actor = { userId: string; personId: number | null; roles: readonly Role[] };

/** The backend's clock: the only source of "now" and "today" for use cases (the domain never reads a clock). */
export type Clock = { now: () => string; today: () => string };

/**
 * What every transport talks to (A1): one dispatcher over the three contracts. The transport passes the method
 * name, the raw input and, for fund and job requests, the handle of the fund the request was made for (A2);
 * the host checks the name and the handle, parses the input with the contract's schema, runs the use case in
 * its unit of work and always answers plain data.
 */
export type BackendHost = {
  dispatch: (side: ContractSide, method: string, input: unknown, fund?: string) => Promise<ApiResult<unknown>>;
  /** Job progress as it happens, from every open fund (Electron forwards these as IPC events; web mode polls). */
  onJobProgress: (listener: (status: JobStatus) => void) => () => void;
  /** The bytes of files in and out, for the transports that carry bytes rather than calls (web mode). */
  files: HostFiles;
  /** Closes every open fund (checkpointing each WAL) and stops accepting calls. */
  close: () => void;
};

/**
 * Web mode's one upload endpoint and one download path (issue 13 §4) reach the backend through here. A file the
 * backend made is served once and then forgotten; an upload is capped and hashed as it streams in.
 */
export type HostFiles = {
  receive: (name: string, body: Readable) => Promise<ApiResult<ReceivedFile>>;
  take: (fileId: string) => { name: string; bytes: number; open: () => Readable; done: () => void } | undefined;
};

/**
 * How AppApi locations map to files: 'path' takes them as file-system paths (Electron dialogs, the CLI, tests);
 * 'folder' takes plain names inside the fund folder and refuses anything else (web mode, A13).
 */
export type LocationMode = 'path' | 'folder';

export type HostOptions = {
  /** SWF_HOME: where funds, backups and the recent list live. */
  home: string;
  locationMode: LocationMode;
  actor?: Actor;
  clock?: Clock;
  log?: (entry: { level: 'error' | 'info'; code: string; detail?: string }) => void;
  /** Tests only: predictable call ids, so a test can find the audit rows of the call it made. */
  newCallId?: () => string;
  /**
   * Backups at open and daily while a fund is open (issue 15). Off unless given: the desktop app and web mode turn
   * it on; tests turn it on with hand-driven timers, so `npm test` never backs up on a clock of its own.
   */
  automaticBackups?: AutomaticBackups;
  /** Which kind of program this host is, named to a second opener: "open in web mode by … since …". */
  holder?: HolderMode;
  /** Tests only: free bytes in a folder, standing for a nearly full disk. */
  freeBytes?: (folder: string) => number;
  /** Tests only: the facts of a fund's location, standing for drives and folders the test machine cannot make. */
  probeLocation?: (path: string) => LocationFacts;
  /** Tests only: how long a use case waits before its one retry after a transient I/O error (2 s). */
  ioRetryMilliseconds?: number;
};
