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
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import type { JournalLine } from '../../../shared/domain/ledger/journal-entry';
import { negativeDays } from '../db/repositories/balance-repository';
import { readFund } from '../db/repositories/fund-repository';
import { findEntryIdBySource, findJournalEntry, listAccounts, trialBalance } from '../db/repositories/ledger-repository';
import { moneyAccounts } from '../steps/money-accounts';
import { moneyBookPage } from '../steps/money-book';
import { postEntry } from '../steps/post-entry';
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

/**
 * A fund that starts using the app mid-life brings its money with it (Decision 10): cash, each bank account and
 * investments as of the opening date, posted once through the core as Dr each asset / Cr opening balances.
 */
export function recordOpeningBalances(
  context: UseCaseContext,
  input: { requestId: string; balances: { accountCode: string; amountSatang: number }[] },
): Result<JournalEntry> {
  const { connection } = context;
  const existing = findEntryIdBySource(connection, 'opening');
  if (existing !== undefined) return failure('opening-already-recorded', 'balances');
  const accountsSeen = new Set(input.balances.map((balance) => balance.accountCode));
  if (accountsSeen.size !== input.balances.length) return failure('bad-input', 'balances', { reason: 'invalid' });
  // Cash in hand, the bank accounts of the register and investments: what §10 lists as balances.
  const assets = new Set([
    ...moneyAccounts(connection).map((account) => account.accountCode),
    ...listAccounts(connection)
      .filter((account) => account.section10Line === 'assets.investments')
      .map((account) => account.code),
  ]);
  const notAsset = input.balances.findIndex((balance) => !assets.has(balance.accountCode));
  if (notAsset >= 0)
    return failure('account-not-money', `balances.${notAsset}.accountCode`, { accountCode: input.balances[notAsset]?.accountCode ?? '' });
  const fund = readFund(connection);
  const total = input.balances.reduce((sum, balance) => sum + balance.amountSatang, 0);
  const lines: JournalLine[] = [
    ...input.balances.map((balance) => ({ accountCode: balance.accountCode, debitSatang: balance.amountSatang, creditSatang: 0 })),
    { accountCode: accountCodes.openingBalances, debitSatang: 0, creditSatang: total },
  ];
  const posted = postEntry(
    context,
    { date: fund.openedOn, lines, description: { code: 'opening', params: {} }, source: { kind: 'opening', id: null } },
    { date: 'balances', account: 'balances' },
  );
  if (!posted.ok) return posted;
  context.audit({ entity: 'journal_entry', entityId: posted.value.id, after: input.balances });
  return journalEntry(context, { entryId: posted.value.id });
}
