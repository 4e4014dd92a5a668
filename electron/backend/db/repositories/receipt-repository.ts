import type { Receipt, ReceiptLine } from '../../../../shared/api/fund-types';
import type { PaidMonth } from '../../../../shared/domain/contributions/arrears';
import { sql } from 'kysely';
import { defineBulkInsert, defineSqlStatement, defineStatement, param, type Connection, type QueryBuilder } from '../execute';
import type {
  MemberYearTotalsTable,
  MemberReceiptsTable,
  ReceiptLinesTable,
  ReceiptMonthsTable,
  ReceiptsTable,
  ReceiptVoidsTable,
} from '../schema';

export type NewReceipt = {
  uuid: string;
  requestId: string;
  memberId: number;
  receivedOn: string;
  fiscalYear: number;
  numbering: Receipt['numbering'];
  receiptNo: string;
  /** The app's gapless number; null for a receipt written in a paper book. */
  sequenceNo: number | null;
  bookNo: string | null;
  bookEntryNo: string | null;
  totalSatang: number;
  method: Receipt['method'];
  collector: string;
  batchId: number | null;
  journalEntryId: number;
  createdAt: string;
  lines: readonly ReceiptLine[];
  periods: readonly string[];
};

const insertReceiptRows = defineBulkInsert<'receipts', ReceiptsTable>('receipts', [
  'id',
  'uuid',
  'request_id',
  'member_id',
  'received_on',
  'fiscal_year',
  'numbering',
  'receipt_no',
  'sequence_no',
  'book_no',
  'book_entry_no',
  'total_satang',
  'method',
  'collector',
  'batch_id',
  'journal_entry_id',
  'created_at',
]);
const insertLineRows = defineBulkInsert<'receipt_lines', ReceiptLinesTable>('receipt_lines', [
  'receipt_id',
  'line_no',
  'kind',
  'description',
  'amount_satang',
]);
const insertMonthRows = defineBulkInsert<'receipt_months', ReceiptMonthsTable>('receipt_months', ['receipt_id', 'member_id', 'period']);
const insertMemberReceiptRows = defineBulkInsert<'member_receipts', MemberReceiptsTable>('member_receipts', [
  'member_id',
  'received_on',
  'receipt_id',
  'receipt_no',
  'total_satang',
  'has_entry_fee',
]);
const addMemberYearTotals = defineBulkInsert<'member_year_totals', MemberYearTotalsTable>(
  'member_year_totals',
  ['member_id', 'fiscal_year', 'months', 'satang'],
  100,
  { keys: ['member_id', 'fiscal_year'], sums: ['months', 'satang'] },
);
const selectLastReceiptId = defineStatement<Record<string, never>, { id: number | null }>((db) =>
  db.selectFrom('receipts').select((eb) => eb.fn.max('id').as('id')),
);

/**
 * Receipts with their lines and months covered, and the member's copy the statement reads (member_receipts),
 * many rows per statement (ids given out here, inside the use case's transaction). The months table's trigger
 * still refuses a month already paid, row by row.
 */
/** The id the next receipt will get inside this transaction: its journal entry names it as its source. */
export function nextReceiptId(connection: Connection): number {
  return (selectLastReceiptId.get(connection, {})?.id ?? 0) + 1;
}

