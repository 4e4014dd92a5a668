import type { z } from 'zod';
import type { WelfareClaim, WelfarePayoutPlan } from '../../../shared/api/fund-types';
import type { payClaimInput, reverseClaimInput } from '../../../shared/api/welfare-schemas';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { failure, success, type Result } from '../../../shared/domain/result';
import { settlePayout, type Settlement } from '../../../shared/domain/welfare/settle-payout';
import { fundDues, readFund, type FundSettings } from '../db/repositories/fund-repository';
import { claimPayments, findClaimReversal, insertClaimReversal, insertWelfarePayment } from '../db/repositories/welfare-payment-repository';
import { findClaim, type ClaimRecord } from '../db/repositories/claim-repository';
import { claimResult, moveClaim } from '../steps/claims';
import { arrearsAtDeath, payeesOf, type Arrears } from '../steps/death-settlement';
import { loadMemberFacts } from '../steps/member-facts';
import { postReceipts } from '../steps/post-receipts';
import { loadReceipt, postReceiptVoid } from '../steps/receipts';
import { checkPaymentDate, postVoucher, reverseVoucher } from '../steps/vouchers';
import { checkMoneyAccount } from '../steps/money-accounts';
import { actorName, type UseCaseContext } from './use-case-context';

type PayInput = z.output<typeof payClaimInput>;
type ReverseInput = z.output<typeof reverseClaimInput>;

type Prepared = { claim: ClaimRecord; fund: FundSettings; settlement: Settlement; fromBeneficiaries: boolean; arrears: Arrears | null };

function preparePayout(context: UseCaseContext, input: { claimId: number; paidOn: string; payeeName: string }): Result<Prepared> {
  const { connection, clock } = context;
  const claim = findClaim(connection, input.claimId);
  if (!claim) return failure('claim-not-found', 'claimId');
  if (claim.state === 'paid') return failure('claim-already-paid', 'claimId');
  if (claim.state !== 'approved') return failure('claim-not-approved', 'claimId', { state: claim.state });
  const fund = readFund(connection);
  const date = checkPaymentDate(fund, input.paidOn, clock.today(), 'paidOn');
  if (!date.ok) return date;
  if (input.paidOn < claim.eventDate) return failure('payment-before-event', 'paidOn');
  const loaded = loadMemberFacts(connection, claim.memberId, fundDues(fund));
  if (!loaded) return failure('member-not-found', 'memberId');
  const { payees, fromBeneficiaries } = payeesOf(claim, loaded.member.beneficiaries, input.payeeName);
  const arrears = arrearsAtDeath(connection, fund, claim, loaded, input.paidOn, clock.today());
  if (!arrears.ok) return arrears;
  const settled = settlePayout({ grossSatang: claim.amountSatang, payees, arrears: arrears.value });
  if (!settled.ok) return settled;
  return success({ claim, fund, settlement: settled.value, fromBeneficiaries, arrears: arrears.value });
}

/** What paying would do on a date — payees, shares, arrears kept back — shown before the treasurer pays. */
export function payoutPlan(
  context: UseCaseContext,
  input: { claimId: number; paidOn: string; payeeName: string },
): Result<WelfarePayoutPlan> {
  const prepared = preparePayout(context, input);
  if (!prepared.ok) return prepared;
  const { settlement, fromBeneficiaries } = prepared.value;
  return success({ ...settlement, fromBeneficiaries });
}

/**
 * An approved claim is paid by one voucher per payee (Dr member welfare for the gross share, Cr cash or bank),
 * and, when the member's arrears at death are kept back, one receipt for those months (Dr cash, Cr
 * contributions): the books show the full benefit as welfare, and the cash that left is the net. All of it in
 * one transaction (Decision 13); a retried request answers the same claim.
 */
