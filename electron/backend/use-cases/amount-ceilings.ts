import type { AmountCeilings } from '../../../shared/api/fund-types';
import { success, type Result } from '../../../shared/domain/result';
import { readAmountCeilings, updateAmountCeilings } from '../db/repositories/ceiling-repository';
import type { UseCaseContext } from './use-case-context';

/** The fund's plausibility ceilings for typed amounts (issue 14 §11). */
export function amountCeilings(context: UseCaseContext): Result<AmountCeilings> {
  return success(readAmountCeilings(context.connection));
}

export function setAmountCeilings(context: UseCaseContext, input: AmountCeilings): Result<AmountCeilings> {
  const before = readAmountCeilings(context.connection);
  updateAmountCeilings(context.connection, input);
  context.audit({ entity: 'fund', entityId: 1, before, after: input });
  return success(readAmountCeilings(context.connection));
}