export function insertReceipts(connection: Connection, receipts: readonly NewReceipt[]): number[] {
  const first = (selectLastReceiptId.get(connection, {})?.id ?? 0) + 1;
  const ids = receipts.map((_receipt, index) => first + index);
  const lines: ReceiptLinesTable[] = [];
  const months: ReceiptMonthsTable[] = [];
  insertReceiptRows(
    connection,
    receipts.map((receipt, index) => {
      const id = ids[index] ?? 0;
      receipt.lines.forEach((line, lineIndex) =>
        lines.push({
          receipt_id: id,
          line_no: lineIndex + 1,
          kind: line.kind,
          description: line.description,
          amount_satang: line.amountSatang,
        }),
      );
      for (const period of receipt.periods) months.push({ receipt_id: id, member_id: receipt.memberId, period });
      return {
        id,
        uuid: receipt.uuid,
        request_id: receipt.requestId,
        member_id: receipt.memberId,
        received_on: receipt.receivedOn,
        fiscal_year: receipt.fiscalYear,
        numbering: receipt.numbering,
        receipt_no: receipt.receiptNo,
        sequence_no: receipt.sequenceNo,
        book_no: receipt.bookNo,
        book_entry_no: receipt.bookEntryNo,
        total_satang: receipt.totalSatang,
        method: receipt.method,
        collector: receipt.collector,
        batch_id: receipt.batchId,
        journal_entry_id: receipt.journalEntryId,
        created_at: receipt.createdAt,
      };
    }),
  );
  insertLineRows(connection, lines);
  insertMonthRows(connection, months);
  insertMemberReceiptRows(
    connection,
    receipts.map((receipt, index) => ({
      member_id: receipt.memberId,
      received_on: receipt.receivedOn,
      receipt_id: ids[index] ?? 0,
      receipt_no: receipt.receiptNo,
      total_satang: receipt.totalSatang,
      has_entry_fee: receipt.lines.some((line) => line.kind === 'entry-fee') ? 1 : 0,
    })),
  );
  addMemberYearTotals(connection, memberYearTotalsOf(receipts));
  return ids;
}

/** The receipts' months and money per member and fiscal year, summed first so each key is written once. */
function memberYearTotalsOf(receipts: readonly NewReceipt[]): MemberYearTotalsTable[] {
  const byKey = new Map<string, MemberYearTotalsTable>();
  for (const receipt of receipts) {
    const key = `${String(receipt.memberId)}:${String(receipt.fiscalYear)}`;
    const total = byKey.get(key) ?? { member_id: receipt.memberId, fiscal_year: receipt.fiscalYear, months: 0, satang: 0 };
    total.months += receipt.periods.length;
    total.satang += receipt.totalSatang;
    byKey.set(key, total);
  }
  return [...byKey.values()];
}

/** A receipt as stored, with its member's number and name, its journal entry's number and its void, if any. */
export type ReceiptRecord = {
  id: number;
  receiptNo: string;
  numbering: Receipt['numbering'];
  bookNo: string | null;
  bookEntryNo: string | null;
  fiscalYear: number;
  receivedOn: string;
  memberId: number;
  memberNo: string;
  memberName: string;
  totalSatang: number;
  method: Receipt['method'];
  accountCode: string;
  collector: string;
  batchId: number | null;
  journalEntryId: number;
  entryNo: string;
  void: Receipt['void'];
};

type ReceiptRecordRow = ReceiptsTable & {
  member_no: string;
  member_name: string;
  entry_no: string;
  voided_on: string | null;
  void_reason: string | null;
  void_actor: string | null;
  account_code: string | null;
};

function receiptRowToRecord(row: ReceiptRecordRow): ReceiptRecord {
  return {
    id: row.id,
    receiptNo: row.receipt_no,
    numbering: row.numbering as Receipt['numbering'],
    bookNo: row.book_no,
    bookEntryNo: row.book_entry_no,
    fiscalYear: row.fiscal_year,
    receivedOn: row.received_on,
    memberId: row.member_id,
    memberNo: row.member_no,
    memberName: row.member_name,
    totalSatang: row.total_satang,
    method: row.method as Receipt['method'],
    accountCode: row.account_code ?? '',
    collector: row.collector,
    batchId: row.batch_id,
    journalEntryId: row.journal_entry_id,
    entryNo: row.entry_no,
    void: row.voided_on === null ? null : { voidedOn: row.voided_on, reason: row.void_reason ?? '', actor: row.void_actor ?? '' },
  };
}

