import type { BatchLine, BatchSummary, CollectionBatch } from '../../../../shared/api/fund-types';
import { defineStatement, param, type Connection, type QueryBuilder } from '../execute';
import type { CollectionBatchesTable } from '../schema';
import { memberDuesOf, type MemberDues, type MemberDuesRow } from './member-repository';

/** A collection day without its lines: what every batch read starts from. */
export type BatchRecord = Omit<CollectionBatch, 'lines' | 'totalSatang'>;

function batchRowToRecord(row: CollectionBatchesTable): BatchRecord {
  return {
    id: row.id,
    collectedOn: row.collected_on,
    collector: row.collector,
    note: row.note,
    state: row.state as CollectionBatch['state'],
    receiptRange: row.first_receipt_no && row.last_receipt_no ? { first: row.first_receipt_no, last: row.last_receipt_no } : null,
  };
}

const insertBatchStatement = defineStatement<{ collected_on: string; collector: string; note: string; created_at: string }>((db) =>
  db.insertInto('collection_batches').values({
    collected_on: param('collected_on'),
    collector: param('collector'),
    note: param('note'),
    state: 'draft',
    created_at: param('created_at'),
  }),
);

export function insertBatch(
  connection: Connection,
  row: { collectedOn: string; collector: string; note: string; createdAt: string },
): number {
  return Number(
    insertBatchStatement.run(connection, {
      collected_on: row.collectedOn,
      collector: row.collector,
      note: row.note,
      created_at: row.createdAt,
    }).lastInsertRowid,
  );
}

const selectBatch = defineStatement<{ id: number }, CollectionBatchesTable>((db) =>
  db.selectFrom('collection_batches').selectAll().where('id', '=', param('id')),
);

export function findBatch(connection: Connection, id: number): BatchRecord | undefined {
  const row = selectBatch.get(connection, { id });
  return row && batchRowToRecord(row);
}

/** A draft line as typed, with its member's number and name; the months and receipt come once it is posted. */
export type BatchLineRecord = Omit<BatchLine, 'periods' | 'receiptId' | 'receiptNo'>;

type LineRow = {
  id: number;
  member_id: number;
  month_count: number;
  amount_satang: number;
  include_entry_fee: number;
  member_no: string;
  member_name: string;
};

/** A day's lines with each member's number and name. */
function lineRows(db: QueryBuilder) {
  return db
    .selectFrom('collection_batch_lines as l')
    .innerJoin('members as m', 'm.id', 'l.member_id')
    .select((eb) => [
      'l.id',
      'l.member_id',
      'l.month_count',
      'l.amount_satang',
      'l.include_entry_fee',
      'm.member_no',
      eb.fn('concat', ['m.title', 'm.first_name', eb.val(' '), 'm.last_name']).as('member_name'),
    ])
    .where('l.batch_id', '=', param('batch_id'));
}

function lineRowToRecord(row: LineRow): BatchLineRecord {
  return {
    id: row.id,
    memberId: row.member_id,
    memberNo: row.member_no,
    memberName: row.member_name,
    monthCount: row.month_count,
    amountSatang: row.amount_satang,
    includeEntryFee: row.include_entry_fee === 1,
  };
}

const selectLines = defineStatement<{ batch_id: number }, LineRow>((db) => lineRows(db).orderBy('l.id'));

export function batchLines(connection: Connection, batchId: number): BatchLineRecord[] {
  return selectLines.all(connection, { batch_id: batchId }).map(lineRowToRecord);
}

const selectMemberLine = defineStatement<{ batch_id: number; member_id: number }, LineRow>((db) =>
  lineRows(db).where('l.member_id', '=', param('member_id')),
);

/** The member's line on this day, if one was typed already: a second entry must say whether it adds or replaces. */
export function findMemberLine(connection: Connection, batchId: number, memberId: number): BatchLineRecord | undefined {
  const row = selectMemberLine.get(connection, { batch_id: batchId, member_id: memberId });
  return row && lineRowToRecord(row);
}

