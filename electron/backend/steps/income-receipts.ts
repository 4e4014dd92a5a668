import type { IncomeReceipt } from '../../../shared/api/other-money-types';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { reverseLines } from '../../../shared/domain/ledger/journal-entry';
import { incomeAccountOf, kindOfIncomeAccount, type IncomeKind } from '../../../shared/domain/ledger/other-money';
import { bahtText } from '../../../shared/domain/money/baht-text';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { printedFundOf, readFund, type FundSettings } from '../db/repositories/fund-repository';
import {
  findIncomeReceipt,
  insertIncomeReceipt,
  insertIncomeReceiptVoid,
  nextIncomeReceiptId,
  type IncomeReceiptRecord,
} from '../db/repositories/income-receipt-repository';
import { findJournalEntry, listAccounts } from '../db/repositories/ledger-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import { newRecordId } from '../db/record-ids';
import { actorName, type UseCaseContext } from '../use-cases/use-case-context';
import { methodOfAccount } from './post-receipts';
import { postEntry } from './post-entry';

export type IncomeToPost = {
  requestId: string;
  receivedOn: string;
  kind: IncomeKind;
  payerName: string;
  payerAddress: string;
  description: string;
  amountSatang: number;
  /** The money account the money went into (cash in hand or a bank account). */
  accountCode: string;
};

export function incomeReceiptFromRecord(connection: Connection, fund: FundSettings, record: IncomeReceiptRecord): IncomeReceipt {
  const account = listAccounts(connection).find((candidate) => candidate.code === record.accountCode);
  return {
    id: record.id,
    receiptNo: record.receiptNo,
    fiscalYear: record.fiscalYear,
    receivedOn: record.receivedOn,
    kind: kindOfIncomeAccount(record.incomeAccount) ?? 'other-income',
    incomeAccount: record.incomeAccount,
    payerName: record.payerName,
    payerAddress: record.payerAddress,
    description: record.description,
    amountSatang: record.amountSatang,
    amountInWords: bahtText(record.amountSatang),
    accountCode: record.accountCode,
    accountNameTh: account?.nameTh ?? record.accountCode,
    accountNameEn: account?.nameEn ?? record.accountCode,
    method: methodOfAccount(record.accountCode),
    journalEntryNo: record.entryNo,
    void: record.void,
    fund: printedFundOf(fund),
  };
}

/** A receipt for other income as the API shows it, or the refusal that names the field. */
export function incomeReceiptResult(connection: Connection, receiptId: number): Result<IncomeReceipt> {
  const record = findIncomeReceipt(connection, receiptId);
  return record ? success(incomeReceiptFromRecord(connection, readFund(connection), record)) : failure('receipt-not-found', 'receiptId');
}

/**
 * A receipt for other income (issue 16 §3): numbered from the fund's one receipt series (Decision 9, gapless per
 * fiscal year with the members' receipts), one balanced entry through the posting core (Dr the money account,
 * Cr the income line of §10) and an audit row, inside the call's transaction.
 */
export function postIncomeReceipt(context: UseCaseContext, fund: FundSettings, income: IncomeToPost): Result<number> {
  const { connection } = context;
  const fiscalYear = fiscalYearOf(income.receivedOn, fund.fiscalYearStartMonth);
  const receiptId = nextIncomeReceiptId(connection);
  // A refusal below rolls the call back, the reserved number with it: the series keeps no gap.
  const sequenceNo = reserveNumbers(connection, 'receipt', fiscalYear);
  const receiptNo = formatDocumentNo(fund.receiptPrefix, fiscalYear, sequenceNo);
  const incomeAccount = incomeAccountOf[income.kind];
  const posted = postEntry(
    context,
    {
      date: income.receivedOn,
      lines: [
        { accountCode: income.accountCode, debitSatang: income.amountSatang, creditSatang: 0 },
        { accountCode: incomeAccount, debitSatang: 0, creditSatang: income.amountSatang },
      ],
      description: { code: 'income-receipt', params: { receiptNo, payer: income.payerName, text: income.description } },
      source: { kind: 'income-receipt', id: receiptId, documentNo: receiptNo },
    },
    { date: 'receivedOn', account: 'accountCode' },
  );
  if (!posted.ok) return posted;
  const id = insertIncomeReceipt(connection, {
    uuid: newRecordId(),
    requestId: income.requestId,
    receiptNo,
    fiscalYear,
    sequenceNo,
    receivedOn: income.receivedOn,
    payerName: income.payerName,
    payerAddress: income.payerAddress,
    description: income.description,
    incomeAccount,
    accountCode: income.accountCode,
    amountSatang: income.amountSatang,
    journalEntryId: posted.value.id,
    createdAt: context.call.at,
  });
  if (id !== receiptId) throw new Error('income receipt ids moved while posting');
  context.audit({ entity: 'income_receipt', entityId: id, after: { receiptNo, incomeAccount, ...income } });
  return success(id);
}

/**
 * A void is a new row plus the reversing entry (Decision 9): the receipt keeps its number and prints as ยกเลิก;
 * the refund leaves the account the money went into, or another money account the treasurer chose.
 */
export function voidIncomeReceipt(
  context: UseCaseContext,
  record: IncomeReceiptRecord,
  input: { requestId: string; voidedOn: string; reason: string; accountCode?: string | undefined },
): Result<void> {
  const { connection } = context;
  const original = findJournalEntry(connection, record.journalEntryId);
  if (!original) throw new Error('income receipt without entry');
  const refundAccount = input.accountCode ?? record.accountCode;
  const lines = reverseLines(original.lines).map((line) => (line.creditSatang > 0 ? { ...line, accountCode: refundAccount } : line));
  const posted = postEntry(
    context,
    {
      date: input.voidedOn,
      lines,
      description: { code: 'income-receipt-void', params: { receiptNo: record.receiptNo, payer: record.payerName } },
      source: { kind: 'income-receipt-void', id: record.id, documentNo: record.receiptNo },
      reversesEntryId: original.id,
    },
    { date: 'voidedOn', account: 'accountCode' },
  );
  if (!posted.ok) return posted;
  insertIncomeReceiptVoid(connection, {
    receiptId: record.id,
    requestId: input.requestId,
    voidedOn: input.voidedOn,
    reason: input.reason,
    refundAccount,
    actor: actorName(context),
    reversalEntryId: posted.value.id,
    createdAt: context.call.at,
  });
  context.audit({
    entity: 'income_receipt',
    entityId: record.id,
    after: { voidedOn: input.voidedOn, reason: input.reason, refundAccount },
  });
  return success(undefined);
}
