import { randomUUID } from 'node:crypto';
import type { Result } from '../../shared/domain/result';
import { inTransaction, type Connection } from './db/execute';
import { appendAudits } from './db/repositories/audit-repository';
import { findRequest, insertRequest } from './db/repositories/request-repository';
import { crashPoint } from './crash-points';
import { extendChains } from './steps/audit-chain';
import type { Actor, Clock } from './host-types';
import type { FileStore } from './files/file-store';
import type { JobContext } from './jobs/job-runner';
import { canonicalJson, matchEarlierRequest, requestIdOf } from './request-log';
import type { AuditChange, CallInfo, FundFile, JobUseCaseContext, UseCaseContext } from './use-cases/use-case-context';

/** What a unit of work needs of the host: the fund's connection, the clock, who acts, and how call ids are made. */
export type CallSource = {
  connection: Connection;
  clock: Clock;
  actor: Actor;
  files: FileStore;
  /** The open fund's file and SWF_HOME, for the adapters that copy the file (backups). */
  fundFile: FundFile;
  newCallId?: () => string;
};

/** Answers an earlier request's record again, as it stands now: the replay half of a request-id method. */
export type Replay = (context: UseCaseContext, entityId: number) => Result<unknown>;

/**
 * The context of one call. Its audit rows carry the call's id, method, actor and request id (A6); writing one
 * outside the call's transaction is a bug in the use case (a read method writing), so it throws.
 */
export function callContext(source: CallSource, method: string, input: unknown): UseCaseContext {
  const { connection, clock, actor, files, fundFile } = source;
  const call: CallInfo = { id: (source.newCallId ?? randomUUID)(), method, requestId: requestIdOf(input), at: clock.now() };
  return {
    connection,
    clock,
    actor,
    call,
    files,
    fundFile,
    audit: (...changes: readonly AuditChange[]) => {
      if (!connection.inTransaction) throw new Error(`${method} wrote an audit row outside its unit of work`);
      appendAudits(
        connection,
        changes.map((change) => ({ ...change, at: call.at, actor: actor.userId, method, callId: call.id, requestId: call.requestId })),
      );
    },
  };
}

/** The id that a request-id method's answer carries, which a retry of the same request is answered with. */
function entityIdOf(value: unknown): number {
  const id = (value as { id?: unknown } | null)?.id;
  if (typeof id !== 'number') throw new Error('a request-id method must answer a record with an id');
  return id;
}

/**
 * One call = one transaction (A6, A7): BEGIN IMMEDIATE, the use case, its rows linked into the hash chains, COMMIT
 * if it succeeded, otherwise roll back so a refusal writes nothing. For a method that takes a request id, the same id with the same input
 * answers the first call's record again, and a different request under that id is refused (request-log.ts);
 * the id is stored in the same transaction as what it made.
 */
export function runUnitOfWork<T>(context: UseCaseContext, input: unknown, write: () => Result<T>, replay?: Replay): Result<T> {
  const { connection, call } = context;
  return inTransaction(
    connection,
    (): Result<T> => {
      const answered = earlierAnswer(context, input, replay);
      if (answered) return answered as Result<T>;
      const result = write();
      if (result.ok && call.requestId !== null) {
        insertRequest(connection, {
          requestId: call.requestId,
          method: call.method,
          inputJson: canonicalJson(input),
          entityId: entityIdOf(result.value),
          callId: call.id,
          at: call.at,
        });
      }
      // Every journal entry and audit row the call wrote is linked into its hash chain before the commit (issue 20 §1).
      if (result.ok) extendChains(connection);
      if (result.ok) crashPoint(`before-commit:${call.method}`);
      return result;
    },
    (result) => result.ok,
  );
}

/** A job's context: its writes go through the same unit of work as a plain call, with the same call id. */
export function jobContext(context: UseCaseContext, input: unknown, job: JobContext, replay?: Replay): JobUseCaseContext {
  return { ...context, job, commit: (write) => runUnitOfWork(context, input, write, replay) };
}

/**
 * The answer to a request id seen before: the first call's record again, or the refusal naming what differs;
 * undefined for a new request. A request-id job asks before its long read phase, and its commit asks again.
 */
export function earlierAnswer(context: UseCaseContext, input: unknown, replay?: Replay): Result<unknown> | undefined {
  const { connection, call } = context;
  if (call.requestId === null) return undefined;
  const earlier = findRequest(connection, call.requestId);
  if (!earlier) return undefined;
  const matched = matchEarlierRequest(earlier, call.method, input);
  if (!matched.ok) return matched;
  if (!replay) throw new Error(`${call.method} takes a request id but has no replay`);
  return replay(context, matched.value);
}