const upsertLineStatement = defineStatement<{
  batch_id: number;
  member_id: number;
  month_count: number;
  amount_satang: number;
  include_entry_fee: number;
  created_at: string;
}>((db) =>
  db
    .insertInto('collection_batch_lines')
    .values({
      batch_id: param('batch_id'),
      member_id: param('member_id'),
      month_count: param('month_count'),
      amount_satang: param('amount_satang'),
      include_entry_fee: param('include_entry_fee'),
      created_at: param('created_at'),
    })
    .onConflict((conflict) =>
      conflict.columns(['batch_id', 'member_id']).doUpdateSet((eb) => ({
        month_count: eb.ref('excluded.month_count'),
        amount_satang: eb.ref('excluded.amount_satang'),
        include_entry_fee: eb.ref('excluded.include_entry_fee'),
      })),
    ),
);

/** A draft line is saved as it is typed (Decision 13); one line per member per batch, retyping replaces it. */
export function upsertBatchLine(
  connection: Connection,
  row: { batchId: number; memberId: number; monthCount: number; amountSatang: number; includeEntryFee?: boolean; createdAt: string },
): void {
  upsertLineStatement.run(connection, {
    batch_id: row.batchId,
    member_id: row.memberId,
    month_count: row.monthCount,
    amount_satang: row.amountSatang,
    include_entry_fee: row.includeEntryFee ? 1 : 0,
    created_at: row.createdAt,
  });
}

const deleteLineStatement = defineStatement<{ batch_id: number; id: number }>((db) =>
  db.deleteFrom('collection_batch_lines').where('batch_id', '=', param('batch_id')).where('id', '=', param('id')),
);

/** Draft lines are not posted money yet: removing one is allowed until the batch is posted. */
export function deleteBatchLine(connection: Connection, batchId: number, lineId: number): number {
  return deleteLineStatement.run(connection, { batch_id: batchId, id: lineId }).changes;
}

const markPostedStatement = defineStatement<{
  id: number;
  post_request_id: string;
  posted_at: string;
  first_receipt_no: string;
  last_receipt_no: string;
}>((db) =>
  db
    .updateTable('collection_batches')
    .set({
      state: 'posted',
      post_request_id: param('post_request_id'),
      posted_at: param('posted_at'),
      first_receipt_no: param('first_receipt_no'),
      last_receipt_no: param('last_receipt_no'),
    })
    .where('id', '=', param('id'))
    .where('state', '=', 'draft'),
);

export function markBatchPosted(
  connection: Connection,
  row: { id: number; requestId: string; postedAt: string; firstReceiptNo: string; lastReceiptNo: string },
): void {
  const result = markPostedStatement.run(connection, {
    id: row.id,
    post_request_id: row.requestId,
    posted_at: row.postedAt,
    first_receipt_no: row.firstReceiptNo,
    last_receipt_no: row.lastReceiptNo,
  });
  if (result.changes !== 1) throw new Error('batch was not a draft');
}

const countBatches = defineStatement<Record<string, never>, { total: number }>((db) =>
  db.selectFrom('collection_batches').select((eb) => eb.fn.countAll<number>().as('total')),
);
const pageBatches = defineStatement<
  { limit: number; offset: number },
  CollectionBatchesTable & { line_count: number; total_satang: number | null }
>((db) =>
  db
    .selectFrom('collection_batches as b')
    .leftJoin('collection_batch_lines as l', 'l.batch_id', 'b.id')
    .selectAll('b')
    .select((eb) => [eb.fn.count<number>('l.id').as('line_count'), eb.fn.sum<number>('l.amount_satang').as('total_satang')])
    .groupBy('b.id')
    .orderBy('b.collected_on', 'desc')
    .orderBy('b.id', 'desc')
    .limit(param('limit'))
    .offset(param('offset')),
);

export function listBatches(connection: Connection, offset: number, limit: number): { total: number; rows: BatchSummary[] } {
  return {
    total: countBatches.get(connection, {})?.total ?? 0,
    rows: pageBatches.all(connection, { limit, offset }).map((row) => {
      const batch = batchRowToRecord(row);
      return {
        id: batch.id,
        collectedOn: batch.collectedOn,
        collector: batch.collector,
        note: batch.note,
        state: batch.state,
        totalSatang: row.total_satang ?? 0,
        lineCount: row.line_count,
        receiptRange: batch.receiptRange,
      };
    }),
  };
}

