import type {
  Account,
  AuditEvent,
  CashBookPage,
  JournalEntry,
  NegativeBalanceDay,
  OpeningBalances,
  Paged,
  TrialBalanceRow,
} from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { listAudit } from '../db/repositories/audit-repository';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import type { JournalLine } from '../../../shared/domain/ledger/journal-entry';
import { negativeDays, openingAmounts } from '../db/repositories/balance-repository';
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

/** Cash in hand, the bank accounts of the register and investments: what §10 lists as balances. */
function openingAccounts(connection: UseCaseContext['connection']): Set<string> {
  return new Set([
    ...moneyAccounts(connection).map((account) => account.accountCode),
    ...listAccounts(connection)
      .filter((account) => account.section10Line === 'assets.investments')
      .map((account) => account.code),
  ]);
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
  const assets = openingAccounts(connection);
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

export function openingBalances(context: UseCaseContext): Result<OpeningBalances> {
  const { connection } = context;
  const amounts = openingAmounts(connection);
  return success({
    openedOn: readFund(connection).openedOn,
    recorded: findEntryIdBySource(connection, 'opening') !== undefined,
    balances: [...amounts.entries()]
      .filter(([, amount]) => amount !== 0)
      .map(([accountCode, amountSatang]) => ({ accountCode, amountSatang })),
  });
}

/**
 * Corrects the opening balances (issue 16 §1: a file whose cash went below zero may have had its money in the
 * bank all along): each account named is set to the amount given, by one more entry on the opening date for the
 * differences against opening balances (6000). Through the core, so a correction that would take an account below
 * zero on a later day is refused like any posting.
 */
export function correctOpeningBalances(
  context: UseCaseContext,
  input: { requestId: string; balances: { accountCode: string; amountSatang: number }[] },
): Result<JournalEntry> {
  const { connection } = context;
  if (findEntryIdBySource(connection, 'opening') === undefined) return failure('opening-not-recorded', 'balances');
  const accountsSeen = new Set(input.balances.map((balance) => balance.accountCode));
  if (accountsSeen.size !== input.balances.length) return failure('bad-input', 'balances', { reason: 'invalid' });
  const allowed = openingAccounts(connection);
  const notAsset = input.balances.findIndex((balance) => !allowed.has(balance.accountCode));
  if (notAsset >= 0)
    return failure('account-not-money', `balances.${notAsset}.accountCode`, { accountCode: input.balances[notAsset]?.accountCode ?? '' });
  const current = openingAmounts(connection);
  const lines: JournalLine[] = [];
  let net = 0;
  for (const balance of input.balances) {
    const change = balance.amountSatang - (current.get(balance.accountCode) ?? 0);
    if (change === 0) continue;
    net += change;
    lines.push({ accountCode: balance.accountCode, debitSatang: Math.max(change, 0), creditSatang: Math.max(-change, 0) });
  }
  if (lines.length === 0) return failure('opening-unchanged', 'balances');
  if (net !== 0) lines.push({ accountCode: accountCodes.openingBalances, debitSatang: Math.max(-net, 0), creditSatang: Math.max(net, 0) });
  const posted = postEntry(
    context,
    {
      date: readFund(connection).openedOn,
      lines,
      description: { code: 'opening-correction', params: {} },
      source: { kind: 'opening', id: null },
    },
    { date: 'balances', account: 'balances' },
  );
  if (!posted.ok) return posted;
  context.audit({
    entity: 'journal_entry',
    entityId: posted.value.id,
    before: Object.fromEntries(current),
    after: input.balances,
  });
  return journalEntry(context, { entryId: posted.value.id });
}
