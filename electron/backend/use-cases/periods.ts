import type { PeriodLock } from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { readFund, setLockedThrough } from '../db/repositories/fund-repository';
import type { UseCaseContext } from './use-case-context';

export function periodStatus(context: UseCaseContext): Result<PeriodLock> {
  return success({ lockedThrough: readFund(context.connection).lockedThrough });
}

/**
 * Locks every date up to and including `through`: the posting core then refuses anything dated on or before it,
 * and a correction goes in as a reversal in the open period. §10 is cumulative, so closing a year is locking it.
 * The lock only moves forward, and never past today.
 */
export function lockPeriod(context: UseCaseContext, input: { through: string }): Result<PeriodLock> {
  const { connection, clock } = context;
  const before = readFund(connection).lockedThrough;
  if (input.through > clock.today()) return failure('date-in-future', 'through');
  if (before !== null && input.through < before) return failure('period-lock-backwards', 'through', { lockedThrough: before });
  setLockedThrough(connection, input.through);
  context.audit({ entity: 'fund', entityId: 1, before: { lockedThrough: before }, after: { lockedThrough: input.through } });
  return periodStatus(context);
}
