import { newRecordId } from '../db/record-ids';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { formatBookReceiptNo, formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { receiptEntryLines } from '../../../shared/domain/ledger/journal-entry';
import { success, type Result } from '../../../shared/domain/result';
import type { FundSettings } from '../db/repositories/fund-repository';
import { addPaidMonths } from '../db/repositories/member-repository';
import { insertReceipts, nextReceiptId } from '../db/repositories/receipt-repository';
import type { UseCaseContext } from '../use-cases/use-case-context';
import type { PlannedPayment } from './payment-plan';
import { numberAllocator, postEntries, type EntryToPost } from './post-entry';

export type ReceiptToPost = {
  requestId: string;
  memberId: number;
  memberName: string;
  receivedOn: string;
  numbering: { kind: 'app' } | { kind: 'book'; bookNo: string; number: string };
  /** The money account the money went into (a ledger code: cash in hand or a bank account). */
  accountCode: string;
  collector: string;
  batchId: number | null;
  plan: PlannedPayment;
};

/** How a receipt says the money came: into cash in hand, or into a bank account. */
export function methodOfAccount(accountCode: string): 'cash' | 'transfer' {
  return accountCode === accountCodes.cash ? 'cash' : 'transfer';
}

/**
 * Writes receipts with their months, one balanced journal entry each (through the posting core), the members'
 * paid-month counters and an audit row each — inside the call's transaction (Decision 13: every receipt posts
 * its own entry). The single payment, the collection-day batch and a death benefit's deduction all come through
 * here; the money books show a batch as one line per credited account because its entries carry the batch.
 */
export function postReceipts(
  context: UseCaseContext,
  fund: FundSettings,
  receipts: readonly ReceiptToPost[],
  fields: { date: string; account: string } = { date: 'receivedOn', account: 'accountCode' },
): Result<{ ids: number[]; receiptNos: string[] }> {
  const { connection } = context;
  const fiscalYears = receipts.map((receipt) => fiscalYearOf(receipt.receivedOn, fund.fiscalYearStartMonth));
  const appYears = receipts.flatMap((receipt, index) => (receipt.numbering.kind === 'app' ? [fiscalYears[index] ?? 0] : []));
  const nextReceiptNo = numberAllocator(connection, 'receipt', appYears);
  const firstId = nextReceiptId(connection);
  const numbered = receipts.map((receipt, index) => {
    const fiscalYear = fiscalYears[index] ?? 0;
    const sequenceNo = receipt.numbering.kind === 'app' ? nextReceiptNo(fiscalYear) : null;
    const receiptNo =
      receipt.numbering.kind === 'app'
        ? formatDocumentNo(fund.receiptPrefix, fiscalYear, sequenceNo ?? 0)
        : formatBookReceiptNo(receipt.numbering.bookNo, receipt.numbering.number);
    const entry: EntryToPost = {
      date: receipt.receivedOn,
      lines: receiptEntryLines(receipt.plan.lines, receipt.accountCode),
      description: { code: 'receipt', params: { receiptNo, memberName: receipt.memberName } },
      source: { kind: 'receipt', id: firstId + index, documentNo: receiptNo },
      batchId: receipt.batchId,
    };
    return { receipt, fiscalYear, sequenceNo, receiptNo, entry };
  });
  const posted = postEntries(
    context,
    numbered.map((item) => item.entry),
    fields,
  );
  if (!posted.ok) return posted;
  const ids = insertReceipts(
    connection,
    numbered.map((item, index) => ({
      uuid: newRecordId(),
      requestId: item.receipt.requestId,
      memberId: item.receipt.memberId,
      receivedOn: item.receipt.receivedOn,
      fiscalYear: item.fiscalYear,
      numbering: item.receipt.numbering.kind,
      receiptNo: item.receiptNo,
      sequenceNo: item.sequenceNo,
      bookNo: item.receipt.numbering.kind === 'book' ? item.receipt.numbering.bookNo : null,
      bookEntryNo: item.receipt.numbering.kind === 'book' ? item.receipt.numbering.number : null,
      totalSatang: item.receipt.plan.totalSatang,
      method: methodOfAccount(item.receipt.accountCode),
      collector: item.receipt.collector,
      batchId: item.receipt.batchId,
      journalEntryId: posted.value[index]?.id ?? 0,
      createdAt: context.call.at,
      lines: item.receipt.plan.lines,
      periods: item.receipt.plan.periods,
    })),
  );
  if (ids[0] !== undefined && ids[0] !== firstId) throw new Error('receipt ids moved while posting');
  numbered.forEach(({ receipt }) => {
    const latest = receipt.plan.periods[receipt.plan.periods.length - 1];
    if (latest !== undefined) addPaidMonths(connection, receipt.memberId, receipt.plan.periods.length, latest);
  });
  context.audit(
    ...numbered.map((item, index) => ({
      entity: 'receipt',
      entityId: ids[index] ?? 0,
      after: {
        receiptNo: item.receiptNo,
        memberId: item.receipt.memberId,
        totalSatang: item.receipt.plan.totalSatang,
        periods: item.receipt.plan.periods,
        accountCode: item.receipt.accountCode,
      },
    })),
  );
  return success({ ids, receiptNos: numbered.map((item) => item.receiptNo) });
}
