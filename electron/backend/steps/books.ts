import type { AccountLedgerPage, JournalBookPage, TrialBalanceReport } from '../../../shared/api/books-types';
import type { Account } from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { journalPage, ledgerLinesOf, totalsBefore } from '../db/repositories/books-repository';
import { listAccounts } from '../db/repositories/ledger-repository';
import type { Connection } from '../db/execute';
import type { UseCaseContext } from '../use-cases/use-case-context';
import { nextDay } from '../../../shared/domain/calendar-date';

export type BookRange = { from: string; to: string };

/** A period of the books: the day it starts is not after the day it ends, and it ends no later than today. */
export function checkRange(context: UseCaseContext, range: BookRange): Result<BookRange> {
  if (range.from > range.to) return failure('date-range-inverted', 'to', { from: range.from, to: range.to });
  if (range.to > context.clock.today()) return failure('date-in-future', 'to', { date: range.to });
  return success(range);
}

/** Money, welfare and expenses are read debit less credit; receipts, income and opening balances the other way. */
export function sideOf(account: Account): 'debit' | 'credit' {
  return account.group === 'assets' || account.group === 'expenses' || account.group === 'welfare' ? 'debit' : 'credit';
}

export function findAccount(connection: Connection, accountCode: string): Account | undefined {
  return listAccounts(connection).find((account) => account.code === accountCode);
}

export function journalBookPage(connection: Connection, range: BookRange, offset: number, limit: number): JournalBookPage {
  const page = journalPage(connection, range, offset, limit);
  return { total: page.total, offset, rows: page.entries, from: range.from, to: range.to };
}

/** An account's ledger for a period: brought forward, its lines with the running balance, carried forward. */
export function accountLedgerPage(
  connection: Connection,
  input: { accountCode: string; from: string; to: string; offset: number; limit: number },
): Result<AccountLedgerPage> {
  const account = findAccount(connection, input.accountCode);
  if (!account) return failure('account-not-found', 'accountCode', { accountCode: input.accountCode });
  const side = sideOf(account);
  const sign = side === 'debit' ? 1 : -1;
  const net = (totals: { debitSatang: number; creditSatang: number } | undefined) =>
    totals === undefined ? 0 : sign * (totals.debitSatang - totals.creditSatang);
  const broughtForward = net(totalsBefore(connection, input.from).get(input.accountCode));
  const lines = ledgerLinesOf(connection, input.accountCode, input, input.offset, input.limit);
  return success({
    accountCode: account.code,
    nameTh: account.nameTh,
    nameEn: account.nameEn,
    side,
    from: input.from,
    to: input.to,
    total: lines.total,
    offset: input.offset,
    broughtForwardSatang: broughtForward,
    carriedForwardSatang: broughtForward + sign * (lines.debitSatang - lines.creditSatang),
    debitTotalSatang: lines.debitSatang,
    creditTotalSatang: lines.creditSatang,
    rows: lines.lines.map((line) => ({
      date: line.date,
      entryId: line.entryId,
      entryNo: line.entryNo,
      documentNo: line.documentNo,
      description: line.description,
      debitSatang: line.debitSatang,
      creditSatang: line.creditSatang,
      balanceSatang: broughtForward + sign * line.running,
    })),
  });
}

/** Each account's balance at the end of `asOf` on its debit or credit column; the two totals must agree. */
export function trialBalanceAsOf(connection: Connection, asOf: string): TrialBalanceReport {
  const totals = totalsBefore(connection, nextDay(asOf));
  const lines = listAccounts(connection).flatMap((account) => {
    const entry = totals.get(account.code);
    const balance = entry === undefined ? 0 : entry.debitSatang - entry.creditSatang;
    if (entry === undefined || (balance === 0 && entry.debitSatang === 0)) return [];
    return [
      {
        accountCode: account.code,
        nameTh: account.nameTh,
        nameEn: account.nameEn,
        debitSatang: Math.max(balance, 0),
        creditSatang: Math.max(-balance, 0),
      },
    ];
  });
  const debit = lines.reduce((sum, line) => sum + line.debitSatang, 0);
  const credit = lines.reduce((sum, line) => sum + line.creditSatang, 0);
  return { asOf, lines, debitTotalSatang: debit, creditTotalSatang: credit, differenceSatang: debit - credit };
}
