import type { IncomeReceiptsTable, IncomeReceiptVoidsTable } from '../schema';
import { defineStatement, param, type Connection } from '../execute';

/** A receipt for other income as stored, with its journal entry's number and its void, if any. */
export type IncomeReceiptRecord = {
  id: number;
  receiptNo: string;
  fiscalYear: number;
  receivedOn: string;
  payerName: string;
  payerAddress: string;
  description: string;
  incomeAccount: string;
  accountCode: string;
  amountSatang: number;
  journalEntryId: number;
  entryNo: string;
  void: { voidedOn: string; reason: string; refundAccount: string } | null;
};

export type NewIncomeReceipt = Omit<IncomeReceiptRecord, 'id' | 'entryNo' | 'void'> & {
  uuid: string;
  requestId: string;
  sequenceNo: number;
  createdAt: string;
};

const insertStatement = defineStatement<Omit<IncomeReceiptsTable, 'id'>>((db) =>
  db.insertInto('income_receipts').values({
    uuid: param('uuid'),
    request_id: param('request_id'),
    receipt_no: param('receipt_no'),
    fiscal_year: param('fiscal_year'),
    sequence_no: param('sequence_no'),
    received_on: param('received_on'),
    payer_name: param('payer_name'),
    payer_address: param('payer_address'),
    description: param('description'),
    income_account: param('income_account'),
    account_code: param('account_code'),
    amount_satang: param('amount_satang'),
    journal_entry_id: param('journal_entry_id'),
    created_at: param('created_at'),
  }),
);

export function insertIncomeReceipt(connection: Connection, receipt: NewIncomeReceipt): number {
  return Number(
    insertStatement.run(connection, {
      uuid: receipt.uuid,
      request_id: receipt.requestId,
      receipt_no: receipt.receiptNo,
      fiscal_year: receipt.fiscalYear,
      sequence_no: receipt.sequenceNo,
      received_on: receipt.receivedOn,
      payer_name: receipt.payerName,
      payer_address: receipt.payerAddress,
      description: receipt.description,
      income_account: receipt.incomeAccount,
      account_code: receipt.accountCode,
      amount_satang: receipt.amountSatang,
      journal_entry_id: receipt.journalEntryId,
      created_at: receipt.createdAt,
    }).lastInsertRowid,
  );
}

const selectLastId = defineStatement<Record<string, never>, { id: number | null }>((db) =>
  db.selectFrom('income_receipts').select((eb) => eb.fn.max('id').as('id')),
);

/** The id the next receipt will get inside this transaction: its journal entry names it as its source. */
export function nextIncomeReceiptId(connection: Connection): number {
  return (selectLastId.get(connection, {})?.id ?? 0) + 1;
}

type JoinedRow = IncomeReceiptsTable & {
  entry_no: string;
  voided_on: string | null;
  reason: string | null;
  refund_account: string | null;
};

const selectOne = defineStatement<{ id: number }, JoinedRow>((db) =>
  db
    .selectFrom('income_receipts as r')
    .innerJoin('journal_entries as j', 'j.id', 'r.journal_entry_id')
    .leftJoin('income_receipt_voids as v', 'v.receipt_id', 'r.id')
    .selectAll('r')
    .select(['j.entry_no', 'v.voided_on', 'v.reason', 'v.refund_account'])
    .where('r.id', '=', param('id')),
);

const countAll = defineStatement<Record<string, never>, { total: number }>((db) =>
  db.selectFrom('income_receipts').select((eb) => eb.fn.countAll<number>().as('total')),
);

const selectPage = defineStatement<{ limit: number; offset: number }, JoinedRow>((db) =>
  db
    .selectFrom('income_receipts as r')
    .innerJoin('journal_entries as j', 'j.id', 'r.journal_entry_id')
    .leftJoin('income_receipt_voids as v', 'v.receipt_id', 'r.id')
    .selectAll('r')
    .select(['j.entry_no', 'v.voided_on', 'v.reason', 'v.refund_account'])
    .orderBy('r.received_on', 'desc')
    .orderBy('r.id', 'desc')
    .limit(param('limit'))
    .offset(param('offset')),
);

function toRecord(row: JoinedRow): IncomeReceiptRecord {
  return {
    id: row.id,
    receiptNo: row.receipt_no,
    fiscalYear: row.fiscal_year,
    receivedOn: row.received_on,
    payerName: row.payer_name,
    payerAddress: row.payer_address,
    description: row.description,
    incomeAccount: row.income_account,
    accountCode: row.account_code,
    amountSatang: row.amount_satang,
    journalEntryId: row.journal_entry_id,
    entryNo: row.entry_no,
    void:
      row.voided_on === null
        ? null
        : { voidedOn: row.voided_on, reason: row.reason ?? '', refundAccount: row.refund_account ?? row.account_code },
  };
}

export function findIncomeReceipt(connection: Connection, id: number): IncomeReceiptRecord | undefined {
  const row = selectOne.get(connection, { id });
  return row && toRecord(row);
}

export function listIncomeReceipts(connection: Connection, offset: number, limit: number): { total: number; rows: IncomeReceiptRecord[] } {
  return { total: countAll.get(connection, {})?.total ?? 0, rows: selectPage.all(connection, { limit, offset }).map(toRecord) };
}

const insertVoidStatement = defineStatement<IncomeReceiptVoidsTable>((db) =>
  db.insertInto('income_receipt_voids').values({
    receipt_id: param('receipt_id'),
    request_id: param('request_id'),
    voided_on: param('voided_on'),
    reason: param('reason'),
    refund_account: param('refund_account'),
    actor: param('actor'),
    reversal_entry_id: param('reversal_entry_id'),
    created_at: param('created_at'),
  }),
);

export function insertIncomeReceiptVoid(
  connection: Connection,
  voided: {
    receiptId: number;
    requestId: string;
    voidedOn: string;
    reason: string;
    refundAccount: string;
    actor: string;
    reversalEntryId: number;
    createdAt: string;
  },
): void {
  insertVoidStatement.run(connection, {
    receipt_id: voided.receiptId,
    request_id: voided.requestId,
    voided_on: voided.voidedOn,
    reason: voided.reason,
    refund_account: voided.refundAccount,
    actor: voided.actor,
    reversal_entry_id: voided.reversalEntryId,
    created_at: voided.createdAt,
  });
}