/** A receipt with its member's number and name, its entry number and its void, if any. */
function receiptRecords(db: QueryBuilder) {
  return db
    .selectFrom('receipts as r')
    .innerJoin('members as m', 'm.id', 'r.member_id')
    .innerJoin('journal_entries as j', 'j.id', 'r.journal_entry_id')
    .leftJoin('receipt_voids as v', 'v.receipt_id', 'r.id')
    .selectAll('r')
    .select((eb) => [
      'm.member_no',
      eb.fn('concat', ['m.title', 'm.first_name', eb.val(' '), 'm.last_name']).as('member_name'),
      'j.entry_no',
      'v.voided_on',
      'v.reason as void_reason',
      'v.actor as void_actor',
      // The account the money came into: the receipt entry's one debit line.
      eb
        .selectFrom('journal_lines as l')
        .select('l.account_code')
        .whereRef('l.entry_id', '=', 'r.journal_entry_id')
        .where('l.debit_satang', '>', 0)
        .limit(1)
        .as('account_code'),
    ]);
}

const selectReceipt = defineStatement<{ id: number }, ReceiptRecordRow>((db) => receiptRecords(db).where('r.id', '=', param('id')));

export function findReceiptRecord(connection: Connection, id: number): ReceiptRecord | undefined {
  const row = selectReceipt.get(connection, { id });
  return row && receiptRowToRecord(row);
}

const selectLines = defineStatement<{ id: number }, { kind: string; description: string; amount_satang: number }>((db) =>
  db.selectFrom('receipt_lines').select(['kind', 'description', 'amount_satang']).where('receipt_id', '=', param('id')).orderBy('line_no'),
);
const selectMonths = defineStatement<{ id: number }, { period: string }>((db) =>
  db.selectFrom('receipt_months').select('period').where('receipt_id', '=', param('id')).orderBy('period'),
);

export function receiptLines(connection: Connection, id: number): ReceiptLine[] {
  return selectLines.all(connection, { id }).map((line) => ({
    kind: line.kind as ReceiptLine['kind'],
    description: line.description,
    amountSatang: line.amount_satang,
  }));
}

export function receiptLinesAndPeriods(connection: Connection, id: number): { lines: ReceiptLine[]; periods: string[] } {
  return { lines: receiptLines(connection, id), periods: selectMonths.all(connection, { id }).map((row) => row.period) };
}

const selectRequestInRange = defineStatement<{ from: string; to: string }, { request_id: string }>((db) =>
  db.selectFrom('receipts').select('request_id').where('request_id', '>=', param('from')).where('request_id', '<', param('to')).limit(1),
);

