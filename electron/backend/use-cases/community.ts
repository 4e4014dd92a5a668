import type { z } from 'zod';
import type { fundContract } from '../../../shared/api/fund-contract';
import type { CommunityActivity, Paged, Voucher } from '../../../shared/api/fund-types';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { failure, success, type Result } from '../../../shared/domain/result';
import { readFund } from '../db/repositories/fund-repository';
import {
  findCommunityActivity,
  findVoucherReversal,
  insertCommunityActivity,
  listCommunityActivities,
} from '../db/repositories/voucher-repository';
import { checkAmountCeiling } from '../steps/amount-ceilings';
import { checkMoneyAccount } from '../steps/money-accounts';
import { activityResult, activityView } from '../steps/community-activities';
import { checkPaymentDate, loadVoucher, postVoucher, reverseVoucher } from '../steps/vouchers';
import type { UseCaseContext } from './use-case-context';

type RecordInput = z.output<(typeof fundContract)['community.record']['input']>;

/** Welfare for the community (status form §7): the activity and its voucher, posted together. */
export function recordCommunityActivity(context: UseCaseContext, input: RecordInput): Result<CommunityActivity> {
  const { connection, clock } = context;
  const fund = readFund(connection);
  const date = checkPaymentDate(fund, input.activityDate, clock.today(), 'activityDate');
  if (!date.ok) return date;
  const plausible = checkAmountCeiling(connection, 'payout', input.amountSatang, input.isLargeAmountConfirmed, 'amountSatang');
  if (!plausible.ok) return plausible;
  const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
  if (!account.ok) return account;
  const posted = postVoucher(
    context,
    fund,
    {
      requestId: input.requestId,
      paidOn: input.activityDate,
      payeeName: input.payeeName,
      payeeAddress: input.payeeAddress,
      description: input.description,
      amountSatang: input.amountSatang,
      accountCode: input.accountCode,
      expenseAccount: accountCodes.communityWelfare,
      sourceType: 'community.record',
    },
    { date: 'activityDate', account: 'accountCode' },
  );
  if (!posted.ok) return posted;
  const voucherId = posted.value;
  const id = insertCommunityActivity(connection, {
    category: input.category,
    activityDate: input.activityDate,
    description: input.description,
    beneficiariesCount: input.beneficiariesCount,
    voucherId,
    createdAt: context.call.at,
  });
  context.audit({ entity: 'community_activity', entityId: id, after: { category: input.category, voucherId } });
  return activityResult(connection, id);
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
  const activity = findCommunityActivity(connection, input.activityId);
  if (!activity) return failure('community-activity-not-found', 'activityId');
  if (findVoucherReversal(connection, activity.voucherId)) return failure('voucher-already-reversed', 'activityId');
  const fund = readFund(connection);
  const date = checkPaymentDate(fund, input.reversedOn, clock.today(), 'reversedOn');
  if (!date.ok) return date;
  if (input.reversedOn < activity.activityDate) return failure('reversal-before-payment', 'reversedOn', { paidOn: activity.activityDate });
  const reversed = reverseVoucher(context, {
    voucherId: activity.voucherId,
    requestId: input.requestId,
    reversedOn: input.reversedOn,
    reason: input.reason,
  });
  if (!reversed.ok) return reversed;
  return success(activityView(connection, activity));
}

export function communityList(context: UseCaseContext, input: { offset: number; limit: number }): Result<Paged<CommunityActivity>> {
  const page = listCommunityActivities(context.connection, input.offset, input.limit);
  return success({ total: page.total, offset: input.offset, rows: page.rows.map((row) => activityView(context.connection, row)) });
}

export function getVoucher(context: UseCaseContext, input: { voucherId: number }): Result<Voucher> {
  const voucher = loadVoucher(context.connection, input.voucherId);
  return voucher ? success(voucher) : failure('voucher-not-found', 'voucherId');
}
