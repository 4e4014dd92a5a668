import type { Connection } from '../db/execute';
import type { FileStore } from '../files/file-store';
import type { Actor, Clock } from '../host-types';
import type { JobContext } from '../jobs/job-runner';
import type { Result } from '../../../shared/domain/result';

/** The call a use case runs for: the host gives each call its own id (A6). */
export type CallInfo = {
  readonly id: string;
  readonly method: string;
  /** The client's request id, for the methods that take one. */
  readonly requestId: string | null;
  /** When the call started: every row it writes carries this time. */
  readonly at: string;
};

/** One changed entity: a row per entity, with the before and after of anything edited (A6). */
export type AuditChange = { entity: string; entityId: string | number; before?: unknown; after?: unknown };

/**
 * What every use case receives for one call. The host's dispatcher has already opened the call's transaction
 * when a write runs (A6, A7): use cases never open one, never call each other, and record what they changed
 * with `audit`, which stamps the call's id, method, actor and request id on each row.
 */
export type UseCaseContext = {
  readonly connection: Connection;
  readonly clock: Clock;
  readonly actor: Actor;
  readonly call: CallInfo;
  readonly audit: (...changes: readonly AuditChange[]) => void;
  /** Where files the call makes wait for their transport, and files the person brought are found by id. */
  readonly files: FileStore;
  /** The open fund's file and SWF_HOME: what the backup adapter copies, and where its backups go. */
  readonly fundFile: FundFile;
};

export type FundFile = { readonly path: string; readonly home: string };

/**
 * A job's context (A4): it reads in chunks outside any transaction, yielding between them, then writes in one
 * short transaction that the host opens through `commit` — the same unit of work as a plain write call.
 */
export type JobUseCaseContext = UseCaseContext & {
  readonly job: JobContext;
  readonly commit: <T>(write: () => Result<T>) => Result<T>;
};

export function actorName(context: UseCaseContext): string {
  return context.actor.userId;
}
