import type { z } from 'zod';
import type { fundContract } from '../../../shared/api/fund-contract';
import type { ArrearsList, ContributionQuote, MemberStatement, Receipt } from '../../../shared/api/fund-types';
import { formatBookReceiptNo } from '../../../shared/domain/contributions/receipt-numbers';
import { bahtText } from '../../../shared/domain/money/baht-text';
import { failure, success, type Result } from '../../../shared/domain/result';
import { fundDues, readFund } from '../db/repositories/fund-repository';
import { findReceiptIdByNumber } from '../db/repositories/receipt-repository';
import { claimKeepingReceipt } from '../db/repositories/welfare-payment-repository';
import { checkAmountCeiling } from '../steps/amount-ceilings';
import { checkMoneyAccount } from '../steps/money-accounts';
import { loadMemberFacts } from '../steps/member-facts';
import { voidedMember } from '../steps/member-voided';
import type { PaymentChoice } from '../../../shared/domain/contributions/plan-payment';
import { postReceipts } from '../steps/post-receipts';
import { loadReceipt, planForMember, postReceiptVoid, receiptResult } from '../steps/receipts';
import { arrearsListing, loadMemberStatement } from '../steps/statements';
import type { UseCaseContext } from './use-case-context';

type RecordInput = z.output<(typeof fundContract)['contributions.record']['input']>;
type VoidInput = z.output<(typeof fundContract)['contributions.void']['input']>;

export function quoteContribution(context: UseCaseContext, input: PaymentChoice & { memberId: number }): Result<ContributionQuote> {
  const fund = readFund(context.connection);
  const loaded = loadMemberFacts(context.connection, input.memberId, fundDues(fund));
  if (!loaded) return failure('member-not-found', 'memberId');
  if (loaded.member.void) return voidedMember(loaded.member);
  const planned = planForMember(context.connection, fund, loaded, input, context.clock.today());
  if (!planned.ok) return planned;
  return success({ ...planned.value, amountInWords: bahtText(planned.value.totalSatang) });
}

function memberName(member: { title: string; firstName: string; lastName: string }): string {
  return `${member.title}${member.firstName} ${member.lastName}`;
}

export function recordContribution(context: UseCaseContext, input: RecordInput): Result<Receipt> {
  const { connection, clock } = context;
  const fund = readFund(connection);
  const loaded = loadMemberFacts(connection, input.memberId, fundDues(fund));
  if (!loaded) return failure('member-not-found', 'memberId');
  if (loaded.member.void) return voidedMember(loaded.member);
  const planned = planForMember(connection, fund, loaded, input, clock.today());
  if (!planned.ok) return planned;
  if (planned.value.totalSatang !== input.amountSatang)
    return failure('amount-mismatch', 'amountSatang', { expected: planned.value.totalSatang });
  const plausible = checkAmountCeiling(connection, 'payment', input.amountSatang, input.isLargeAmountConfirmed, 'amountSatang');
  if (!plausible.ok) return plausible;
  const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
  if (!account.ok) return account;
  if (input.numbering.kind === 'book') {
    const receiptNo = formatBookReceiptNo(input.numbering.bookNo, input.numbering.number);
    if (findReceiptIdByNumber(connection, receiptNo) !== undefined)
      return failure('receipt-number-used', 'numbering.number', { receiptNo });
  }
  const posted = postReceipts(context, fund, [
    {
      requestId: input.requestId,
      memberId: input.memberId,
      memberName: memberName(loaded.member),
      receivedOn: input.receivedOn,
      numbering: input.numbering,
      accountCode: input.accountCode,
      collector: input.collector,
      batchId: null,
      plan: planned.value,
    },
  ]);
  if (!posted.ok) return posted;
  return receiptResult(connection, posted.value.ids[0] ?? 0);
}

/**
 * Voids a receipt on a date with a reason (Decision 9): the void step posts the reversing entry. A receipt for
 * months kept back from a death benefit is voided only by reversing that payout.
 */
export function voidReceipt(context: UseCaseContext, input: VoidInput): Result<Receipt> {
  const { connection, clock } = context;
  const receipt = loadReceipt(connection, input.receiptId);
  if (!receipt) return failure('receipt-not-found', 'receiptId');
  if (receipt.void) return failure('already-voided', 'receiptId');
  const keptBy = claimKeepingReceipt(connection, receipt.id);
  if (keptBy !== undefined) return failure('receipt-kept-back-by-welfare', 'receiptId', { claimNo: keptBy ?? '' });
  if (input.voidedOn < receipt.receivedOn) return failure('void-before-receipt', 'voidedOn');
  if (input.voidedOn > clock.today()) return failure('date-in-future', 'voidedOn');
  if (input.accountCode !== undefined) {
    const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
    if (!account.ok) return account;
  }
  return postReceiptVoid(context, receipt, input);
}

export function getReceipt(context: UseCaseContext, input: { receiptId: number }): Result<Receipt> {
  return receiptResult(context.connection, input.receiptId);
}

export function memberStatement(context: UseCaseContext, input: { memberId: number; asOf?: string | undefined }): Result<MemberStatement> {
  return loadMemberStatement(context.connection, input.memberId, input.asOf ?? context.clock.today());
}

export function arrearsList(
  context: UseCaseContext,
  input: { minMonths: number; asOf?: string | undefined; villageId?: number | undefined; offset: number; limit: number },
): Result<ArrearsList> {
  const query = { minMonths: input.minMonths, asOf: input.asOf ?? context.clock.today(), villageId: input.villageId };
  return success({ ...arrearsListing(context.connection, query, input), offset: input.offset });
}
