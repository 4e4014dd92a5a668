import { success, type Result } from '../../../shared/domain/result';
import { readApprovalsCiteResolution, writeApprovalsCiteResolution } from '../db/repositories/meeting-repository';
import type { UseCaseContext } from './use-case-context';

/** Whether the fund's approvals must cite the resolution they rest on (issue 17). */
export function approvalsCite(context: UseCaseContext): Result<{ on: boolean }> {
  return success({ on: readApprovalsCiteResolution(context.connection) });
}

/** The treasurer turns the rule on (an upgraded fund, once its meetings are kept in the app) or off. */
export function setApprovalsCite(context: UseCaseContext, input: { on: boolean }): Result<{ on: boolean }> {
  const before = readApprovalsCiteResolution(context.connection);
  writeApprovalsCiteResolution(context.connection, input.on);
  context.audit({ entity: 'fund', entityId: 1, before: { approvalsCiteResolution: before }, after: { approvalsCiteResolution: input.on } });
  return success({ on: input.on });
}
