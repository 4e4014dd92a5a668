import type { z } from 'zod';
import type { fundContract } from '../../../shared/api/fund-contract';
import type { CommunityActivity, Paged, Voucher } from '../../../shared/api/fund-types';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { failure, success, type Result } from '../../../shared/domain/result';
import { inTransaction, type Connection } from '../db/execute';
import { readFund } from '../db/repositories/fund-repository';
import {
  findCommunityActivity,
  findCommunityActivityByVoucher,
  findVoucherIdByRequest,
  findVoucherReversal,
  findVoucherReversalByRequest,
  insertCommunityActivity,
  listCommunityActivities,
} from '../db/repositories/voucher-repository';
import type { CommunityActivitiesTable } from '../db/schema';
import { actorName, type UseCaseContext } from './use-case-context';
import { checkPaymentDate, loadVoucher, postVoucher, reverseVoucher } from './vouchers';

type RecordInput = z.output<(typeof fundContract)['community.record']['input']>;

function activityView(connection: Connection, row: CommunityActivitiesTable): CommunityActivity {
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

/** Welfare for the community (status form §7): the activity and its voucher, posted together. */
export function recordCommunityActivity(context: UseCaseContext, input: RecordInput): Result<CommunityActivity> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<CommunityActivity> => {
      const earlier = findVoucherIdByRequest(connection, input.requestId);
      if (earlier !== undefined) {
        const row = findCommunityActivityByVoucher(connection, earlier);
        return row ? success(activityView(connection, row)) : failure('request-reused', 'requestId');
      }
      const fund = readFund(connection);
      const date = checkPaymentDate(fund, input.activityDate, clock.today(), 'activityDate');
      if (!date.ok) return date;
      const now = clock.now();
      const voucherId = postVoucher(
        connection,
        fund,
        {
          requestId: input.requestId,
          paidOn: input.activityDate,
          payeeName: input.payeeName,
          payeeAddress: input.payeeAddress,
          description: input.description,
          amountSatang: input.amountSatang,
          method: input.method,
          expenseAccount: accountCodes.communityWelfare,
          sourceType: 'community.record',
        },
        { actor: actorName(context), now },
      );
      const id = insertCommunityActivity(connection, {
        category: input.category,
        activity_date: input.activityDate,
        description: input.description,
        beneficiaries_count: input.beneficiariesCount,
        voucher_id: voucherId,
        created_at: now,
      });
      const row = findCommunityActivity(connection, id);
      if (!row) throw new Error('activity not stored');
      return success(activityView(connection, row));
    },
    (result) => result.ok,
  );
}

/**
 * A community payment made in error is reversed on a date with a reason (Decision 13): the voucher keeps its
 * number and prints as cancelled, its entry is reversed, and the §7 summary no longer counts it.
 */
export function reverseCommunityActivity(
  context: UseCaseContext,
  input: { activityId: number; requestId: string; reversedOn: string; reason: string },
): Result<CommunityActivity> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<CommunityActivity> => {
      const earlier = findVoucherReversalByRequest(connection, input.requestId);
      const row = findCommunityActivity(connection, input.activityId);
      if (earlier)
        return row && earlier.voucher_id === row.voucher_id
          ? success(activityView(connection, row))
          : failure('request-reused', 'requestId');
      if (!row) return failure('community-activity-not-found', 'activityId');
      if (findVoucherReversal(connection, row.voucher_id)) return failure('voucher-already-reversed', 'activityId');
      const fund = readFund(connection);
      const date = checkPaymentDate(fund, input.reversedOn, clock.today(), 'reversedOn');
      if (!date.ok) return date;
      if (input.reversedOn < row.activity_date) return failure('reversal-before-payment', 'reversedOn', { paidOn: row.activity_date });
      reverseVoucher(
        connection,
        fund,
        { voucherId: row.voucher_id, requestId: input.requestId, reversedOn: input.reversedOn, reason: input.reason },
        { actor: actorName(context), now: clock.now() },
      );
      return success(activityView(connection, row));
    },
    (result) => result.ok,
  );
}

export function communityList(context: UseCaseContext, input: { offset: number; limit: number }): Result<Paged<CommunityActivity>> {
  const page = listCommunityActivities(context.connection, input.offset, input.limit);
  return success({ total: page.total, offset: input.offset, rows: page.rows.map((row) => activityView(context.connection, row)) });
}

export function getVoucher(context: UseCaseContext, voucherId: number): Result<Voucher> {
  const voucher = loadVoucher(context.connection, voucherId);
  return voucher ? success(voucher) : failure('voucher-not-found', 'voucherId');
}