const selectByPostRequest = defineStatement<{ post_request_id: string }, { id: number }>((db) =>
  db.selectFrom('collection_batches').select('id').where('post_request_id', '=', param('post_request_id')),
);

export function findBatchIdByPostRequest(connection: Connection, requestId: string): number | undefined {
  return selectByPostRequest.get(connection, { post_request_id: requestId })?.id;
}

const selectLineMembers = defineStatement<{ batch_id: number }, MemberDuesRow>((db) =>
  db
    .selectFrom('collection_batch_lines as l')
    .innerJoin('members as m', 'm.id', 'l.member_id')
    .select([
      'm.id',
      'm.member_no',
      'm.title',
      'm.first_name',
      'm.last_name',
      'm.applied_on',
      'm.approved_on',
      'm.paid_through_period',
      'm.paid_months',
      'm.last_paid_period',
    ])
    .where('l.batch_id', '=', param('batch_id')),
);

/** The members of a batch's lines, read in one pass for the posting job: only the columns that plan a payment. */
export function batchMemberRows(connection: Connection, batchId: number): Map<number, MemberDues> {
  return new Map(selectLineMembers.all(connection, { batch_id: batchId }).map((row) => [row.id, memberDuesOf(row)]));
}

const selectBatchReceipts = defineStatement<{ batch_id: number }, { id: number; member_id: number; receipt_no: string }>((db) =>
  db.selectFrom('receipts').select(['id', 'member_id', 'receipt_no']).where('batch_id', '=', param('batch_id')),
);
const selectBatchMonths = defineStatement<{ batch_id: number }, { receipt_id: number; period: string }>((db) =>
  db
    .selectFrom('receipt_months as m')
    .innerJoin('receipts as r', 'r.id', 'm.receipt_id')
    .select(['m.receipt_id', 'm.period'])
    .where('r.batch_id', '=', param('batch_id'))
    .orderBy('m.period'),
);

/** A posted batch's receipts by member, with the months each covers: every receipt one click away (Decision 13). */
export function batchReceipts(
  connection: Connection,
  batchId: number,
): Map<number, { receiptId: number; receiptNo: string; periods: string[] }> {
  const periods = new Map<number, string[]>();
  for (const month of selectBatchMonths.all(connection, { batch_id: batchId })) {
    const list = periods.get(month.receipt_id) ?? [];
    list.push(month.period);
    periods.set(month.receipt_id, list);
  }
  return new Map(
    selectBatchReceipts
      .all(connection, { batch_id: batchId })
      .map((row) => [row.member_id, { receiptId: row.id, receiptNo: row.receipt_no, periods: periods.get(row.id) ?? [] }]),
  );
}

const selectReceiptIdsInOrder = defineStatement<{ batch_id: number }, { id: number }>((db) =>
  db.selectFrom('receipts').select('id').where('batch_id', '=', param('batch_id')).orderBy('fiscal_year').orderBy('sequence_no'),
);

/** A posted day's receipts in number order: the order they are printed and filed in. */
export function batchReceiptIds(connection: Connection, batchId: number): number[] {
  return selectReceiptIdsInOrder.all(connection, { batch_id: batchId }).map((row) => row.id);
}

const selectLineAmounts = defineStatement<
  { batch_id: number },
  { id: number; member_id: number; month_count: number; amount_satang: number; include_entry_fee: number }
>((db) =>
  db
    .selectFrom('collection_batch_lines')
    .select(['id', 'member_id', 'month_count', 'amount_satang', 'include_entry_fee'])
    .where('batch_id', '=', param('batch_id'))
    .orderBy('id'),
);

/** The lines alone, without the member join: the posting job reads the members once, separately. */
export function batchLineAmounts(connection: Connection, batchId: number): Omit<BatchLineRecord, 'memberNo' | 'memberName'>[] {
  return selectLineAmounts.all(connection, { batch_id: batchId }).map((row) => ({
    id: row.id,
    memberId: row.member_id,
    monthCount: row.month_count,
    amountSatang: row.amount_satang,
    includeEntryFee: row.include_entry_fee === 1,
  }));
}
