import type { BatchSummary, CollectionBatch, Paged, PlanRate, StatusEvent } from '../../../shared/api/fund-types';
import { failure, success, type DomainError, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import {
  batchLineAmounts,
  batchLines,
  batchMemberRows,
  batchReceipts,
  deleteBatchLine,
  findBatch,
  insertBatch,
  listBatches,
  markBatchPosted,
  upsertBatchLine,
} from '../db/repositories/batch-repository';
import { listPlanRates, readFund } from '../db/repositories/fund-repository';
import type { CollectionBatchesTable, DuesRow } from '../db/schema';
import { findMemberRow, statusEventsByMember } from '../db/repositories/member-repository';
import { hasPaidEntryFee, receiptRequestWithPrefix } from '../db/repositories/receipt-repository';
import { findRequest } from '../db/repositories/request-repository';
import { loadMemberFacts, quickMemberFacts } from '../steps/member-facts';
import { planPayment, type PlannedPayment } from '../steps/payment-plan';
import { postReceipts, type ReceiptToPost } from '../steps/post-receipts';
import type { JobUseCaseContext, UseCaseContext } from './use-case-context';

function batchView(connection: Connection, batch: CollectionBatchesTable): CollectionBatch {
  const receipts =
    batch.state === 'posted'
      ? batchReceipts(connection, batch.id)
      : new Map<number, { receiptId: number; receiptNo: string; periods: string[] }>();
  const lines = batchLines(connection, batch.id).map((line) => {
    const receipt = receipts.get(line.member_id);
    return {
      id: line.id,
      memberId: line.member_id,
      memberNo: line.member_no,
      memberName: line.member_name,
      monthCount: line.month_count,
      periods: receipt?.periods ?? [],
      amountSatang: line.amount_satang,
      includeEntryFee: line.include_entry_fee === 1,
      receiptId: receipt?.receiptId ?? null,
      receiptNo: receipt?.receiptNo ?? null,
    };
  });
  return {
    id: batch.id,
    collectedOn: batch.collected_on,
    collector: batch.collector,
    note: batch.note,
    state: batch.state as CollectionBatch['state'],
    lines,
    totalSatang: lines.reduce((sum, line) => sum + line.amountSatang, 0),
    receiptRange: batch.first_receipt_no && batch.last_receipt_no ? { first: batch.first_receipt_no, last: batch.last_receipt_no } : null,
  };
}

export function createBatch(
  context: UseCaseContext,
  input: { collectedOn: string; collector: string; note?: string | undefined },
): Result<CollectionBatch> {
  const { connection, clock } = context;
  const fund = readFund(connection);
  if (input.collectedOn > clock.today()) return failure('date-in-future', 'collectedOn');
  if (input.collectedOn < fund.opened_on) return failure('date-before-opening', 'collectedOn', { openedOn: fund.opened_on });
  const id = insertBatch(connection, {
    collectedOn: input.collectedOn,
    collector: input.collector,
    note: input.note ?? '',
    createdAt: context.call.at,
  });
  context.audit({ entity: 'batch', entityId: id, after: input });
  return batchResult(connection, id);
}

/** A collection day as the API shows it, or the refusal that names the field. */
export function batchResult(connection: Connection, batchId: number): Result<CollectionBatch> {
  const batch = findBatch(connection, batchId);
  return batch ? success(batchView(connection, batch)) : failure('batch-not-found', 'batchId');
}

export function getBatch(context: UseCaseContext, input: { batchId: number }): Result<CollectionBatch> {
  return batchResult(context.connection, input.batchId);
}

export function batchList(context: UseCaseContext, input: { offset: number; limit: number }): Result<Paged<BatchSummary>> {
  const page = listBatches(context.connection, input.offset, input.limit);
  return success({
    total: page.total,
    offset: input.offset,
    rows: page.rows.map((row) => ({
      id: row.id,
      collectedOn: row.collected_on,
      collector: row.collector,
      note: row.note,
      state: row.state as BatchSummary['state'],
      totalSatang: row.total_satang ?? 0,
      lineCount: row.line_count,
      receiptRange: row.first_receipt_no && row.last_receipt_no ? { first: row.first_receipt_no, last: row.last_receipt_no } : null,
    })),
  });
}

type LineFacts = { memberId: number; monthCount: number; amountSatang: number; includeEntryFee: boolean };

/** One line's payment against the plan and the member's dues as they stand now. */
type Known = {
  today: string;
  openedOn: string;
  rates: readonly PlanRate[];
  events?: Map<number, StatusEvent[]>;
  members?: Map<number, DuesRow>;
};

function knownFacts(connection: Connection, today: string): Known {
  return { today, openedOn: readFund(connection).opened_on, rates: listPlanRates(connection) };
}

function planLine(
  connection: Connection,
  batch: CollectionBatchesTable,
  line: LineFacts,
  known: Known,
): Result<{ plan: PlannedPayment; memberName: string }> {
  const row = known.events ? (known.members?.get(line.memberId) ?? findMemberRow(connection, line.memberId)) : undefined;
  const loaded =
    row && known.events
      ? quickMemberFacts(connection, row, known.events.get(row.id) ?? [], known.openedOn)
      : loadMemberFacts(connection, line.memberId, known.openedOn);
  if (!loaded) return failure('member-not-found', 'memberId');
  // Only the few lines that take an entry fee ask whether the member paid one before.
  const planned = planPayment(
    { receivedOn: batch.collected_on, monthCount: line.monthCount, includeEntryFee: line.includeEntryFee },
    {
      facts: loaded.facts,
      rates: known.rates,
      openedOn: known.openedOn,
      today: known.today,
      hasPaidEntryFee: line.includeEntryFee && hasPaidEntryFee(connection, line.memberId),
    },
  );
  if (!planned.ok) return planned;
  if (planned.value.totalSatang !== line.amountSatang)
    return failure('amount-mismatch', 'amountSatang', { expected: planned.value.totalSatang });
  return success({ plan: planned.value, memberName: `${loaded.row.title}${loaded.row.first_name} ${loaded.row.last_name}` });
}

function draftBatch(connection: Connection, batchId: number): Result<CollectionBatchesTable> {
  const batch = findBatch(connection, batchId);
  if (!batch) return failure('batch-not-found', 'batchId');
  if (batch.state !== 'draft') return failure('batch-posted', 'batchId');
  return success(batch);
}

/** Each line is checked and saved as it is typed, so a dead laptop loses at most the line being typed. */
export function setBatchLine(context: UseCaseContext, input: LineFacts & { batchId: number }): Result<CollectionBatch> {
  const { connection, clock } = context;
  const batch = draftBatch(connection, input.batchId);
  if (!batch.ok) return batch;
  const planned = planLine(connection, batch.value, input, knownFacts(connection, clock.today()));
  if (!planned.ok) return planned;
  const now = clock.now();
  upsertBatchLine(connection, {
    batchId: input.batchId,
    memberId: input.memberId,
    monthCount: input.monthCount,
    amountSatang: input.amountSatang,
    includeEntryFee: input.includeEntryFee,
    createdAt: now,
  });
  context.audit({
    entity: 'batch',
    entityId: input.batchId,
    after: input,
  });
  return success(batchView(connection, batch.value));
}

export function removeBatchLine(context: UseCaseContext, input: { batchId: number; lineId: number }): Result<CollectionBatch> {
  const { connection } = context;
  const batch = draftBatch(connection, input.batchId);
  if (!batch.ok) return batch;
  if (deleteBatchLine(connection, input.batchId, input.lineId) !== 1) return failure('line-not-found', 'lineId');
  context.audit({ entity: 'batch', entityId: input.batchId, before: input });
  return success(batchView(connection, batch.value));
}

function lineError(error: DomainError, memberNo: string, index: number): Result<never> {
  return failure('batch-line-invalid', `lines.${index}`, { ...(error.params ?? {}), memberNo, lineCode: error.code });
}

/**
 * Posts a collection day as one job (A4): plan and check every line first, in chunks that yield to other
 * readers, then write every receipt in the one short transaction the host opens (`commit`). Writes are held by
 * the host while the job runs, so what was planned still holds when the transaction starts.
 */
export async function postBatch(
  context: JobUseCaseContext,
  input: { batchId: number; requestId: string },
): Promise<Result<CollectionBatch>> {
  const { connection, clock, job } = context;
  const found = findBatch(connection, input.batchId);
  if (!found) return failure('batch-not-found', 'batchId');
  if (found.state === 'posted') return failure('batch-posted', 'batchId');
  const lines = batchLineAmounts(connection, input.batchId);
  if (lines.length === 0) return failure('batch-empty', 'batchId');
  // Planning a whole day: every member's status events in one read, and the quick path for paid months.
  const known = {
    ...knownFacts(connection, clock.today()),
    events: statusEventsByMember(connection),
    members: batchMemberRows(connection, found.id),
  };
  const toPost: ReceiptToPost[] = [];
  const chunk = 500;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line) continue;
    if (index % chunk === 0) {
      job.progress(index, lines.length, 'checking');
      await job.checkpoint();
    }
    const planned = planLine(
      connection,
      found,
      {
        memberId: line.member_id,
        monthCount: line.month_count,
        amountSatang: line.amount_satang,
        includeEntryFee: line.include_entry_fee === 1,
      },
      known,
    );
    if (!planned.ok) return lineError(planned.error, known.members.get(line.member_id)?.member_no ?? '', index);
    toPost.push({
      requestId: `${input.requestId}:${line.id}`,
      memberId: line.member_id,
      memberName: planned.value.memberName,
      receivedOn: found.collected_on,
      numbering: { kind: 'app' },
      method: 'cash',
      collector: found.collector,
      batchId: found.id,
      plan: planned.value.plan,
    });
  }
  job.progress(lines.length, lines.length, 'writing');
  await job.checkpoint();
  return context.commit(() => {
    // Each line's receipt carries the post's request id with the line's: an earlier receipt holding one of them
    // means a client used that id for another request, which is refused like any reused request id.
    const taken = receiptRequestWithPrefix(connection, `${input.requestId}:`);
    if (taken !== undefined) {
      const earlier = findRequest(connection, taken);
      return failure('request-reused', 'requestId', {
        requestId: taken,
        method: earlier?.method ?? 'contributions.record',
        differences: '',
        otherMethod: 1,
      });
    }
    const posted = postReceipts(context, readFund(connection), toPost);
    markBatchPosted(connection, {
      id: found.id,
      requestId: input.requestId,
      postedAt: context.call.at,
      firstReceiptNo: posted.receiptNos[0] ?? '',
      lastReceiptNo: posted.receiptNos[posted.receiptNos.length - 1] ?? '',
    });
    context.audit({ entity: 'batch', entityId: found.id, after: { receipts: posted.ids.length } });
    return batchResult(connection, found.id);
  });
}
