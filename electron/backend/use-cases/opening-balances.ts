import type { JournalEntry, OpeningBalances } from '../../../shared/api/fund-types';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import type { JournalLine } from '../../../shared/domain/ledger/journal-entry';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { accountBalances, openingAmounts } from '../db/repositories/balance-repository';
import { readFund } from '../db/repositories/fund-repository';
import { findEntryIdBySource, findJournalEntry, listAccounts } from '../db/repositories/ledger-repository';
import { moneyAccounts } from '../steps/money-accounts';
import { postEntry } from '../steps/post-entry';
import type { UseCaseContext } from './use-case-context';

type Amount = { accountCode: string; amountSatang: number };

/** Cash in hand, the bank accounts of the register and investments: what §10 lists as balances. */
function openingAccounts(connection: Connection): Set<string> {
  return new Set([
    ...moneyAccounts(connection).map((account) => account.accountCode),
    ...listAccounts(connection)
      .filter((account) => account.section10Line === 'assets.investments')
      .map((account) => account.code),
  ]);
}

/**
 * The other lines of a paper §10, by account: the receipts side (รายรับ, รายได้) is credited, the payments side
 * (welfare paid, expenses) debited. Money on hand and ยอดยกมา are not among them.
 */
function section10Sides(connection: Connection): Map<string, 'receipts' | 'payments'> {
  const sides = new Map<string, 'receipts' | 'payments'>();
  for (const account of listAccounts(connection)) {
    if (account.group === 'receipts' || account.group === 'income') sides.set(account.code, 'receipts');
    if (account.group === 'welfare' || account.group === 'expenses') sides.set(account.code, 'payments');
  }
  return sides;
}

/** Journal lines for §10 lines (credit on the receipts side, debit on the payments side), or the first line no §10 line takes. */
function linesOnSides(
  connection: Connection,
  lines: readonly Amount[],
  field: string,
): Result<{ lines: JournalLine[]; receiptsSatang: number; paymentsSatang: number }> {
  const sides = section10Sides(connection);
  const journal: JournalLine[] = [];
  let receiptsSatang = 0;
  let paymentsSatang = 0;
  for (const [index, line] of lines.entries()) {
    const side = sides.get(line.accountCode);
    if (!side) return failure('account-not-section10-line', `${field}.${index}.accountCode`, { accountCode: line.accountCode });
    if (side === 'receipts') receiptsSatang += line.amountSatang;
    else paymentsSatang += line.amountSatang;
    journal.push({
      accountCode: line.accountCode,
      debitSatang: side === 'payments' ? line.amountSatang : 0,
      creditSatang: side === 'receipts' ? line.amountSatang : 0,
    });
  }
  return success({ lines: journal, receiptsSatang, paymentsSatang });
}

function checkMoneyAccounts(connection: Connection, balances: readonly Amount[]): Result<void> {
  const accountsSeen = new Set(balances.map((balance) => balance.accountCode));
  if (accountsSeen.size !== balances.length) return failure('bad-input', 'balances', { reason: 'duplicate-account' });
  const allowed = openingAccounts(connection);
  const notMoney = balances.findIndex((balance) => !allowed.has(balance.accountCode));
  if (notMoney >= 0)
    return failure('account-not-money', `balances.${notMoney}.accountCode`, { accountCode: balances[notMoney]?.accountCode ?? '' });
  return success(undefined);
}

/** What ยอดยกมา (6000) holds: its credit balance, 0 when nothing stands there. */
function standingOpening(connection: Connection): number {
  const balance = accountBalances(connection).get(accountCodes.openingBalances) ?? 0;
  return balance === 0 ? 0 : -balance;
}

function entryOf(connection: Connection, entryId: number): Result<JournalEntry> {
  const entry = findJournalEntry(connection, entryId);
  return entry ? success(entry) : failure('entry-not-found', 'entryId');
}

/**
 * A fund that starts using the app mid-life brings its money with it (Decision 10), posted once through the core
 * on the opening date. With only money on hand (cash, each bank account, investments) it stands against ยอดยกมา
 * (6000). With the rest of the fund's last paper §10 (cumulative receipts by source, income, welfare paid,
 * expenses) the two sides of §10 must be equal, and the entry carries each line to its own account, so §10 reads
 * as the paper did from the first day and no ยอดยกมา is left.
 */
