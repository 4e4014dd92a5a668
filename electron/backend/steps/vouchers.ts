import { newRecordId } from '../db/record-ids';
import type { Voucher } from '../../../shared/api/fund-types';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { checkBalanced, reverseLines } from '../../../shared/domain/ledger/journal-entry';
import { bahtText } from '../../../shared/domain/money/baht-text';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { findClaim } from '../db/repositories/claim-repository';
import { printedFundOf, readFund, type FundSettings } from '../db/repositories/fund-repository';
import { findJournalEntry, insertCashBookLine, insertJournalEntries } from '../db/repositories/ledger-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import {
  findVoucher,
  findVoucherReversal,
  insertVoucher,
  insertVoucherReversal,
  type VoucherRecord,
} from '../db/repositories/voucher-repository';
import { paymentOfVoucher } from '../db/repositories/welfare-payment-repository';
import { actorName, type UseCaseContext } from '../use-cases/use-case-context';

export type VoucherToPost = {
  requestId: string;
  paidOn: string;
  payeeName: string;
  payeeAddress: string;
  description: string;
  amountSatang: number;
  method: 'cash' | 'transfer';
  expenseAccount: string;
  sourceType: string;
};

export function voucherFromRecord(connection: Connection, fund: FundSettings, record: VoucherRecord): Voucher {
  const payment = paymentOfVoucher(connection, record.id);
  const reversal = findVoucherReversal(connection, record.id);
  const net = payment ? payment.grossSatang - payment.deductedSatang : record.amountSatang;
  return {
    id: record.id,
    voucherNo: record.voucherNo,
    fiscalYear: record.fiscalYear,
    paidOn: record.paidOn,
    payeeName: record.payeeName,
    payeeAddress: record.payeeAddress,
    description: record.description,
    amountSatang: record.amountSatang,
    amountInWords: bahtText(record.amountSatang),
    method: record.method,
    expenseAccount: record.expenseAccount,
    journalEntryNo: record.entryNo,
    fund: printedFundOf(fund),
    deduction:
      payment && payment.deductedSatang > 0
        ? { amountSatang: payment.deductedSatang, receiptNo: payment.receiptNo, netSatang: net, netInWords: bahtText(net) }
        : null,
    reversal: reversal ? { reversedOn: reversal.reversedOn, reason: reversal.reason } : null,
    decisionRef: payment ? (findClaim(connection, payment.claimId)?.decisionRef ?? null) : null,
  };
}

export function loadVoucher(connection: Connection, voucherId: number): Voucher | undefined {
  const record = findVoucher(connection, voucherId);
  return record && voucherFromRecord(connection, readFund(connection), record);
}

/** The dates a payment may carry: on or after the fund began its books, never in the future. */
export function checkPaymentDate(fund: FundSettings, date: string, today: string, field: string): Result<void> {
  if (date > today) return failure('date-in-future', field);
  if (date < fund.openedOn) return failure('date-before-opening', field, { openedOn: fund.openedOn });
  return success(undefined);
}

/**
 * A payment voucher with its gapless number (PV + B.E. fiscal year), a balanced entry (Dr the expense,
 * Cr cash or bank), a cash-book line and an audit row — inside the call's transaction (Decision 13).
 */
