import type { Account, AuditEvent, CashBookPage, JournalEntry, Paged, TrialBalanceRow } from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { listAudit } from '../db/repositories/audit-repository';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { checkBalanced, type JournalLine } from '../../../shared/domain/ledger/journal-entry';
import { readFund } from '../db/repositories/fund-repository';
import {
  cashBookPage,
  findEntryIdBySource,
  findJournalEntry,
  insertCashBookLine,
  insertJournalEntries,
  listAccounts,
  trialBalance,
} from '../db/repositories/ledger-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import { actorName, type UseCaseContext } from './use-case-context';

export function cashBook(
  context: UseCaseContext,
  input: { from?: string | undefined; to?: string | undefined; offset: number; limit: number },
): Result<CashBookPage> {
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

export function journalEntry(context: UseCaseContext, input: { entryId: number }): Result<JournalEntry> {
  const entry = findJournalEntry(context.connection, input.entryId);
  return entry ? success(entry) : failure('entry-not-found', 'entryId');
}

export function auditList(context: UseCaseContext, input: { offset: number; limit: number }): Result<Paged<AuditEvent>> {
  return success(listAudit(context.connection, input.offset, input.limit));
}

const openingSource = 'ledger.recordOpeningBalances';

/**
 * A fund that starts using the app mid-life brings its money with it (Decision 10): cash, bank and investments
 * as of the opening date, posted once as Dr each asset / Cr opening balances. Cash also opens the cash book.
 */
export function recordOpeningBalances(
  context: UseCaseContext,
  input: { requestId: string; balances: { accountCode: '3100' | '3200' | '3300'; amountSatang: number }[] },
): Result<JournalEntry> {
  const { connection } = context;
  const existing = findEntryIdBySource(connection, openingSource);
  if (existing !== undefined) return failure('opening-already-recorded', 'balances');
  const accountsSeen = new Set(input.balances.map((balance) => balance.accountCode));
  if (accountsSeen.size !== input.balances.length) return failure('bad-input', 'balances', { reason: 'invalid' });
  const fund = readFund(connection);
  const total = input.balances.reduce((sum, balance) => sum + balance.amountSatang, 0);
  const lines: JournalLine[] = [
    ...input.balances.map((balance) => ({ accountCode: balance.accountCode, debitSatang: balance.amountSatang, creditSatang: 0 })),
    { accountCode: accountCodes.openingBalances, debitSatang: 0, creditSatang: total },
  ];
  const balanced = checkBalanced(lines);
  if (!balanced.ok) return balanced;
  const fiscalYear = fiscalYearOf(fund.openedOn, fund.fiscalYearStartMonth);
  const sequence = reserveNumbers(connection, 'journal', fiscalYear);
  const now = context.call.at;
  const entryNo = formatDocumentNo('JV', fiscalYear, sequence);
  const description = { code: 'opening', params: {} };
  const [entryId] = insertJournalEntries(connection, [
    {
      entryNo,
      fiscalYear,
      sequenceNo: sequence,
      entryDate: fund.openedOn,
      description,
      sourceType: openingSource,
      sourceId: null,
      reversesEntryId: null,
      createdAt: now,
      actor: actorName(context),
      lines: balanced.value,
    },
  ]);
  const cash = input.balances.find((balance) => balance.accountCode === accountCodes.cash);
  if (cash)
    insertCashBookLine(connection, {
      date: fund.openedOn,
      documentNo: entryNo,
      description,
      inSatang: cash.amountSatang,
      outSatang: 0,
      receiptId: null,
      batchId: null,
      journalEntryId: entryId ?? null,
    });
  context.audit({ entity: 'journal_entry', entityId: entryId ?? 0, after: input.balances });
  return journalEntry(context, { entryId: entryId ?? 0 });
}
