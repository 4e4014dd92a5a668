import type { AdminCostSetting } from '../../../shared/api/other-money-types';
import { success, type Result } from '../../../shared/domain/result';
import { readFund, updateAdminCostPercent } from '../db/repositories/fund-repository';
import type { UseCaseContext } from './use-case-context';

/** Decision 14's setting: the percent of the fiscal year's รายรับ + รายได้ that administration costs are checked against. */
export function adminCostSetting(context: UseCaseContext): Result<AdminCostSetting> {
  return success({ percent: readFund(context.connection).adminCostPercent });
}

/** A new percent for the check (whole, 1–100: the schema refuses anything else); the vouchers already paid stay as they were. */
export function setAdminCostSetting(context: UseCaseContext, input: AdminCostSetting): Result<AdminCostSetting> {
  const before = adminCostSetting(context);
  updateAdminCostPercent(context.connection, input.percent);
  context.audit({ entity: 'fund', entityId: 1, before: before.ok ? before.value : undefined, after: input });
  return adminCostSetting(context);
}
