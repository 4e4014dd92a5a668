import type { CommunityActivity } from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { findCommunityActivity, type ActivityRecord } from '../db/repositories/voucher-repository';
import { loadVoucher } from './vouchers';

export function activityView(connection: Connection, activity: ActivityRecord): CommunityActivity {
  const voucher = loadVoucher(connection, activity.voucherId);
  if (!voucher) throw new Error('activity without voucher');
  return {
    id: activity.id,
    category: activity.category,
    activityDate: activity.activityDate,
    description: activity.description,
    beneficiariesCount: activity.beneficiariesCount,
    voucher,
  };
}

/** A community activity as the API shows it, or the refusal that names the field. */
export function activityResult(connection: Connection, activityId: number): Result<CommunityActivity> {
  const activity = findCommunityActivity(connection, activityId);
  return activity ? success(activityView(connection, activity)) : failure('community-activity-not-found', 'activityId');
}
