import type { BatchSummary, CollectionBatch, Paged, PlanRate, Receipt, StatusEvent } from '../../../shared/api/fund-types';
import { planPayment } from '../../../shared/domain/contributions/plan-payment';
import { failure, success, type DomainError, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import {
  batchLineAmounts,
  batchLines,
  batchMemberRows,
  batchReceipts,
  deleteBatchLine,
  findBatch,
  findMemberLine,
  insertBatch,
  listBatches,
  markBatchPosted,
  upsertBatchLine,
  type BatchRecord,
} from '../db/repositories/batch-repository';
import { fundDues, listPlanRates, readFund } from '../db/repositories/fund-repository';
import type { FundDues } from '../../../shared/domain/contributions/arrears';
import { findMemberRow, statusEventsByMember, type MemberDues } from '../db/repositories/member-repository';
import { hasPaidEntryFee, receiptRequestWithPrefix } from '../db/repositories/receipt-repository';
import { findRequest } from '../db/repositories/request-repository';
import { checkAmountCeiling } from '../steps/amount-ceilings';
import { loadMemberFacts, quickMemberFacts } from '../steps/member-facts';
import { voidedMember } from '../steps/member-voided';
import { describePayment, type PlannedPayment } from '../steps/payment-plan';
import { checkMoneyAccount } from '../steps/money-accounts';
import { crashPoint } from '../crash-points';
import { postReceipts, type ReceiptToPost } from '../steps/post-receipts';
import { postedBatchReceipts } from '../steps/receipts';
import type { JobUseCaseContext, UseCaseContext } from './use-case-context';

function batchView(connection: Connection, batch: BatchRecord): CollectionBatch {
  const receipts =
    batch.state === 'posted'
      ? batchReceipts(connection, batch.id)
      : new Map<number, { receiptId: number; receiptNo: string; periods: string[] }>();
  const lines = batchLines(connection, batch.id).map((line) => {
    const receipt = receipts.get(line.memberId);
    return {
      id: line.id,
      memberId: line.memberId,
      memberNo: line.memberNo,
      memberName: line.memberName,
      monthCount: line.monthCount,
      periods: receipt?.periods ?? [],
      amountSatang: line.amountSatang,
      includeEntryFee: line.includeEntryFee,
      receiptId: receipt?.receiptId ?? null,
      receiptNo: receipt?.receiptNo ?? null,
    };
  });
  return {
    id: batch.id,
    collectedOn: batch.collectedOn,
    collector: batch.collector,
    note: batch.note,
    state: batch.state,
    lines,
    totalSatang: lines.reduce((sum, line) => sum + line.amountSatang, 0),
    receiptRange: batch.receiptRange,
  };
}

export function createBatch(
  context: UseCaseContext,
  input: { collectedOn: string; collector: string; note?: string | undefined },
): Result<CollectionBatch> {
  const { connection, clock } = context;
  const fund = readFund(connection);
  if (input.collectedOn > clock.today()) return failure('date-in-future', 'collectedOn');
  if (input.collectedOn < fund.openedOn) return failure('date-before-opening', 'collectedOn', { openedOn: fund.openedOn });
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
  return success({ total: page.total, offset: input.offset, rows: page.rows });
}

type LineFacts = { memberId: number; monthCount: number; amountSatang: number; includeEntryFee: boolean };
type LineChoice = Omit<LineFacts, 'amountSatang'>;

/** One line's payment against the plan and the member's dues as they stand now. */
type Known = {
  today: string;
  openedOn: string;
  dues: FundDues;
  rates: readonly PlanRate[];
  events?: Map<number, StatusEvent[]>;
  members?: Map<number, MemberDues>;
};

function knownFacts(connection: Connection, today: string): Known {
  const fund = readFund(connection);
  return { today, openedOn: fund.openedOn, dues: fundDues(fund), rates: listPlanRates(connection) };
}

/** The payment a line stands for: its months and price, planned against the member's dues as they stand now. */
function planLineChoice(
  connection: Connection,
  batch: BatchRecord,
  line: LineChoice,
  known: Known,
): Result<{ plan: PlannedPayment; memberName: string }> {
  const member = known.events ? (known.members?.get(line.memberId) ?? findMemberRow(connection, line.memberId)) : undefined;
  const loaded =
    member && known.events
      ? quickMemberFacts(connection, member, known.events.get(member.id) ?? [], known.dues)
      : loadMemberFacts(connection, line.memberId, known.dues);
  if (!loaded) return failure('member-not-found', 'memberId');
  // Only the few lines that take an entry fee ask whether the member paid one before.
  const planned = planPayment(
    { receivedOn: batch.collectedOn, monthCount: line.monthCount, includeEntryFee: line.includeEntryFee },
    {
      facts: loaded.facts,
      rates: known.rates,
      openedOn: known.openedOn,
      today: known.today,
      hasPaidEntryFee: line.includeEntryFee && hasPaidEntryFee(connection, line.memberId),
    },
  );
  if (!planned.ok) return planned;
  const { title, firstName, lastName } = loaded.member;
  return success({ plan: describePayment(planned.value), memberName: `${title}${firstName} ${lastName}` });
}

/** A saved line still as the plan prices it: a line gone stale since it was typed is refused at posting. */
function planLine(
  connection: Connection,
  batch: BatchRecord,
  line: LineFacts,
  known: Known,
): Result<{ plan: PlannedPayment; memberName: string }> {
  const planned = planLineChoice(connection, batch, line, known);
  if (!planned.ok) return planned;
  if (planned.value.plan.totalSatang !== line.amountSatang)
    return failure('amount-mismatch', 'amountSatang', { expected: planned.value.plan.totalSatang });
  return planned;
}

function draftBatch(connection: Connection, batchId: number): Result<BatchRecord> {
  const batch = findBatch(connection, batchId);
  if (!batch) return failure('batch-not-found', 'batchId');
  if (batch.state !== 'draft') return failure('batch-posted', 'batchId');
  return success(batch);
}

type LineInput = LineFacts & { batchId: number; mode?: 'add' | 'replace' | undefined; isLargeAmountConfirmed: boolean };

/** The most months one line may hold, as the contract allows one entry. */
const maxLineMonths = 60;

/**
 * Each line is checked and saved as it is typed, so a dead laptop loses at most the line being typed. A member
 * already on the day is never replaced silently: the entry says whether its months add to the line (the amount
 * is then what this entry brings, and the line is priced as a whole) or replace it.
 */
export function setBatchLine(context: UseCaseContext, input: LineInput): Result<CollectionBatch> {
  const { connection, clock } = context;
  const batch = draftBatch(connection, input.batchId);
  if (!batch.ok) return batch;
  const member = findMemberRow(connection, input.memberId);
  if (member?.void) return voidedMember(member);
  const existing = findMemberLine(connection, input.batchId, input.memberId);
  if (existing && input.mode === undefined)
    return failure('batch-line-exists', 'mode', {
      memberNo: existing.memberNo,
      monthCount: existing.monthCount,
      lineAmount: existing.amountSatang,
    });
  const adding = existing !== undefined && input.mode === 'add';
  const line: LineChoice = adding
    ? {
        memberId: input.memberId,
        monthCount: existing.monthCount + input.monthCount,
        includeEntryFee: existing.includeEntryFee || input.includeEntryFee,
      }
    : input;
  if (line.monthCount > maxLineMonths) return failure('bad-input', 'monthCount', { reason: 'too-big' });
  const planned = planLineChoice(connection, batch.value, line, knownFacts(connection, clock.today()));
  if (!planned.ok) return planned;
  const totalSatang = planned.value.plan.totalSatang;
  const expected = adding ? totalSatang - existing.amountSatang : totalSatang;
  if (input.amountSatang !== expected) return failure('amount-mismatch', 'amountSatang', { expected });
  const plausible = checkAmountCeiling(connection, 'payment', input.amountSatang, input.isLargeAmountConfirmed, 'amountSatang');
  if (!plausible.ok) return plausible;
  upsertBatchLine(connection, {
    batchId: input.batchId,
    memberId: input.memberId,
    monthCount: line.monthCount,
    amountSatang: totalSatang,
    includeEntryFee: line.includeEntryFee,
    createdAt: clock.now(),
  });
  context.audit({
    entity: 'batch',
    entityId: input.batchId,
    ...(existing ? { before: existing } : {}),
    after: { ...input, monthCount: line.monthCount, amountSatang: totalSatang, includeEntryFee: line.includeEntryFee },
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
  input: { batchId: number; requestId: string; accountCode: string },
): Promise<Result<CollectionBatch>> {
  const { connection, clock, job } = context;
  const found = findBatch(connection, input.batchId);
  if (!found) return failure('batch-not-found', 'batchId');
  if (found.state === 'posted') return failure('batch-posted', 'batchId');
  const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
  if (!account.ok) return account;
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
    const planned = planLine(connection, found, line, known);
    if (!planned.ok) return lineError(planned.error, known.members.get(line.memberId)?.memberNo ?? '', index);
    toPost.push({
      requestId: `${input.requestId}:${line.id}`,
      memberId: line.memberId,
      memberName: planned.value.memberName,
      receivedOn: found.collectedOn,
      numbering: { kind: 'app' },
      accountCode: input.accountCode,
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
    const posted = postReceipts(context, readFund(connection), toPost, { date: 'batchId', account: 'accountCode' });
    if (!posted.ok) return posted;
    const { ids, receiptNos } = posted.value;
    crashPoint('posting-after-insert');
    markBatchPosted(connection, {
      id: found.id,
      requestId: input.requestId,
      postedAt: context.call.at,
      firstReceiptNo: receiptNos[0] ?? '',
      lastReceiptNo: receiptNos[receiptNos.length - 1] ?? '',
    });
    context.audit({ entity: 'batch', entityId: found.id, after: { receipts: ids.length, accountCode: input.accountCode } });
    return batchResult(connection, found.id);
  });
}

/** A posted day's receipts in number order, to print one after another; a draft has none yet. */
export function batchReceiptList(context: UseCaseContext, input: { batchId: number }): Result<Receipt[]> {
  return postedBatchReceipts(context.connection, input.batchId);
}
