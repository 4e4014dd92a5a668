import type { Receipt } from '../../../shared/api/fund-types';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { checkBalanced, reverseLines } from '../../../shared/domain/ledger/journal-entry';
import { bahtText } from '../../../shared/domain/money/baht-text';
import { failure, success, type Result } from '../../../shared/domain/result';
import { planPayment, type PaymentChoice } from '../../../shared/domain/contributions/plan-payment';
import type { Connection } from '../db/execute';
import { batchReceiptIds, findBatch } from '../db/repositories/batch-repository';
import { listPlanRates, printedFundOf, readFund, type FundSettings } from '../db/repositories/fund-repository';
import { findJournalEntry, insertCashBookLine, insertJournalEntries } from '../db/repositories/ledger-repository';
import { removePaidMonths } from '../db/repositories/member-repository';
import {
  findReceiptRecord,
  hasPaidEntryFee,
  insertVoid,
  lastPaidPeriod,
  receiptLinesAndPeriods,
  type ReceiptRecord,
} from '../db/repositories/receipt-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import { actorName, type UseCaseContext } from '../use-cases/use-case-context';
import type { MemberFacts } from './member-facts';
import { describePayment, type PlannedPayment } from './payment-plan';

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
 * become unpaid again, and the cash book shows the money going back out. Inside the call's transaction; the
 * caller has checked that the receipt may be voided.
 */
export function postReceiptVoid(
  context: UseCaseContext,
  receipt: Receipt,
  input: { requestId: string; voidedOn: string; reason: string },
): Result<Receipt> {
  const { connection } = context;
  const record = findReceiptRecord(connection, receipt.id);
  const original = record && findJournalEntry(connection, record.journalEntryId);
  if (!record || !original) throw new Error('receipt without entry');
  const fund = readFund(connection);
  const fiscalYear = fiscalYearOf(input.voidedOn, fund.fiscalYearStartMonth);
  const sequence = reserveNumbers(connection, 'journal', fiscalYear);
  const lines = checkBalanced(reverseLines(original.lines));
  if (!lines.ok) throw new Error('reversal unbalanced');
  const now = context.call.at;
  const description = { code: 'receipt-void', params: { receiptNo: receipt.receiptNo } };
  const [reversalId] = insertJournalEntries(connection, [
    {
      entryNo: formatDocumentNo('JV', fiscalYear, sequence),
      fiscalYear,
      sequenceNo: sequence,
      entryDate: input.voidedOn,
      description,
      sourceType: 'receipt-void',
      sourceId: receipt.id,
      reversesEntryId: original.id,
      createdAt: now,
      actor: actorName(context),
      lines: lines.value,
    },
  ]);
  insertVoid(connection, {
    receiptId: receipt.id,
    requestId: input.requestId,
    voidedOn: input.voidedOn,
    reason: input.reason,
    actor: actorName(context),
    reversalEntryId: reversalId ?? 0,
    createdAt: now,
  });
  if (receipt.periods.length > 0)
    removePaidMonths(connection, receipt.memberId, receipt.periods.length, lastPaidPeriod(connection, receipt.memberId) ?? null);
  if (receipt.method === 'cash') {
    insertCashBookLine(connection, {
      date: input.voidedOn,
      documentNo: receipt.receiptNo,
      description,
      inSatang: 0,
      outSatang: receipt.totalSatang,
      receiptId: receipt.id,
      batchId: null,
      journalEntryId: reversalId ?? null,
    });
  }
  context.audit({ entity: 'receipt', entityId: receipt.id, after: { voidedOn: input.voidedOn, reason: input.reason } });
  return receiptResult(connection, receipt.id);
}
