import type { BankReconciliation } from '../../../shared/api/books-types';
import { reconcile } from '../../../shared/domain/ledger/reconciliation';
import { nextDay } from '../../../shared/domain/calendar-date';
import { failure, success, type Result } from '../../../shared/domain/result';
import { balanceBefore } from '../db/repositories/balance-repository';
import { listBankAccounts } from '../db/repositories/bank-account-repository';
import type { Connection } from '../db/execute';
import {
  findReconciliation,
  latestReconciliation,
  openLines,
  tickCount,
  type ReconciliationRecord,
} from '../db/repositories/reconciliation-repository';

/** Only an account of the bank register is reconciled against a bank's statement. */
export function checkBankAccount(connection: Connection, accountCode: string, field: string): Result<void> {
  if (listBankAccounts(connection).some((bank) => bank.accountCode === accountCode)) return success(undefined);
  return failure('account-not-bank', field, { accountCode });
}

/** What the account held at the end of the statement's day. */
export function bookBalanceOn(connection: Connection, accountCode: string, day: string): number {
  return balanceBefore(connection, accountCode, nextDay(day));
}

/**
 * A saved reconciliation as the screen and the year-end checklist read it. Its unticked lines are those still
 * outstanding now up to its statement date (a later reconciliation may have ticked some since).
 */
export function reconciliationView(connection: Connection, record: ReconciliationRecord): BankReconciliation {
  const figures = reconcile(record.bookBalanceSatang, record.statementBalanceSatang, [
    { inSatang: record.untickedInSatang, outSatang: record.untickedOutSatang },
  ]);
  return {
    id: record.id,
    uuid: record.uuid,
    accountCode: record.accountCode,
    statementDate: record.statementDate,
    statementBalanceSatang: record.statementBalanceSatang,
    bookBalanceSatang: record.bookBalanceSatang,
    untickedInSatang: record.untickedInSatang,
    untickedOutSatang: record.untickedOutSatang,
    differenceSatang: figures.differenceSatang,
    tickedCount: tickCount(connection, record.id),
    unticked: openLines(connection, record.accountCode, record.statementDate),
    createdAt: record.createdAt,
  };
}

export function reconciliationById(connection: Connection, id: number): Result<BankReconciliation> {
  const record = findReconciliation(connection, id);
  return record ? success(reconciliationView(connection, record)) : failure('reconciliation-not-found', 'reconciliationId');
}

/**
 * The bank accounts holding money that no reconciliation covers this month (the home screen's to-do, handbook
 * §(d)2 "reconcile monthly"): none against a statement dated in the month `today` is in. An empty account waits
 * for nothing.
 */
export function unreconciledThisMonth(
  connection: Connection,
  today: string,
  accounts: readonly { code: string; nameTh: string; nameEn: string; balanceSatang: number }[],
): { accountCode: string; nameTh: string; nameEn: string; lastStatementDate: string | null }[] {
  const monthStart = `${today.slice(0, 7)}-01`;
  const banks = new Set(listBankAccounts(connection).map((bank) => bank.accountCode));
  return accounts
    .filter((account) => banks.has(account.code) && account.balanceSatang !== 0)
    .flatMap((account) => {
      const last = latestReconciliation(connection, account.code);
      if (last && last.statementDate >= monthStart) return [];
      return [
        { accountCode: account.code, nameTh: account.nameTh, nameEn: account.nameEn, lastStatementDate: last?.statementDate ?? null },
      ];
    });
}
