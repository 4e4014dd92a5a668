import type { MoneyOnHand, ReceiptsPaymentsReport } from '../../../shared/api/report-types';
import { previousDay } from '../../../shared/domain/calendar-date';
import { failure, success, type Result } from '../../../shared/domain/result';
import { balancesOn } from '../db/repositories/section10-repository';
import type { UseCaseContext } from '../use-cases/use-case-context';
import { expenseLines, groupOf, incomeLines, receiptLines, section10Amounts } from './section10';

/** The payments side's uses of money besides expenses: §10's assets lines that are not money on hand. */
const paymentLines = ['welfare-member', 'investments', 'other'];

function moneyOf(amounts: Map<string, number>): MoneyOnHand {
  const cashSatang = amounts.get('assets.cash') ?? 0;
  const bankSatang = amounts.get('assets.bank') ?? 0;
  return { cashSatang, bankSatang, totalSatang: cashSatang + bankSatang };
}

/**
 * The statement from §10's line amounts at the end of the day before `from` and at the end of `to`: each line's
 * movement is the difference. Every account maps to one line, so start + receipts − payments = end holds on any
 * balanced ledger.
 */
export function receiptsPaymentsFrom(
  from: string,
  to: string,
  start: Map<string, number>,
  end: Map<string, number>,
): ReceiptsPaymentsReport {
  const moved = new Map<string, number>();
  for (const key of new Set([...start.keys(), ...end.keys()])) moved.set(key, (end.get(key) ?? 0) - (start.get(key) ?? 0));
  const receipts = groupOf('receipts', receiptLines, moved);
  const income = groupOf('income', incomeLines, moved);
  const openingSatang = moved.get('opening.opening') ?? 0;
  const payments = groupOf('assets', paymentLines, moved);
  const expenses = groupOf('expenses', expenseLines, moved);
  const receiptsTotalSatang = receipts.subtotalSatang + income.subtotalSatang + openingSatang;
  const paymentsTotalSatang = payments.subtotalSatang + expenses.subtotalSatang;
  const moneyAtStart = moneyOf(start);
  const moneyAtEnd = moneyOf(end);
  return {
    from,
    to,
    moneyAtStart,
    receipts,
    income,
    openingSatang,
    receiptsTotalSatang,
    payments,
    expenses,
    paymentsTotalSatang,
    moneyAtEnd,
    differenceSatang: moneyAtStart.totalSatang + receiptsTotalSatang - paymentsTotalSatang - moneyAtEnd.totalSatang,
  };
}

/** The statement for `from` … `to` from the monthly totals (two reads of §10's balances); a bad range is refused. */
export function receiptsPaymentsOf(context: UseCaseContext, input: { from: string; to: string }): Result<ReceiptsPaymentsReport> {
  if (input.to > context.clock.today()) return failure('date-in-future', 'to');
  if (input.from > input.to) return failure('date-range-inverted', 'to');
  const start = section10Amounts(balancesOn(context.connection, previousDay(input.from)));
  const end = section10Amounts(balancesOn(context.connection, input.to));
  return success(receiptsPaymentsFrom(input.from, input.to, start, end));
}
