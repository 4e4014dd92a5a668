import type {
  Account,
  AuditEvent,
  CashBookPage,
  JournalEntry,
  NegativeBalanceDay,
  Paged,
  TrialBalanceRow,
} from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { listAudit } from '../db/repositories/audit-repository';
import { negativeDays } from '../db/repositories/balance-repository';
import { findJournalEntry, listAccounts, trialBalance } from '../db/repositories/ledger-repository';
import { moneyBookPage } from '../steps/money-book';
import type { UseCaseContext } from './use-case-context';

export function cashBook(
  context: UseCaseContext,
  input: { accountCode: string; from?: string | undefined; to?: string | undefined; offset: number; limit: number },
): Result<CashBookPage> {
  return moneyBookPage(context.connection, input);
}

export function accounts(context: UseCaseContext): Result<Account[]> {
  return success(listAccounts(context.connection));
}

export function trialBalanceRows(context: UseCaseContext): Result<TrialBalanceRow[]> {
  return success(trialBalance(context.connection));
}

export function journalEntry(context: UseCaseContext, input: { entryId: number }): Result<JournalEntry> {
  const entry = findJournalEntry(context.connection, input.entryId);
  return entry ? success(entry) : failure('entry-not-found', 'entryId');
}

export function auditList(context: UseCaseContext, input: { offset: number; limit: number }): Result<Paged<AuditEvent>> {
  return success(listAudit(context.connection, input.offset, input.limit));
}

/** Each day an asset account closed below zero: what the cash book offers to put right (Decision 13). */
export function negativeBalances(context: UseCaseContext): Result<NegativeBalanceDay[]> {
  return success(negativeDays(context.connection));
}
