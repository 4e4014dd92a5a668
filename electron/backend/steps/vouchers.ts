import { newRecordId } from '../db/record-ids';
import type { Voucher } from '../../../shared/api/fund-types';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { reverseLines } from '../../../shared/domain/ledger/journal-entry';
import { bahtText } from '../../../shared/domain/money/baht-text';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { findClaim } from '../db/repositories/claim-repository';
import { printedFundOf, readFund, type FundSettings } from '../db/repositories/fund-repository';
import { findJournalEntry } from '../db/repositories/ledger-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import {
  findVoucher,
  findVoucherReversal,
  insertVoucher,
  insertVoucherReversal,
  nextVoucherId,
  type VoucherRecord,
} from '../db/repositories/voucher-repository';
import { paymentOfVoucher } from '../db/repositories/welfare-payment-repository';
import { actorName, type UseCaseContext } from '../use-cases/use-case-context';
import { methodOfAccount } from './post-receipts';
import { postEntry } from './post-entry';

export type VoucherToPost = {
  requestId: string;
  paidOn: string;
  payeeName: string;
  payeeAddress: string;
  description: string;
  amountSatang: number;
  /** The money account it is paid from (a ledger code: cash in hand or a bank account). */
  accountCode: string;
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
 * A payment voucher with its gapless number (PV + B.E. fiscal year), a balanced entry through the posting core
 * (Dr the expense, Cr the money account it was paid from) and an audit row — inside the call's transaction
 * (Decision 13). Refused (nothing written) when the account would go below zero or the date is locked.
 */
export function postVoucher(
  context: UseCaseContext,
  fund: FundSettings,
  voucher: VoucherToPost,
  fields: { date: string; account: string } = { date: 'paidOn', account: 'accountCode' },
): Result<number> {
  const { connection } = context;
  const fiscalYear = fiscalYearOf(voucher.paidOn, fund.fiscalYearStartMonth);
  const voucherId = nextVoucherId(connection);
  // A refusal below returns a failure and the call's transaction rolls back, number and all: no gap.
  const voucherSequence = reserveNumbers(connection, 'voucher', fiscalYear);
  const voucherNo = formatDocumentNo('PV', fiscalYear, voucherSequence);
  const posted = postEntry(
    context,
    {
      date: voucher.paidOn,
      lines: [
        { accountCode: voucher.expenseAccount, debitSatang: voucher.amountSatang, creditSatang: 0 },
        { accountCode: voucher.accountCode, debitSatang: 0, creditSatang: voucher.amountSatang },
      ],
      description: { code: 'voucher', params: { voucherNo, payee: voucher.payeeName, text: voucher.description } },
      source: { kind: 'voucher', id: voucherId, documentNo: voucherNo },
    },
    fields,
  );
  if (!posted.ok) return posted;
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
    method: methodOfAccount(voucher.accountCode),
    expenseAccount: voucher.expenseAccount,
    journalEntryId: posted.value.id,
    sourceType: voucher.sourceType,
    createdAt: context.call.at,
  });
  if (id !== voucherId) throw new Error('voucher ids moved while posting');
  context.audit({
    entity: 'voucher',
    entityId: id,
    after: { voucherNo, ...voucher },
  });
  return success(id);
}

/**
 * A wrong payout is corrected by a dated reversal, never by editing (Decision 13): the voucher keeps its number
 * and prints as cancelled, its entry is reversed on `reversedOn` (the money comes back into the account it left),
 * and the books show it. Inside the call's transaction.
 */
export function reverseVoucher(
  context: UseCaseContext,
  input: { voucherId: number; requestId: string; reversedOn: string; reason: string },
): Result<void> {
  const { connection } = context;
  const record = findVoucher(connection, input.voucherId);
  const original = record && findJournalEntry(connection, record.journalEntryId);
  if (!record || !original) throw new Error('voucher without entry');
  const posted = postEntry(
    context,
    {
      date: input.reversedOn,
      lines: reverseLines(original.lines),
      description: { code: 'voucher-reversal', params: { voucherNo: record.voucherNo, payee: record.payeeName } },
      source: { kind: 'voucher-reversal', id: record.id, documentNo: record.voucherNo },
      reversesEntryId: original.id,
    },
    { date: 'reversedOn', account: 'reversedOn' },
  );
  if (!posted.ok) return posted;
  insertVoucherReversal(connection, {
    voucherId: record.id,
    requestId: input.requestId,
    reversedOn: input.reversedOn,
    reason: input.reason,
    actor: actorName(context),
    reversalEntryId: posted.value.id,
    createdAt: context.call.at,
  });
  context.audit({
    entity: 'voucher',
    entityId: record.id,
    after: input,
  });
  return success(undefined);
}