export function payClaim(context: UseCaseContext, input: PayInput): Result<WelfareClaim> {
  const { connection } = context;
  const prepared = preparePayout(context, input);
  if (!prepared.ok) return prepared;
  const { claim, fund, settlement, arrears } = prepared.value;
  const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
  if (!account.ok) return account;
  let receiptId: number | null = null;
  const fields = { date: 'paidOn', account: 'accountCode' };
  if (arrears) {
    const posted = postReceipts(
      context,
      fund,
      [
        {
          requestId: `${input.requestId}:arrears`,
          memberId: claim.memberId,
          memberName: claim.memberName,
          receivedOn: input.paidOn,
          numbering: { kind: 'app' },
          accountCode: input.accountCode,
          collector: actorName(context),
          batchId: null,
          plan: arrears.plan,
        },
      ],
      fields,
    );
    if (!posted.ok) return posted;
    receiptId = posted.value.ids[0] ?? null;
  }
  const voucherIds: number[] = [];
  for (const [index, part] of settlement.parts.entries()) {
    const posted = postVoucher(
      context,
      fund,
      {
        requestId: index === 0 ? input.requestId : `${input.requestId}:${index + 1}`,
        paidOn: input.paidOn,
        payeeName: part.payeeName,
        payeeAddress: input.payeeAddress,
        description: `${claim.typeNameTh} — ${claim.memberName} (${claim.claimNo ?? ''})`,
        amountSatang: part.grossSatang,
        accountCode: input.accountCode,
        expenseAccount: accountCodes.memberWelfare,
        sourceType: 'welfare.payClaim',
      },
      fields,
    );
    if (!posted.ok) return posted;
    const voucherId = posted.value;
    insertWelfarePayment(connection, {
      claimId: claim.id,
      voucherId,
      payeeName: part.payeeName,
      share: part.share,
      grossSatang: part.grossSatang,
      deductedSatang: part.deductedSatang,
      arrearsReceiptId: part.deductedSatang > 0 ? receiptId : null,
      createdAt: context.call.at,
    });
    voucherIds.push(voucherId);
  }
  return moveClaim(context, claim, { state: 'paid', voucherId: voucherIds[0] ?? null });
}

/**
 * A wrong payout is corrected by a reversal, never by editing (Decision 13): each of the claim's vouchers is
 * reversed on the date, the receipt for the arrears kept back is voided (its months are owed again), and the
 * claim no longer counts toward caps or the welfare summary, so a corrected claim for the same event can be
 * recorded. The member's recorded death stays: it is a status event of its own.
 */
export function reverseClaim(context: UseCaseContext, input: ReverseInput): Result<WelfareClaim> {
  const { connection, clock } = context;
  const claim = findClaim(connection, input.claimId);
  if (!claim) return failure('claim-not-found', 'claimId');
  if (claim.state !== 'paid') return failure('claim-not-paid', 'claimId', { state: claim.state });
  if (findClaimReversal(connection, claim.id)) return failure('claim-already-reversed', 'claimId');
  const payments = claimPayments(connection, claim.id);
  const paidOn = payments[0]?.paidOn ?? claim.eventDate;
  if (input.reversedOn < paidOn) return failure('reversal-before-payment', 'reversedOn', { paidOn });
  const fund = readFund(connection);
  const date = checkPaymentDate(fund, input.reversedOn, clock.today(), 'reversedOn');
  if (!date.ok) return date;
  insertClaimReversal(connection, {
    claimId: claim.id,
    requestId: input.requestId,
    reversedOn: input.reversedOn,
    reason: input.reason,
    actor: actorName(context),
    createdAt: context.call.at,
  });
  for (const payment of payments) {
    const reversed = reverseVoucher(context, {
      voucherId: payment.voucherId,
      requestId: `${input.requestId}:voucher-${payment.voucherId}`,
      reversedOn: input.reversedOn,
      reason: input.reason,
    });
    if (!reversed.ok) return reversed;
  }
  // The receipt for the months kept back goes with the payout: its months are owed again. It was dated on the
  // payment, so the reversal date (not before the payment) is a valid date to void it on.
  const receipts = new Set(payments.flatMap((payment) => (payment.arrearsReceiptId === null ? [] : [payment.arrearsReceiptId])));
  for (const receiptId of receipts) {
    const receipt = loadReceipt(connection, receiptId);
    if (!receipt) throw new Error('deduction receipt missing');
    if (receipt.void) continue;
    const voided = postReceiptVoid(context, receipt, {
      requestId: `${input.requestId}:receipt-${receiptId}`,
      voidedOn: input.reversedOn,
      reason: input.reason,
    });
    if (!voided.ok) return voided;
  }
  context.audit({ entity: 'welfare_claim', entityId: claim.id, after: input });
  return claimResult(connection, claim.id, clock.today());
}
