import type { CommunityActivity } from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { findCommunityActivity } from '../db/repositories/voucher-repository';
import type { CommunityActivitiesTable } from '../db/schema';
import { loadVoucher } from './vouchers';

export function activityView(connection: Connection, row: CommunityActivitiesTable): CommunityActivity {
  const voucher = loadVoucher(connection, row.voucher_id);
  if (!voucher) throw new Error('activity without voucher');
  return {
    id: row.id,
    category: row.category as CommunityActivity['category'],
    activityDate: row.activity_date,
    description: row.description,
    beneficiariesCount: row.beneficiaries_count,
    voucher,
  };
}

/** A community activity as the API shows it, or the refusal that names the field. */
export function activityResult(connection: Connection, activityId: number): Result<CommunityActivity> {
  const row = findCommunityActivity(connection, activityId);
  return row ? success(activityView(connection, row)) : failure('community-activity-not-found', 'activityId');
}
