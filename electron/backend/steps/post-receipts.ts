import { newRecordId } from '../db/record-ids';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { formatBookReceiptNo, formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { checkBalanced, receiptEntryLines } from '../../../shared/domain/ledger/journal-entry';
import type { Connection } from '../db/execute';
import type { FundSettings } from '../db/repositories/fund-repository';
import { insertCashBookLine, insertJournalEntries, listAccounts, type NewJournalEntry } from '../db/repositories/ledger-repository';
import { addPaidMonths } from '../db/repositories/member-repository';
import { insertReceipts } from '../db/repositories/receipt-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import { actorName, type UseCaseContext } from '../use-cases/use-case-context';
import type { PlannedPayment } from './payment-plan';

export type ReceiptToPost = {
  requestId: string;
  memberId: number;
  memberName: string;
  receivedOn: string;
  numbering: { kind: 'app' } | { kind: 'book'; bookNo: string; number: string };
  method: 'cash' | 'transfer';
  collector: string;
  batchId: number | null;
  plan: PlannedPayment;
};

/** Reserves a run of gapless numbers per fiscal year in one statement each, then hands them out in order. */
function numberAllocator(connection: Connection, series: string, fiscalYears: readonly number[]): (fiscalYear: number) => number {
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
 * Writes receipts with their months, one balanced journal entry each, the members' paid-month counters and an
 * audit row each — inside the call's transaction (Decision 13: every receipt posts its own entry). The single
 * payment, the collection-day batch and a death benefit's deduction all come through here; only the cash-book
 * shape differs: a line per receipt, or (for a batch) one line per credited account.
 */
export function postReceipts(
  context: UseCaseContext,
  fund: FundSettings,
  receipts: readonly ReceiptToPost[],
): { ids: number[]; receiptNos: string[] } {
  const { connection } = context;
  const posting = { actor: actorName(context), now: context.call.at };
  const fiscalYears = receipts.map((receipt) => fiscalYearOf(receipt.receivedOn, fund.fiscalYearStartMonth));
  const appYears = receipts.flatMap((receipt, index) => (receipt.numbering.kind === 'app' ? [fiscalYears[index] ?? 0] : []));
  const nextReceiptNo = numberAllocator(connection, 'receipt', appYears);
  const nextEntryNo = numberAllocator(connection, 'journal', fiscalYears);
  const numbered = receipts.map((receipt, index) => {
    const fiscalYear = fiscalYears[index] ?? 0;
    const sequenceNo = receipt.numbering.kind === 'app' ? nextReceiptNo(fiscalYear) : null;
    const receiptNo =
      receipt.numbering.kind === 'app'
        ? formatDocumentNo(fund.receiptPrefix, fiscalYear, sequenceNo ?? 0)
        : formatBookReceiptNo(receipt.numbering.bookNo, receipt.numbering.number);
    const entrySequence = nextEntryNo(fiscalYear);
    const lines = receiptEntryLines(receipt.plan.lines, receipt.method === 'cash' ? accountCodes.cash : accountCodes.bank);
    const balanced = checkBalanced(lines);
    if (!balanced.ok) throw new Error(`receipt entry unbalanced: ${JSON.stringify(balanced.error)}`);
    const entry: NewJournalEntry = {
      entryNo: formatDocumentNo('JV', fiscalYear, entrySequence),
      fiscalYear,
      sequenceNo: entrySequence,
      entryDate: receipt.receivedOn,
      description: { code: 'receipt', params: { receiptNo, memberName: receipt.memberName } },
      sourceType: 'receipt',
      sourceId: null,
      reversesEntryId: null,
      createdAt: posting.now,
      actor: posting.actor,
      lines: balanced.value,
    };
    return { receipt, fiscalYear, sequenceNo, receiptNo, entry };
  });
  const entryIds = insertJournalEntries(
    connection,
    numbered.map((item) => item.entry),
  );
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
      method: item.receipt.method,
      collector: item.receipt.collector,
      batchId: item.receipt.batchId,
      journalEntryId: entryIds[index] ?? 0,
      createdAt: posting.now,
      lines: item.receipt.plan.lines,
      periods: item.receipt.plan.periods,
    })),
  );
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
      },
    })),
  );
  writeCashBook(connection, numbered, ids, entryIds);
  return { ids, receiptNos: numbered.map((item) => item.receiptNo) };
}

type Numbered = { receipt: ReceiptToPost; receiptNo: string; entry: NewJournalEntry };

function writeCashBook(connection: Connection, numbered: readonly Numbered[], ids: readonly number[], entryIds: readonly number[]): void {
  const cash = numbered
    .map((item, index) => ({ ...item, id: ids[index] ?? 0, entryId: entryIds[index] ?? 0 }))
    .filter((item) => item.receipt.method === 'cash');
  const batchId = cash[0]?.receipt.batchId ?? null;
  if (batchId === null) {
    for (const item of cash) {
      insertCashBookLine(connection, {
        date: item.receipt.receivedOn,
        documentNo: item.receiptNo,
        description: item.entry.description,
        inSatang: item.receipt.plan.totalSatang,
        outSatang: 0,
        receiptId: item.id,
        batchId: null,
        journalEntryId: item.entryId,
      });
    }
    return;
  }
  // A posted batch shows as one line per credited account, its receipts one click away (Decision 13).
  const accounts = new Map(listAccounts(connection).map((account) => [account.code, account]));
  const byAccount = new Map<string, { amount: number; count: number; first: string; last: string; date: string }>();
  for (const item of cash) {
    for (const line of item.entry.lines) {
      if (line.creditSatang === 0) continue;
      const total = byAccount.get(line.accountCode) ?? {
        amount: 0,
        count: 0,
        first: item.receiptNo,
        last: item.receiptNo,
        date: item.receipt.receivedOn,
      };
      total.amount += line.creditSatang;
      total.count += 1;
      total.last = item.receiptNo;
      byAccount.set(line.accountCode, total);
    }
  }
  for (const [code, total] of byAccount) {
    const account = accounts.get(code);
    insertCashBookLine(connection, {
      date: total.date,
      documentNo: total.first === total.last ? total.first : `${total.first} – ${total.last}`,
      description: {
        code: 'batch',
        params: {
          accountTh: account?.nameTh ?? code,
          accountEn: account?.nameEn ?? code,
          first: total.first,
          last: total.last,
          count: total.count,
        },
      },
      inSatang: total.amount,
      outSatang: 0,
      receiptId: null,
      batchId,
      journalEntryId: null,
    });
  }
}