export function postVoucher(context: UseCaseContext, fund: FundSettings, voucher: VoucherToPost): number {
  const { connection } = context;
  const posting = { actor: actorName(context), now: context.call.at };
  const fiscalYear = fiscalYearOf(voucher.paidOn, fund.fiscalYearStartMonth);
  const voucherSequence = reserveNumbers(connection, 'voucher', fiscalYear);
  const entrySequence = reserveNumbers(connection, 'journal', fiscalYear);
  const voucherNo = formatDocumentNo('PV', fiscalYear, voucherSequence);
  const cashAccount = voucher.method === 'cash' ? accountCodes.cash : accountCodes.bank;
  const lines = checkBalanced([
    { accountCode: voucher.expenseAccount, debitSatang: voucher.amountSatang, creditSatang: 0 },
    { accountCode: cashAccount, debitSatang: 0, creditSatang: voucher.amountSatang },
  ]);
  if (!lines.ok) throw new Error('voucher entry unbalanced');
  const description = { code: 'voucher', params: { voucherNo, payee: voucher.payeeName, text: voucher.description } };
  const [entryId] = insertJournalEntries(connection, [
    {
      entryNo: formatDocumentNo('JV', fiscalYear, entrySequence),
      fiscalYear,
      sequenceNo: entrySequence,
      entryDate: voucher.paidOn,
      description,
      sourceType: voucher.sourceType,
      sourceId: null,
      reversesEntryId: null,
      createdAt: posting.now,
      actor: posting.actor,
      lines: lines.value,
    },
  ]);
  const id = insertVoucher(connection, {
    uuid: newRecordId(),
    requestId: voucher.requestId,
    voucherNo,
    fiscalYear,
    sequenceNo: voucherSequence,
    paidOn: voucher.paidOn,
    payeeName: voucher.payeeName,
    payeeAddress: voucher.payeeAddress,
    description: voucher.description,
    amountSatang: voucher.amountSatang,
    method: voucher.method,
    expenseAccount: voucher.expenseAccount,
    journalEntryId: entryId ?? 0,
    sourceType: voucher.sourceType,
    createdAt: posting.now,
  });
  if (voucher.method === 'cash') {
    insertCashBookLine(connection, {
      date: voucher.paidOn,
      documentNo: voucherNo,
      description,
      inSatang: 0,
      outSatang: voucher.amountSatang,
      receiptId: null,
      batchId: null,
      journalEntryId: entryId ?? null,
      voucherId: id,
    });
  }
  context.audit({
    entity: 'voucher',
    entityId: id,
    after: { voucherNo, ...voucher },
  });
  return id;
}

/**
 * A wrong payout is corrected by a dated reversal, never by editing (Decision 13): the voucher keeps its number
 * and prints as cancelled, its entry is reversed on `reversedOn`, and the cash book shows the money coming back.
 * Inside the call's transaction.
 */
export function reverseVoucher(
  context: UseCaseContext,
  fund: FundSettings,
  input: { voucherId: number; requestId: string; reversedOn: string; reason: string },
): void {
  const { connection } = context;
  const posting = { actor: actorName(context), now: context.call.at };
  const record = findVoucher(connection, input.voucherId);
  const original = record && findJournalEntry(connection, record.journalEntryId);
  if (!record || !original) throw new Error('voucher without entry');
  const fiscalYear = fiscalYearOf(input.reversedOn, fund.fiscalYearStartMonth);
  const sequence = reserveNumbers(connection, 'journal', fiscalYear);
  const lines = checkBalanced(reverseLines(original.lines));
  if (!lines.ok) throw new Error('reversal unbalanced');
  const description = { code: 'voucher-reversal', params: { voucherNo: record.voucherNo, payee: record.payeeName } };
  const [entryId] = insertJournalEntries(connection, [
    {
      entryNo: formatDocumentNo('JV', fiscalYear, sequence),
      fiscalYear,
      sequenceNo: sequence,
      entryDate: input.reversedOn,
      description,
      sourceType: 'voucher-reversal',
      sourceId: record.id,
      reversesEntryId: original.id,
      createdAt: posting.now,
      actor: posting.actor,
      lines: lines.value,
    },
  ]);
  insertVoucherReversal(connection, {
    voucherId: record.id,
    requestId: input.requestId,
    reversedOn: input.reversedOn,
    reason: input.reason,
    actor: posting.actor,
    reversalEntryId: entryId ?? 0,
    createdAt: posting.now,
  });
  if (record.method === 'cash') {
    insertCashBookLine(connection, {
      date: input.reversedOn,
      documentNo: record.voucherNo,
      description,
      inSatang: record.amountSatang,
      outSatang: 0,
      receiptId: null,
      batchId: null,
      journalEntryId: entryId ?? null,
      voucherId: record.id,
    });
  }
  context.audit({
    entity: 'voucher',
    entityId: record.id,
    after: input,
  });
}
