import type { Receipt } from '../../../shared/api/fund-types';
import { reverseLines } from '../../../shared/domain/ledger/journal-entry';
import { bahtText } from '../../../shared/domain/money/baht-text';
import { failure, success, type Result } from '../../../shared/domain/result';
import { planPayment, type PaymentChoice } from '../../../shared/domain/contributions/plan-payment';
import type { Connection } from '../db/execute';
import { batchReceiptIds, findBatch } from '../db/repositories/batch-repository';
import { listPlanRates, printedFundOf, readFund, type FundSettings } from '../db/repositories/fund-repository';
import { findJournalEntry } from '../db/repositories/ledger-repository';
import { removePaidMonths } from '../db/repositories/member-repository';
import {
  findReceiptRecord,
  hasPaidEntryFee,
  insertVoid,
  lastPaidPeriod,
  receiptLinesAndPeriods,
  type ReceiptRecord,
} from '../db/repositories/receipt-repository';
import { actorName, type UseCaseContext } from '../use-cases/use-case-context';
import type { MemberFacts } from './member-facts';
import { describePayment, type PlannedPayment } from './payment-plan';
import { postEntry } from './post-entry';

export function receiptFromRecord(
  fund: FundSettings,
  record: ReceiptRecord,
  detail: { lines: Receipt['lines']; periods: string[] },
): Receipt {
  return {
    id: record.id,
    receiptNo: record.receiptNo,
    numbering: record.numbering,
    bookNo: record.bookNo,
    bookEntryNo: record.bookEntryNo,
    fiscalYear: record.fiscalYear,
    receivedOn: record.receivedOn,
    memberId: record.memberId,
    memberNo: record.memberNo,
    memberName: record.memberName,
    periods: detail.periods,
    lines: detail.lines,
    totalSatang: record.totalSatang,
    amountInWords: bahtText(record.totalSatang),
    method: record.method,
    accountCode: record.accountCode,
    collector: record.collector,
    batchId: record.batchId,
    journalEntryNo: record.entryNo,
    void: record.void,
    fund: printedFundOf(fund),
  };
}

export function loadReceipt(connection: Connection, receiptId: number): Receipt | undefined {
  const record = findReceiptRecord(connection, receiptId);
  if (!record) return undefined;
  return receiptFromRecord(readFund(connection), record, receiptLinesAndPeriods(connection, receiptId));
}

/**
 * A posted collection day's receipts in number order (what its printout and its day sheet list), or the refusal
 * that names the field: a day not found, or still a draft with no receipts yet.
 */
export function postedBatchReceipts(connection: Connection, batchId: number): Result<Receipt[]> {
  const batch = findBatch(connection, batchId);
  if (!batch) return failure('batch-not-found', 'batchId');
  if (batch.state !== 'posted') return failure('batch-not-posted', 'batchId');
  const fund = readFund(connection);
  return success(
    batchReceiptIds(connection, batchId).flatMap((receiptId) => {
      const record = findReceiptRecord(connection, receiptId);
      return record ? [receiptFromRecord(fund, record, receiptLinesAndPeriods(connection, receiptId))] : [];
    }),
  );
}

/** A receipt as the API shows it, or the refusal that names the field. */
export function receiptResult(connection: Connection, receiptId: number): Result<Receipt> {
  const receipt = loadReceipt(connection, receiptId);
  return receipt ? success(receipt) : failure('receipt-not-found', 'receiptId');
}

/** Plans a payment for one member against what the database knows now, its receipt lines worded. */
export function planForMember(
  connection: Connection,
  fund: FundSettings,
  loaded: MemberFacts,
  choice: PaymentChoice,
  today: string,
): Result<PlannedPayment> {
  const planned = planPayment(choice, {
    facts: loaded.facts,
    rates: listPlanRates(connection),
    openedOn: fund.openedOn,
    today,
    hasPaidEntryFee: hasPaidEntryFee(connection, loaded.member.id),
  });
  return planned.ok ? success(describePayment(planned.value)) : planned;
}

/**
 * A void is a new row plus a reversing entry (Decision 9): the receipt keeps its number and its row, its months
 * become unpaid again, and the money goes back out of the account it came into — or out of another money
 * account the treasurer chose (`accountCode`). Inside the call's transaction; the caller has checked that the
 * receipt may be voided and that the account is a money account.
 */
export function postReceiptVoid(
  context: UseCaseContext,
  receipt: Receipt,
  input: { requestId: string; voidedOn: string; reason: string; accountCode?: string | undefined },
): Result<Receipt> {
  const { connection } = context;
  const record = findReceiptRecord(connection, receipt.id);
  const original = record && findJournalEntry(connection, record.journalEntryId);
  if (!record || !original) throw new Error('receipt without entry');
  // A receipt's entry debits one account, the one the money came into: the refund credits it, or the chosen one.
  const lines = reverseLines(original.lines).map((line) =>
    line.creditSatang > 0 && input.accountCode !== undefined ? { ...line, accountCode: input.accountCode } : line,
  );
  const posted = postEntry(
    context,
    {
      date: input.voidedOn,
      lines,
      description: { code: 'receipt-void', params: { receiptNo: receipt.receiptNo } },
      source: { kind: 'receipt-void', id: receipt.id, documentNo: receipt.receiptNo },
      reversesEntryId: original.id,
    },
    { date: 'voidedOn', account: 'accountCode' },
  );
  if (!posted.ok) return posted;
  insertVoid(connection, {
    receiptId: receipt.id,
    requestId: input.requestId,
    voidedOn: input.voidedOn,
    reason: input.reason,
    actor: actorName(context),
    reversalEntryId: posted.value.id,
    createdAt: context.call.at,
  });
  if (receipt.periods.length > 0)
    removePaidMonths(connection, receipt.memberId, receipt.periods.length, lastPaidPeriod(connection, receipt.memberId) ?? null);
  const refundedFrom = lines.find((line) => line.creditSatang > 0)?.accountCode;
  context.audit({
    entity: 'receipt',
    entityId: receipt.id,
    after: { voidedOn: input.voidedOn, reason: input.reason, accountCode: refundedFrom },
  });
  return receiptResult(connection, receipt.id);
}
