import type { Account, Explanation, JournalEntry, TrialBalanceRow } from '../../../../shared/api/fund-types';
import { periodOfDate } from '../../../../shared/domain/calendar-date';
import type { JournalLine } from '../../../../shared/domain/ledger/journal-entry';
import { defineBulkInsert, defineStatement, param, type Connection } from '../execute';
import type { JournalEntriesTable } from '../schema';

export type NewJournalEntry = {
  entryNo: string;
  fiscalYear: number;
  sequenceNo: number;
  entryDate: string;
  description: Explanation;
  sourceType: string;
  sourceId: number | null;
  reversesEntryId: number | null;
  createdAt: string;
  actor: string;
  documentNo: string;
  batchId: number | null;
  grantSource: string | null;
  matchingRound: number | null;
  lines: readonly JournalLine[];
};

type EntryRow = JournalEntriesTable;
type LineRow = { entry_id: number; line_no: number; account_code: string; debit_satang: number; credit_satang: number };

const insertEntries = defineBulkInsert<'journal_entries', EntryRow>('journal_entries', [
  'id',
  'entry_no',
  'fiscal_year',
  'sequence_no',
  'entry_date',
  'description',
  'source_type',
  'source_id',
  'reverses_entry_id',
  'created_at',
  'actor',
  'document_no',
  'batch_id',
  'grant_source',
  'matching_round',
]);
const insertLines = defineBulkInsert<'journal_lines', LineRow>('journal_lines', [
  'entry_id',
  'line_no',
  'account_code',
  'debit_satang',
  'credit_satang',
]);
const selectLastEntryId = defineStatement<Record<string, never>, { id: number | null }>((db) =>
  db.selectFrom('journal_entries').select((eb) => eb.fn.max('id').as('id')),
);

const addMonthTotals = defineStatement<{ account_code: string; period: string; debit_satang: number; credit_satang: number }>((db) =>
  db
    .insertInto('account_month_totals')
    .values({
      account_code: param('account_code'),
      period: param('period'),
      debit_satang: param('debit_satang'),
      credit_satang: param('credit_satang'),
    })
    .onConflict((conflict) =>
      conflict.columns(['account_code', 'period']).doUpdateSet((eb) => ({
        debit_satang: eb('debit_satang', '+', eb.ref('excluded.debit_satang')),
        credit_satang: eb('credit_satang', '+', eb.ref('excluded.credit_satang')),
      })),
    ),
);

type DayTotal = { account_code: string; day: string; debit_satang: number; credit_satang: number; book_rows: number };

const addDayTotals = defineStatement<DayTotal>((db) =>
  db
    .insertInto('account_day_totals')
    .values({
      account_code: param('account_code'),
      day: param('day'),
      debit_satang: param('debit_satang'),
      credit_satang: param('credit_satang'),
      book_rows: param('book_rows'),
    })
    .onConflict((conflict) =>
      conflict.columns(['account_code', 'day']).doUpdateSet((eb) => ({
        debit_satang: eb('debit_satang', '+', eb.ref('excluded.debit_satang')),
        credit_satang: eb('credit_satang', '+', eb.ref('excluded.credit_satang')),
        book_rows: eb('book_rows', '+', eb.ref('excluded.book_rows')),
      })),
    ),
);

/**
 * The lines a money account's book gains from these entries, per day: one per entry outside a collection day, one
 * per credited account of each collection day (a day is posted once, in one call, so its groups are all here).
 */
function bookRows(entries: readonly NewJournalEntry[], assetAccounts: ReadonlySet<string>): Map<string, number> {
  const rows = new Map<string, number>();
  const groups = new Set<string>();
  for (const entry of entries)
    for (const line of entry.lines) {
      if (!assetAccounts.has(line.accountCode)) continue;
      const key = `${line.accountCode}|${entry.entryDate}`;
      if (entry.batchId === null) {
        rows.set(key, (rows.get(key) ?? 0) + 1);
        continue;
      }
      for (const counter of entry.lines) {
        const group = `${key}|${entry.batchId}|${counter.accountCode}`;
        if (counter.accountCode === line.accountCode || groups.has(group)) continue;
        groups.add(group);
        rows.set(key, (rows.get(key) ?? 0) + 1);
      }
    }
  return rows;
}

