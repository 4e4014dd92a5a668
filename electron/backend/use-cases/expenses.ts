import type { z } from 'zod';
import type { fundContract } from '../../../shared/api/fund-contract';
import type { Paged } from '../../../shared/api/fund-types';
import type { AdminCostCheck, Expense } from '../../../shared/api/other-money-types';
import { expenseAccountOf } from '../../../shared/domain/ledger/other-money';
import { failure, success, type Result } from '../../../shared/domain/result';
import { expenseSourceType, listExpenseVoucherIds } from '../db/repositories/expense-repository';
import { readFund } from '../db/repositories/fund-repository';
import { findVoucher, findVoucherReversal } from '../db/repositories/voucher-repository';
import { adminCostOf } from '../steps/admin-cost';
import { checkAmountCeiling } from '../steps/amount-ceilings';
import { expenseResult, expenseView } from '../steps/expenses';
import { checkMoneyAccount } from '../steps/money-accounts';
import { checkPaymentDate, postVoucher, reverseVoucher } from '../steps/vouchers';
import type { UseCaseContext } from './use-case-context';

type RecordInput = z.output<(typeof fundContract)['expenses.record']['input']>;
type ReverseInput = z.output<(typeof fundContract)['expenses.reverse']['input']>;

/**
 * An administration expense paid by voucher (issue 16 §3): its §10 line, the money account it leaves (never
 * below zero: the core refuses), printed on the voucher paper. Passing Decision 14's limit is not refused here:
 * the form shows expenses.adminCostCheck's figures and the treasurer confirms.
 */
export function recordExpense(context: UseCaseContext, input: RecordInput): Result<Expense> {
  const { connection, clock } = context;
  const fund = readFund(connection);
  const date = checkPaymentDate(fund, input.paidOn, clock.today(), 'paidOn');
  if (!date.ok) return date;
  const plausible = checkAmountCeiling(connection, 'payout', input.amountSatang, input.isLargeAmountConfirmed, 'amountSatang');
  if (!plausible.ok) return plausible;
  const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
  if (!account.ok) return account;
  const posted = postVoucher(context, fund, {
    requestId: input.requestId,
    paidOn: input.paidOn,
    payeeName: input.payeeName,
    payeeAddress: input.payeeAddress,
    description: input.description,
    amountSatang: input.amountSatang,
    accountCode: input.accountCode,
    expenseAccount: expenseAccountOf[input.expenseCategory],
    sourceType: expenseSourceType,
  });
  if (!posted.ok) return posted;
  return expenseResult(connection, posted.value);
}

/** An expense paid in error is reversed on a date with a reason (Decision 13): the voucher keeps its number. */
export function reverseExpense(context: UseCaseContext, input: ReverseInput): Result<Expense> {
  const { connection, clock } = context;
  const record = findVoucher(connection, input.voucherId);
  if (!record || record.sourceType !== expenseSourceType) return failure('expense-not-found', 'voucherId');
  if (findVoucherReversal(connection, record.id)) return failure('voucher-already-reversed', 'voucherId');
  const fund = readFund(connection);
  const date = checkPaymentDate(fund, input.reversedOn, clock.today(), 'reversedOn');
  if (!date.ok) return date;
  if (input.reversedOn < record.paidOn) return failure('reversal-before-payment', 'reversedOn', { paidOn: record.paidOn });
  const reversed = reverseVoucher(context, input);
  if (!reversed.ok) return reversed;
  return expenseResult(connection, record.id);
}

export function listExpenses(context: UseCaseContext, input: { offset: number; limit: number }): Result<Paged<Expense>> {
  const { connection } = context;
  const page = listExpenseVoucherIds(connection, input.offset, input.limit);
  return success({ total: page.total, offset: input.offset, rows: page.ids.flatMap((id) => expenseView(connection, id) ?? []) });
}

/** Decision 14's figures for a voucher of `amountSatang` on `date`, for the form to show as the amount is typed. */
export function adminCostCheck(context: UseCaseContext, input: { date: string; amountSatang: number }): Result<AdminCostCheck> {
  const { connection, clock } = context;
  if (input.date > clock.today()) return failure('date-in-future', 'date');
  return success(adminCostOf(connection, readFund(connection), input.date, input.amountSatang, clock.today()));
}
