import type { z } from 'zod';
import type { fundContract } from '../../../shared/api/fund-contract';
import type { Paged } from '../../../shared/api/fund-types';
import type { IncomeReceipt } from '../../../shared/api/other-money-types';
import { failure, type Result, success } from '../../../shared/domain/result';
import { readFund } from '../db/repositories/fund-repository';
import { findIncomeReceipt, listIncomeReceipts } from '../db/repositories/income-receipt-repository';
import { checkAmountCeiling } from '../steps/amount-ceilings';
import { incomeReceiptFromRecord, incomeReceiptResult, postIncomeReceipt, voidIncomeReceipt } from '../steps/income-receipts';
import { checkMoneyAccount } from '../steps/money-accounts';
import { checkPaymentDate } from '../steps/vouchers';
import type { UseCaseContext } from './use-case-context';

type RecordInput = z.output<(typeof fundContract)['income.record']['input']>;
type VoidInput = z.output<(typeof fundContract)['income.void']['input']>;

/** A receipt for other income (a donation, bank interest, an entry fee outside a contribution, …) into a money account. */
export function recordIncome(context: UseCaseContext, input: RecordInput): Result<IncomeReceipt> {
  const { connection, clock } = context;
  const fund = readFund(connection);
  const date = checkPaymentDate(fund, input.receivedOn, clock.today(), 'receivedOn');
  if (!date.ok) return date;
  // Donations and interest can run to grant-sized sums, so they are judged by the grant ceiling.
  const plausible = checkAmountCeiling(connection, 'grant', input.amountSatang, input.isLargeAmountConfirmed, 'amountSatang');
  if (!plausible.ok) return plausible;
  const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
  if (!account.ok) return account;
  const posted = postIncomeReceipt(context, fund, {
    requestId: input.requestId,
    receivedOn: input.receivedOn,
    kind: input.kind,
    payerName: input.payerName,
    payerAddress: input.payerAddress,
    description: input.description,
    amountSatang: input.amountSatang,
    accountCode: input.accountCode,
  });
  if (!posted.ok) return posted;
  return incomeReceiptResult(connection, posted.value);
}

/**
 * Voids a receipt for other income on a date with a reason (Decision 9): the money goes back out of the account it
 * came into unless the treasurer names another, never taking either below zero (the posting core refuses).
 */
export function voidIncome(context: UseCaseContext, input: VoidInput): Result<IncomeReceipt> {
  const { connection, clock } = context;
  const record = findIncomeReceipt(connection, input.receiptId);
  if (!record) return failure('receipt-not-found', 'receiptId');
  if (record.void) return failure('already-voided', 'receiptId');
  if (input.voidedOn < record.receivedOn) return failure('void-before-receipt', 'voidedOn');
  if (input.voidedOn > clock.today()) return failure('date-in-future', 'voidedOn');
  if (input.accountCode !== undefined) {
    const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
    if (!account.ok) return account;
  }
  const voided = voidIncomeReceipt(context, record, input);
  if (!voided.ok) return voided;
  return incomeReceiptResult(connection, record.id);
}

export function getIncome(context: UseCaseContext, input: { receiptId: number }): Result<IncomeReceipt> {
  return incomeReceiptResult(context.connection, input.receiptId);
}

export function listIncome(context: UseCaseContext, input: { offset: number; limit: number }): Result<Paged<IncomeReceipt>> {
  const { connection } = context;
  const fund = readFund(connection);
  const page = listIncomeReceipts(connection, input.offset, input.limit);
  return success({ total: page.total, offset: input.offset, rows: page.rows.map((row) => incomeReceiptFromRecord(connection, fund, row)) });
}