export function recordOpeningBalances(
  context: UseCaseContext,
  input: { requestId: string; balances: Amount[]; section10Lines: Amount[] },
): Result<JournalEntry> {
  const { connection } = context;
  if (findEntryIdBySource(connection, 'opening') !== undefined) return failure('opening-already-recorded', 'balances');
  const money = checkMoneyAccounts(connection, input.balances);
  if (!money.ok) return money;
  const moneySatang = input.balances.reduce((sum, balance) => sum + balance.amountSatang, 0);
  const lines: JournalLine[] = input.balances.map((balance) => ({
    accountCode: balance.accountCode,
    debitSatang: balance.amountSatang,
    creditSatang: 0,
  }));
  if (input.section10Lines.length === 0) {
    lines.push({ accountCode: accountCodes.openingBalances, debitSatang: 0, creditSatang: moneySatang });
  } else {
    const paper = linesOnSides(connection, input.section10Lines, 'section10Lines');
    if (!paper.ok) return paper;
    const receipts = paper.value.receiptsSatang;
    const payments = moneySatang + paper.value.paymentsSatang;
    if (receipts !== payments)
      return failure('opening-unbalanced', 'section10Lines', { receipts, payments, difference: Math.abs(receipts - payments) });
    lines.push(...paper.value.lines);
  }
  const posted = postEntry(
    context,
    { date: readFund(connection).openedOn, lines, description: { code: 'opening', params: {} }, source: { kind: 'opening', id: null } },
    { date: 'balances', account: 'balances' },
  );
  if (!posted.ok) return posted;
  context.audit({
    entity: 'journal_entry',
    entityId: posted.value.id,
    after: { balances: input.balances, section10Lines: input.section10Lines },
  });
  return entryOf(connection, posted.value.id);
}

export function openingBalances(context: UseCaseContext): Result<OpeningBalances> {
  const { connection } = context;
  const money = openingAccounts(connection);
  const sides = section10Sides(connection);
  const amounts = [...openingAmounts(connection).entries()].filter(([, amount]) => amount !== 0);
  return success({
    openedOn: readFund(connection).openedOn,
    recorded: findEntryIdBySource(connection, 'opening') !== undefined,
    balances: amounts.filter(([code]) => money.has(code)).map(([accountCode, amountSatang]) => ({ accountCode, amountSatang })),
    // Each §10 line positive on its own side: a receipts line holds a credit, a payments line a debit.
    lines: amounts
      .filter(([code]) => sides.has(code))
      .map(([accountCode, amount]) => ({ accountCode, amountSatang: sides.get(accountCode) === 'receipts' ? -amount : amount })),
    reclassifiableSatang: standingOpening(connection),
  });
}

/**
 * Corrects the opening balances (issue 16 §1: a file whose cash went below zero may have had its money in the
 * bank all along): each account named is set to the amount given, by one more entry on the opening date for the
 * differences against opening balances (6000). Through the core, so a correction that would take an account below
 * zero on a later day is refused like any posting.
 */
export function correctOpeningBalances(context: UseCaseContext, input: { requestId: string; balances: Amount[] }): Result<JournalEntry> {
  const { connection } = context;
  if (findEntryIdBySource(connection, 'opening') === undefined) return failure('opening-not-recorded', 'balances');
  const money = checkMoneyAccounts(connection, input.balances);
  if (!money.ok) return money;
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
  context.audit({ entity: 'journal_entry', entityId: posted.value.id, before: Object.fromEntries(current), after: input.balances });
  return entryOf(connection, posted.value.id);
}

/**
 * An opening recorded the old way (money on hand against ยอดยกมา, 6000) spread by the treasurer over the lines of
 * the fund's paper §10, so §10 shows where the money came from and went rather than one ยอดยกมา line. Posted
 * money is never edited: one dated entry debits 6000 with all it holds against the receipts lines and credits it
 * with the payments lines; what the lines come to must be exactly what 6000 holds, or nothing is written.
 */
export function reclassifyOpening(
  context: UseCaseContext,
  input: { requestId: string; date: string; lines: Amount[] },
): Result<JournalEntry> {
  const { connection, clock } = context;
  const fund = readFund(connection);
  if (findEntryIdBySource(connection, 'opening') === undefined) return failure('opening-not-recorded', 'lines');
  if (input.date < fund.openedOn) return failure('date-before-opening', 'date', { openedOn: fund.openedOn });
  if (input.date > clock.today()) return failure('date-in-future', 'date');
  const standing = standingOpening(connection);
  if (standing <= 0) return failure('opening-nothing-to-reclassify', 'lines');
  const paper = linesOnSides(connection, input.lines, 'lines');
  if (!paper.ok) return paper;
  const spread = paper.value.receiptsSatang - paper.value.paymentsSatang;
  if (spread !== standing)
    return failure('opening-reclassification-unbalanced', 'lines', {
      expected: standing,
      amount: spread,
      difference: Math.abs(standing - spread),
    });
  const posted = postEntry(
    context,
    {
      date: input.date,
      lines: [{ accountCode: accountCodes.openingBalances, debitSatang: standing, creditSatang: 0 }, ...paper.value.lines],
      description: { code: 'opening-reclassification', params: {} },
      source: { kind: 'opening', id: null },
    },
    { date: 'date', account: 'lines' },
  );
  if (!posted.ok) return posted;
  context.audit({ entity: 'journal_entry', entityId: posted.value.id, before: { openingSatang: standing }, after: input.lines });
  return entryOf(connection, posted.value.id);
}
