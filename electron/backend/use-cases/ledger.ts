import type { Account, AuditEvent, CashBookPage, JournalEntry, Paged, TrialBalanceRow } from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { listAudit } from '../db/repositories/audit-repository';
import { cashBookPage, findJournalEntry, listAccounts, trialBalance } from '../db/repositories/ledger-repository';
import type { UseCaseContext } from './use-case-context';

export function cashBook(context: UseCaseContext, input: { from?: string | undefined; to?: string | undefined; offset: number; limit: number }): Result<CashBookPage> {
  const range: { from?: string; to?: string } = {};
  if (input.from !== undefined) range.from = input.from;
  if (input.to !== undefined) range.to = input.to;
  return success(cashBookPage(context.connection, range, input.offset, input.limit));
}

export function accounts(context: UseCaseContext): Result<Account[]> {
  return success(listAccounts(context.connection));
}

export function trialBalanceRows(context: UseCaseContext): Result<TrialBalanceRow[]> {
  return success(trialBalance(context.connection));
}

export function journalEntry(context: UseCaseContext, entryId: number): Result<JournalEntry> {
  const entry = findJournalEntry(context.connection, entryId);
  return entry ? success(entry) : failure('entry-not-found', 'entryId');
}

export function auditList(context: UseCaseContext, input: { offset: number; limit: number }): Result<Paged<AuditEvent>> {
  return success(listAudit(context.connection, input.offset, input.limit));
}
