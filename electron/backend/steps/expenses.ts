import type { Expense } from '../../../shared/api/other-money-types';
import { categoryOfExpenseAccount } from '../../../shared/domain/ledger/other-money';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { loadVoucher } from './vouchers';

/** An expense as the API shows it: its §10 line and its voucher. */
export function expenseView(connection: Connection, voucherId: number): Expense | undefined {
  const voucher = loadVoucher(connection, voucherId);
  const category = voucher && categoryOfExpenseAccount(voucher.expenseAccount);
  return voucher && category ? { id: voucher.id, category, voucher } : undefined;
}

export function expenseResult(connection: Connection, voucherId: number): Result<Expense> {
  const expense = expenseView(connection, voucherId);
  return expense ? success(expense) : failure('expense-not-found', 'voucherId');
}
