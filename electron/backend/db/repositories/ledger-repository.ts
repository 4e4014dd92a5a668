import type { Account, CashBookPage, Explanation, JournalEntry, TrialBalanceRow } from '../../../../shared/api/fund-types';
import { periodOfDate } from '../../../../shared/domain/calendar-date';
import type { JournalLine } from '../../../../shared/domain/ledger/journal-entry';
import { defineBulkInsert, defineStatement, param, type Connection } from '../execute';
import type { CashBookLinesTable, JournalEntriesTable } from '../schema';

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

/**
 * Writes posted entries and their lines, and folds them into the per-account monthly totals in the same
 * transaction — aggregated in memory first, so a batch of 30,000 entries touches each total row once. Ids are
 * given out here (the use case holds the only writer inside its transaction), so many rows go per statement.
 * Callers have already checked every entry with checkBalanced.
 */
export function insertJournalEntries(connection: Connection, entries: readonly NewJournalEntry[]): number[] {
  const first = (selectLastEntryId.get(connection, {})?.id ?? 0) + 1;
  const ids = entries.map((_entry, index) => first + index);
  const totals = new Map<string, { account_code: string; period: string; debit_satang: number; credit_satang: number }>();
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
      };
    }),
  );
  insertLines(connection, lines);
  for (const total of totals.values()) addMonthTotals.run(connection, total);
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

const selectAccounts = defineStatement<Record<string, never>, { code: string; account_group: string; name_th: string; name_en: string }>(
  (db) => db.selectFrom('accounts').select(['code', 'account_group', 'name_th', 'name_en']).orderBy('sort_order'),
);

export function listAccounts(connection: Connection): Account[] {
  return selectAccounts
    .all(connection, {})
    .map((row) => ({ code: row.code, group: row.account_group, nameTh: row.name_th, nameEn: row.name_en }));
}

export type NewCashBookLine = {
  date: string;
  documentNo: string;
  description: Explanation;
  inSatang: number;
  outSatang: number;
  receiptId: number | null;
  batchId: number | null;
  journalEntryId: number | null;
  voucherId?: number | null;
};

const insertCashLine = defineStatement<Omit<CashBookLinesTable, 'id'>>((db) =>
  db.insertInto('cash_book_lines').values({
    voucher_id: param('voucher_id'),
    line_date: param('line_date'),
    document_no: param('document_no'),
    description: param('description'),
    in_satang: param('in_satang'),
    out_satang: param('out_satang'),
    receipt_id: param('receipt_id'),
    batch_id: param('batch_id'),
    journal_entry_id: param('journal_entry_id'),
  }),
);

export function insertCashBookLine(connection: Connection, line: NewCashBookLine): void {
  insertCashLine.run(connection, {
    line_date: line.date,
    document_no: line.documentNo,
    description: JSON.stringify(line.description),
    in_satang: line.inSatang,
    out_satang: line.outSatang,
    receipt_id: line.receiptId,
    batch_id: line.batchId,
    journal_entry_id: line.journalEntryId,
    voucher_id: line.voucherId ?? null,
  });
}

type CashRow = Omit<CashBookLinesTable, 'id'> & { balance: number };

type Range = { from: string; to: string };

const selectOpening = defineStatement<{ from: string }, { opening: number | null }>((db) =>
  db
    .selectFrom('cash_book_lines')
    .select((eb) => eb.fn.sum<number>(eb('in_satang', '-', eb.ref('out_satang'))).as('opening'))
    .where('line_date', '<', param('from')),
);
const countLines = defineStatement<Range, { total: number }>((db) =>
  db
    .selectFrom('cash_book_lines')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('line_date', '>=', param('from'))
    .where('line_date', '<=', param('to')),
);
const selectPage = defineStatement<Range & { limit: number; offset: number }, CashRow>((db) =>
  db
    .selectFrom('cash_book_lines')
    .select((eb) => [
      'line_date',
      'document_no',
      'description',
      'in_satang',
      'out_satang',
      'receipt_id',
      'batch_id',
      'journal_entry_id',
      'voucher_id',
      eb.fn
        .sum<number>(eb('in_satang', '-', eb.ref('out_satang')))
        .over((over) => over.orderBy('line_date').orderBy('id'))
        .as('balance'),
    ])
    .where('line_date', '>=', param('from'))
    .where('line_date', '<=', param('to'))
    .orderBy('line_date')
    .orderBy('id')
    .limit(param('limit'))
    .offset(param('offset')),
);

/**
 * One page of the cash book with its running balance: a window sum over the range's lines plus everything
 * before the range. Cash-book lines are per receipt or per posted batch, so they stay few.
 */
export function cashBookPage(connection: Connection, range: { from?: string; to?: string }, offset: number, limit: number): CashBookPage {
  const bounds = { from: range.from ?? '0000-01-01', to: range.to ?? '9999-12-31' };
  const opening = selectOpening.get(connection, { from: bounds.from })?.opening ?? 0;
  return {
    total: countLines.get(connection, bounds)?.total ?? 0,
    offset,
    openingBalanceSatang: opening,
    rows: selectPage.all(connection, { ...bounds, limit, offset }).map((row) => ({
      date: row.line_date,
      documentNo: row.document_no,
      description: JSON.parse(row.description) as Explanation,
      inSatang: row.in_satang,
      outSatang: row.out_satang,
      balanceSatang: opening + row.balance,
      receiptId: row.receipt_id,
      batchId: row.batch_id,
      journalEntryId: row.journal_entry_id,
      voucherId: row.voucher_id,
    })),
  };
}

const selectBySource = defineStatement<{ source_type: string }, { id: number }>((db) =>
  db.selectFrom('journal_entries').select('id').where('source_type', '=', param('source_type')).orderBy('id').limit(1),
);

/** The first entry posted by a kind of source (e.g. the opening balances, which exist once). */
export function findEntryIdBySource(connection: Connection, sourceType: string): number | undefined {
  return selectBySource.get(connection, { source_type: sourceType })?.id;
}