/** The next journal entry ids, as insertJournalEntries will give them out inside this transaction. */
export function nextJournalEntryId(connection: Connection): number {
  return (selectLastEntryId.get(connection, {})?.id ?? 0) + 1;
}

/**
 * Writes posted entries and their lines, and folds them into the per-account monthly totals (and, for asset
 * accounts, the daily totals the "never below zero" check reads) in the same transaction — aggregated in memory
 * first, so a batch of 30,000 entries touches each total row once. Ids are given out here (the posting core is
 * the only writer inside its transaction), so many rows go per statement. Only steps/post-entry.ts calls this:
 * it has checked every entry (balanced, open period, no asset account below zero).
 */
export function insertJournalEntries(
  connection: Connection,
  entries: readonly NewJournalEntry[],
  assetAccounts: ReadonlySet<string>,
): number[] {
  const first = nextJournalEntryId(connection);
  const ids = entries.map((_entry, index) => first + index);
  const totals = new Map<string, { account_code: string; period: string; debit_satang: number; credit_satang: number }>();
  const days = new Map<string, DayTotal>();
  const rows = bookRows(entries, assetAccounts);
  const lines: LineRow[] = [];
  insertEntries(
    connection,
    entries.map((entry, index) => {
      const id = ids[index] ?? 0;
      const period = periodOfDate(entry.entryDate);
      entry.lines.forEach((line, lineIndex) => {
        lines.push({
          entry_id: id,
          line_no: lineIndex + 1,
          account_code: line.accountCode,
          debit_satang: line.debitSatang,
          credit_satang: line.creditSatang,
        });
        const key = `${line.accountCode}|${period}`;
        const total = totals.get(key) ?? { account_code: line.accountCode, period, debit_satang: 0, credit_satang: 0 };
        total.debit_satang += line.debitSatang;
        total.credit_satang += line.creditSatang;
        totals.set(key, total);
        if (assetAccounts.has(line.accountCode)) {
          const dayKey = `${line.accountCode}|${entry.entryDate}`;
          const day = days.get(dayKey) ?? {
            account_code: line.accountCode,
            day: entry.entryDate,
            debit_satang: 0,
            credit_satang: 0,
            book_rows: rows.get(dayKey) ?? 0,
          };
          day.debit_satang += line.debitSatang;
          day.credit_satang += line.creditSatang;
          days.set(dayKey, day);
        }
      });
      return {
        id,
        entry_no: entry.entryNo,
        fiscal_year: entry.fiscalYear,
        sequence_no: entry.sequenceNo,
        entry_date: entry.entryDate,
        description: JSON.stringify(entry.description),
        source_type: entry.sourceType,
        source_id: entry.sourceId,
        reverses_entry_id: entry.reversesEntryId,
        created_at: entry.createdAt,
        actor: entry.actor,
        document_no: entry.documentNo,
        batch_id: entry.batchId,
        grant_source: entry.grantSource,
        matching_round: entry.matchingRound,
      };
    }),
  );
  insertLines(connection, lines);
  for (const total of totals.values()) addMonthTotals.run(connection, total);
  for (const day of days.values()) addDayTotals.run(connection, day);
  return ids;
}

const selectEntry = defineStatement<
  { id: number },
  { id: number; entry_no: string; entry_date: string; description: string; reverses_entry_id: number | null }