/** A receipt's request id that starts with the prefix, if any: one probe of the unique index, however many lines. */
export function receiptRequestWithPrefix(connection: Connection, prefix: string): string | undefined {
  const next = `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;
  return selectRequestInRange.get(connection, { from: prefix, to: next })?.request_id;
}

const selectByReceiptNo = defineStatement<{ receipt_no: string }, { id: number }>((db) =>
  db.selectFrom('receipts').select('id').where('receipt_no', '=', param('receipt_no')),
);

export function findReceiptIdByNumber(connection: Connection, receiptNo: string): number | undefined {
  return selectByReceiptNo.get(connection, { receipt_no: receiptNo })?.id;
}

const selectMemberReceiptIds = defineStatement<{ member_id: number }, { id: number }>((db) =>
  db.selectFrom('receipts').select('id').where('member_id', '=', param('member_id')).orderBy('received_on', 'desc').orderBy('id', 'desc'),
);

export function memberReceiptIds(connection: Connection, memberId: number): number[] {
  return selectMemberReceiptIds.all(connection, { member_id: memberId }).map((row) => row.id);
}

const selectPaidPeriods = defineStatement<{ member_id: number }, { period: string; receipt_id: number }>((db) =>
  db
    .selectFrom('receipt_months as m')
    .select(['m.period', 'm.receipt_id'])
    .where('m.member_id', '=', param('member_id'))
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('receipt_voids as v').select('v.receipt_id').whereRef('v.receipt_id', '=', 'm.receipt_id'))),
    ),
);

/**
 * The member's months covered by a receipt that has no void, with that receipt's id: read from the
 * (member, period) index alone, without touching the receipts themselves.
 */
export function paidPeriods(connection: Connection, memberId: number): Map<string, number> {
  return new Map(selectPaidPeriods.all(connection, { member_id: memberId }).map((row) => [row.period, row.receipt_id]));
}

const selectFirstPayment = defineStatement<{ member_id: number; from: string; to: string }, { received_on: string | null }>((db) =>
  db
    .selectFrom('receipts as r')
    .select((eb) => eb.fn.min<string | null>('r.received_on').as('received_on'))
    .where('r.member_id', '=', param('member_id'))
    .where('r.received_on', '>=', param('from'))
    .where('r.received_on', '<=', param('to'))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('receipt_voids as v')
            .select('v.receipt_id')
            .whereRef('v.receipt_id', '=', 'r.id')
            .where('v.voided_on', '<=', param('to')),
        ),
      ),
    ),
);

/**
 * The member's first payment received between two dates and not voided by the second (Decision 7's "as of":
 * a void made later does not count on the day): where some bylaws start the waiting period.
 */
export function firstPaymentBetween(connection: Connection, memberId: number, from: string, to: string): string | null {
  return selectFirstPayment.get(connection, { member_id: memberId, from, to })?.received_on ?? null;
}

const selectEntryFeePaid = defineStatement<{ member_id: number }, { receipt_id: number }>((db) =>
  db
    .selectFrom('receipt_lines as l')
    .innerJoin('receipts as r', 'r.id', 'l.receipt_id')
    .select('l.receipt_id')
    .where('r.member_id', '=', param('member_id'))
    .where('l.kind', '=', 'entry-fee')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('receipt_voids as v').select('v.receipt_id').whereRef('v.receipt_id', '=', 'r.id')))),
);

export function hasPaidEntryFee(connection: Connection, memberId: number): boolean {
  return selectEntryFeePaid.get(connection, { member_id: memberId }) !== undefined;
}

const insertVoidStatement = defineStatement<ReceiptVoidsTable>((db) =>
  db.insertInto('receipt_voids').values({
    receipt_id: param('receipt_id'),
    request_id: param('request_id'),
    voided_on: param('voided_on'),
    reason: param('reason'),
    actor: param('actor'),
    reversal_entry_id: param('reversal_entry_id'),
    created_at: param('created_at'),
  }),
);

/** A void takes its receipt's months and money back out of its member's year (what the sync file carries). */
const subtractVoidedReceipt = defineSqlStatement<{ receipt_id: number }>(
  () => sql`
    UPDATE member_year_totals
       SET months = months - (SELECT count(*) FROM receipt_months WHERE receipt_id = ${param('receipt_id')}),
           satang = satang - (SELECT total_satang FROM receipts WHERE id = ${param('receipt_id')})
     WHERE (member_id, fiscal_year) = (SELECT member_id, fiscal_year FROM receipts WHERE id = ${param('receipt_id')})`,
);

export function insertVoid(
  connection: Connection,
  row: {
    receiptId: number;
    requestId: string;
    voidedOn: string;
    reason: string;
    actor: string;
    reversalEntryId: number;
    createdAt: string;
  },
): void {
  insertVoidStatement.run(connection, {
    receipt_id: row.receiptId,
    request_id: row.requestId,
    voided_on: row.voidedOn,
    reason: row.reason,
    actor: row.actor,
    reversal_entry_id: row.reversalEntryId,
    created_at: row.createdAt,
  });
  subtractVoidedReceipt.run(connection, { receipt_id: row.receiptId });
}

/** A receipt as a member's statement lists it: read with the member's others from member_receipts. */
export type ReceiptSummary = {
  receiptId: number;
  receivedOn: string;
  receiptNo: string;
  totalSatang: number;
  hasEntryFee: boolean;
  void: Receipt['void'];
};

const selectMemberReceiptSummaries = defineStatement<
  { member_id: number },
  MemberReceiptsTable & { voided_on: string | null; reason: string | null; actor: string | null }
>((db) =>
  db
    .selectFrom('member_receipts as s')
    .leftJoin('receipt_voids as v', 'v.receipt_id', 's.receipt_id')
    .selectAll('s')
    .select(['v.voided_on', 'v.reason', 'v.actor'])
    .where('s.member_id', '=', param('member_id'))
    .orderBy('s.received_on')
    .orderBy('s.receipt_id'),
);

/**
 * Every receipt of the member, oldest first, with its void: one range of member_receipts, which keeps a
 * member's receipts together, and a key lookup per void. Ten years of monthly receipts are a page or two here,
 * where the receipts and their journal entries lie on a page each: the treasurer's first look at a statement,
 * with nothing in the cache, reads a few pages.
 */
export function memberReceiptSummaries(connection: Connection, memberId: number): ReceiptSummary[] {
  return selectMemberReceiptSummaries.all(connection, { member_id: memberId }).map((row) => ({
    receiptId: row.receipt_id,
    receivedOn: row.received_on,
    receiptNo: row.receipt_no,
    totalSatang: row.total_satang,
    hasEntryFee: row.has_entry_fee === 1,
    void: row.voided_on === null ? null : { voidedOn: row.voided_on, reason: row.reason ?? '', actor: row.actor ?? '' },
  }));
}

const selectMemberMonths = defineStatement<{ member_id: number }, { receipt_id: number; period: string }>((db) =>
  db.selectFrom('receipt_months').select(['receipt_id', 'period']).where('member_id', '=', param('member_id')).orderBy('period'),
);

/**
 * Every month any of the member's receipts covered, with the day the receipt was received and voided: what
 * the member's dues on any day follow from (Decision 7's "as of"). The months come from the (member, period)
 * index alone; the dates from the member's receipt summaries, read here unless the caller has them.
 */
export function memberPaidMonths(
  connection: Connection,
  memberId: number,
  summaries: readonly ReceiptSummary[] = memberReceiptSummaries(connection, memberId),
): PaidMonth[] {
  const receipts = new Map(summaries.map((summary) => [summary.receiptId, summary]));
  return selectMemberMonths.all(connection, { member_id: memberId }).flatMap((month) => {
    const receipt = receipts.get(month.receipt_id);
    return receipt
      ? [{ period: month.period, receiptId: month.receipt_id, receivedOn: receipt.receivedOn, voidedOn: receipt.void?.voidedOn ?? null }]
      : [];
  });
}

const selectLastPaid = defineSqlStatement<{ member_id: number }, { period: string | null }>(
  () => sql`
    SELECT MAX(period) AS period FROM (
      SELECT (SELECT m.period FROM receipt_months AS m
               WHERE m.member_id = ${param('member_id')}
                 AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = m.receipt_id)
               ORDER BY m.period DESC LIMIT 1) AS period
      UNION ALL
      SELECT (SELECT h.period FROM contribution_history_months AS h
                JOIN members AS mm ON mm.id = h.member_id
               WHERE h.member_id = ${param('member_id')} AND h.period_index >= mm.dues_start_index
               ORDER BY h.period DESC LIMIT 1))`,
);

/**
 * The latest month paid by a receipt without a void, or by memo history from the dues start on (the months the
 * paid-month counter holds): one step down each (member, period) index.
 */
export function lastPaidPeriod(connection: Connection, memberId: number): string | undefined {
  return selectLastPaid.get(connection, { member_id: memberId })?.period ?? undefined;
}
