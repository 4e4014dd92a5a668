import type { Explanation } from '../../../shared/api/fund-types';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { checkBalanced, type JournalLine } from '../../../shared/domain/ledger/journal-entry';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { balanceBefore, movementsFrom } from '../db/repositories/balance-repository';
import { readFund } from '../db/repositories/fund-repository';
import { insertJournalEntries, listAccounts, type NewJournalEntry } from '../db/repositories/ledger-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import { actorName, type UseCaseContext } from '../use-cases/use-case-context';

/** What a journal entry comes from: the document's kind, its row id and the number the books show for it. */
export type SourceKind =
  | 'receipt'
  | 'receipt-void'
  | 'income-receipt'
  | 'income-receipt-void'
  | 'voucher'
  | 'voucher-reversal'
  | 'transfer'
  | 'opening'
  | 'grant'
  | 'grant-reversal';

export type EntryToPost = {
  date: string;
  lines: readonly JournalLine[];
  description: Explanation;
  source: { kind: SourceKind; id: number | null; documentNo?: string };
  /** The collection day a receipt was posted with: the money books show a day as one line per account. */
  batchId?: number | null;
  reversesEntryId?: number | null;
  /** Where grant money came from (issue 16 §3); null for everything else. */
  dimensions?: { grantSource: string | null; matchingRound: number | null };
};

export type PostedEntry = { id: number; entryNo: string };

/** The input fields a refusal names: the document's date and the money account it moves through. */
export type PostingFields = { date: string; account: string };

/** Reserves a run of gapless numbers per fiscal year in one statement each, then hands them out in order. */
export function numberAllocator(connection: Connection, series: string, fiscalYears: readonly number[]): (fiscalYear: number) => number {
  const next = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const year of fiscalYears) counts.set(year, (counts.get(year) ?? 0) + 1);
  for (const [year, count] of counts) next.set(year, reserveNumbers(connection, series, year, count));
  return (year) => {
    const number = next.get(year);
    if (number === undefined) throw new Error('no numbers reserved');
    next.set(year, number + 1);
    return number;
  };
}

/**
 * The only writer of journal entries (issue 16 §1). Inside the call's transaction it checks every entry balances,
 * refuses a date in a locked period, refuses anything that would take an asset account (cash, a bank account,
 * investments) below zero on its date or on any later date that already has postings (Decision 13), numbers
 * the entries `JV<B.E. year>-NNNNNN` gaplessly per fiscal year, and writes them with the monthly and daily
 * totals. A refusal writes nothing: the caller returns it and the call's transaction rolls back.
 */
export function postEntries(
  context: UseCaseContext,
  entries: readonly EntryToPost[],
  fields: PostingFields = { date: 'date', account: 'accountCode' },
): Result<PostedEntry[]> {
  const { connection } = context;
  const fund = readFund(connection);
  for (const entry of entries) {
    const balanced = checkBalanced(entry.lines);
    if (!balanced.ok) return balanced;
    if (fund.lockedThrough !== null && entry.date <= fund.lockedThrough)
      return failure('period-locked', fields.date, { lockedThrough: fund.lockedThrough });
  }
  const accounts = listAccounts(connection);
  const assets = new Set(accounts.filter((account) => account.group === 'assets').map((account) => account.code));
  const known = new Set(accounts.map((account) => account.code));
  for (const entry of entries)
    for (const line of entry.lines)
      if (!known.has(line.accountCode)) return failure('account-not-found', fields.account, { accountCode: line.accountCode });
  const belowZero = findBelowZero(connection, entries, assets);
  if (belowZero) {
    const account = accounts.find((candidate) => candidate.code === belowZero.accountCode);
    return failure('account-below-zero', fields.account, {
      accountCode: belowZero.accountCode,
      accountTh: account?.nameTh ?? belowZero.accountCode,
      accountEn: account?.nameEn ?? belowZero.accountCode,
      date: belowZero.date,
      balance: belowZero.balance,
      shortfall: belowZero.shortfall,
    });
  }
  const fiscalYears = entries.map((entry) => fiscalYearOf(entry.date, fund.fiscalYearStartMonth));
  const nextNumber = numberAllocator(connection, 'journal', fiscalYears);
  const now = context.call.at;
  const actor = actorName(context);
  const rows: NewJournalEntry[] = entries.map((entry, index) => {
    const fiscalYear = fiscalYears[index] ?? 0;
    const sequenceNo = nextNumber(fiscalYear);
    const entryNo = formatDocumentNo('JV', fiscalYear, sequenceNo);
    return {
      entryNo,
      fiscalYear,
      sequenceNo,
      entryDate: entry.date,
      description: entry.description,
      sourceType: entry.source.kind,
      sourceId: entry.source.id,
      reversesEntryId: entry.reversesEntryId ?? null,
      createdAt: now,
      actor,
      documentNo: entry.source.documentNo ?? entryNo,
      batchId: entry.batchId ?? null,
      grantSource: entry.dimensions?.grantSource ?? null,
      matchingRound: entry.dimensions?.matchingRound ?? null,
      lines: entry.lines,
    };
  });
  const ids = insertJournalEntries(connection, rows, assets);
  return success(rows.map((row, index) => ({ id: ids[index] ?? 0, entryNo: row.entryNo })));
}

/** One entry through the core. */
export function postEntry(context: UseCaseContext, entry: EntryToPost, fields?: PostingFields): Result<PostedEntry> {
  const posted = postEntries(context, [entry], fields);
  if (!posted.ok) return posted;
  const [first] = posted.value;
  if (!first) throw new Error('nothing posted');
  return success(first);
}

type BelowZero = { accountCode: string; date: string; balance: number; shortfall: number };

/**
 * The asset account these entries would take below zero, on the day it would be furthest below. Only an account
 * whose running change goes negative is read at all (receipts never are), and then only from the earliest such
 * day on: the balance before it from the totals, then one row per later day that has postings. A day that was
 * already below zero in a file from an earlier version is refused only if this posting lowers it further.
 */
function findBelowZero(connection: Connection, entries: readonly EntryToPost[], assets: ReadonlySet<string>): BelowZero | undefined {
  const changes = new Map<string, Map<string, number>>();
  for (const entry of entries)
    for (const line of entry.lines) {
      if (!assets.has(line.accountCode)) continue;
      const days = changes.get(line.accountCode) ?? new Map<string, number>();
      days.set(entry.date, (days.get(entry.date) ?? 0) + line.debitSatang - line.creditSatang);
      changes.set(line.accountCode, days);
    }
  let worst: BelowZero | undefined;
  for (const [accountCode, days] of changes) {
    const ordered = [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    let cumulative = 0;
    const lowers = ordered.some(([, change]) => (cumulative += change) < 0);
    const first = ordered[0]?.[0];
    if (!lowers || first === undefined) continue;
    const existing = new Map(movementsFrom(connection, accountCode, first).map((row) => [row.day, row.net]));
    const allDays = [...new Set([...existing.keys(), ...days.keys()])].sort();
    let before = balanceBefore(connection, accountCode, first);
    let added = 0;
    for (const day of allDays) {
      before += existing.get(day) ?? 0;
      added += days.get(day) ?? 0;
      const after = before + added;
      if (added < 0 && after < 0 && (!worst || -after > worst.shortfall))
        worst = { accountCode, date: day, balance: before, shortfall: -after };
    }
  }
  return worst;
}