>((db) =>
  db
    .selectFrom('journal_entries')
    .select(['id', 'entry_no', 'entry_date', 'description', 'reverses_entry_id'])
    .where('id', '=', param('id')),
);
const selectLines = defineStatement<{ id: number }, { account_code: string; debit_satang: number; credit_satang: number }>((db) =>
  db
    .selectFrom('journal_lines')
    .select(['account_code', 'debit_satang', 'credit_satang'])
    .where('entry_id', '=', param('id'))
    .orderBy('line_no'),
);

export function findJournalEntry(connection: Connection, id: number): JournalEntry | undefined {
  const row = selectEntry.get(connection, { id });
  if (!row) return undefined;
  return {
    id: row.id,
    entryNo: row.entry_no,
    entryDate: row.entry_date,
    description: JSON.parse(row.description) as Explanation,
    reversesEntryId: row.reverses_entry_id,
    lines: selectLines.all(connection, { id }).map((line) => ({
      accountCode: line.account_code,
      debitSatang: line.debit_satang,
      creditSatang: line.credit_satang,
    })),
  };
}

const selectTrialBalance = defineStatement<Record<string, never>, { account_code: string; debit: number; credit: number }>((db) =>
  db
    .selectFrom('account_month_totals')
    .select((eb) => ['account_code', eb.fn.sum<number>('debit_satang').as('debit'), eb.fn.sum<number>('credit_satang').as('credit')])
    .groupBy('account_code')
    .orderBy('account_code'),
);

/** From the monthly totals, never the journal: stays fast however long the fund's history is. */
export function trialBalance(connection: Connection): TrialBalanceRow[] {
  return selectTrialBalance
    .all(connection, {})
    .map((row) => ({ accountCode: row.account_code, debitSatang: row.debit, creditSatang: row.credit }));
}

const selectAccounts = defineStatement<
  Record<string, never>,
  { code: string; account_group: string; name_th: string; name_en: string; section10_line: string }
>((db) => db.selectFrom('accounts').select(['code', 'account_group', 'name_th', 'name_en', 'section10_line']).orderBy('sort_order'));

export function listAccounts(connection: Connection): Account[] {
  return selectAccounts.all(connection, {}).map((row) => ({
    code: row.code,
    group: row.account_group,
    nameTh: row.name_th,
    nameEn: row.name_en,
    section10Line: row.section10_line,
  }));
}

const insertAccount = defineStatement<{ code: string; name_th: string; name_en: string; sort_order: number; section10_line: string }>(
  (db) =>
    db.insertInto('accounts').values({
      code: param('code'),
      account_group: 'assets',
      name_th: param('name_th'),
      name_en: param('name_en'),
      sort_order: param('sort_order'),
      section10_line: param('section10_line'),
    }),
);
const updateAccountName = defineStatement<{ code: string; name_th: string; name_en: string }>((db) =>
  db
    .updateTable('accounts')
    .set({ name_th: param('name_th'), name_en: param('name_en') })
    .where('code', '=', param('code')),
);

/** A ledger account for a money account the treasurer registers (a bank account): always an asset. */
export function addAssetAccount(
  connection: Connection,
  account: { code: string; nameTh: string; nameEn: string; sortOrder: number; section10Line: string },
): void {
  insertAccount.run(connection, {
    code: account.code,
    name_th: account.nameTh,
    name_en: account.nameEn,
    sort_order: account.sortOrder,
    section10_line: account.section10Line,
  });
}

export function renameAccount(connection: Connection, code: string, name: { nameTh: string; nameEn: string }): void {
  updateAccountName.run(connection, { code, name_th: name.nameTh, name_en: name.nameEn });
}

const selectBySource = defineStatement<{ source_type: string }, { id: number }>((db) =>
  db.selectFrom('journal_entries').select('id').where('source_type', '=', param('source_type')).orderBy('id').limit(1),
);

/** The first entry posted by a kind of source (e.g. the opening balances, which exist once). */
export function findEntryIdBySource(connection: Connection, sourceType: string): number | undefined {
  return selectBySource.get(connection, { source_type: sourceType })?.id;
}
