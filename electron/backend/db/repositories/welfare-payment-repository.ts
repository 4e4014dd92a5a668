import { defineStatement, param, type Connection, type QueryBuilder } from '../execute';
import type { WelfareClaimReversalsTable, WelfarePaymentsTable } from '../schema';

const insertPaymentStatement = defineStatement<Omit<WelfarePaymentsTable, 'id'>>((db) =>
  db.insertInto('welfare_payments').values({
    claim_id: param('claim_id'),
    voucher_id: param('voucher_id'),
    payee_name: param('payee_name'),
    share: param('share'),
    gross_satang: param('gross_satang'),
    deducted_satang: param('deducted_satang'),
    arrears_receipt_id: param('arrears_receipt_id'),
    created_at: param('created_at'),
  }),
);

export function insertWelfarePayment(connection: Connection, row: Omit<WelfarePaymentsTable, 'id'>): void {
  insertPaymentStatement.run(connection, row);
}

export type WelfarePaymentRecord = WelfarePaymentsTable & {
  voucher_no: string;
  paid_on: string;
  method: string;
  receipt_no: string | null;
  reversed_on: string | null;
};

/** A payment row with its voucher's number, date and method, the arrears receipt's number and any reversal date. */
function paymentRecords(db: QueryBuilder) {
  return db
    .selectFrom('welfare_payments as p')
    .innerJoin('payment_vouchers as v', 'v.id', 'p.voucher_id')
    .leftJoin('receipts as r', 'r.id', 'p.arrears_receipt_id')
    .leftJoin('voucher_reversals as x', 'x.voucher_id', 'p.voucher_id')
    .selectAll('p')
    .select(['v.voucher_no', 'v.paid_on', 'v.method', 'r.receipt_no', 'x.reversed_on']);
}

const selectClaimPayments = defineStatement<{ claim_id: number }, WelfarePaymentRecord>((db) =>
  paymentRecords(db).where('p.claim_id', '=', param('claim_id')).orderBy('p.id'),
);

/** A claim's payees in voucher order, with the arrears receipt and any reversal. */
export function claimPayments(connection: Connection, claimId: number): WelfarePaymentRecord[] {
  return selectClaimPayments.all(connection, { claim_id: claimId });
}

const selectPaymentOfVoucher = defineStatement<{ voucher_id: number }, WelfarePaymentRecord>((db) =>
  paymentRecords(db).where('p.voucher_id', '=', param('voucher_id')),
);

/** The welfare payment a voucher belongs to, if any: the printed voucher shows its deduction. */
export function paymentOfVoucher(connection: Connection, voucherId: number): WelfarePaymentRecord | undefined {
  return selectPaymentOfVoucher.get(connection, { voucher_id: voucherId });
}

const insertClaimReversalStatement = defineStatement<WelfareClaimReversalsTable>((db) =>
  db.insertInto('welfare_claim_reversals').values({
    claim_id: param('claim_id'),
    request_id: param('request_id'),
    reversed_on: param('reversed_on'),
    reason: param('reason'),
    actor: param('actor'),
    created_at: param('created_at'),
  }),
);
const markReversedStatement = defineStatement<{ id: number }>((db) =>
  db.updateTable('welfare_claims').set({ reversed: 1 }).where('id', '=', param('id')),
);

/** The reversal's own row, and the claim's flag (the one change a paid claim may take: see migration 0005). */
export function insertClaimReversal(connection: Connection, row: WelfareClaimReversalsTable): void {
  insertClaimReversalStatement.run(connection, row);
  markReversedStatement.run(connection, { id: row.claim_id });
}

const selectClaimReversal = defineStatement<{ claim_id: number }, WelfareClaimReversalsTable>((db) =>
  db.selectFrom('welfare_claim_reversals').selectAll().where('claim_id', '=', param('claim_id')),
);
const selectClaimReversalByRequest = defineStatement<{ request_id: string }, WelfareClaimReversalsTable>((db) =>
  db.selectFrom('welfare_claim_reversals').selectAll().where('request_id', '=', param('request_id')),
);

export function findClaimReversal(connection: Connection, claimId: number): WelfareClaimReversalsTable | undefined {
  return selectClaimReversal.get(connection, { claim_id: claimId });
}

export function findClaimReversalByRequest(connection: Connection, requestId: string): WelfareClaimReversalsTable | undefined {
  return selectClaimReversalByRequest.get(connection, { request_id: requestId });
}

const selectClaimKeepingReceipt = defineStatement<{ receipt_id: number }, { claim_no: string | null }>((db) =>
  db
    .selectFrom('welfare_payments as p')
    .innerJoin('welfare_claims as c', 'c.id', 'p.claim_id')
    .select('c.claim_no')
    .where('p.arrears_receipt_id', '=', param('receipt_id'))
    .where('c.reversed', '=', 0),
);

/** The paid (not reversed) welfare claim whose payout kept back the months of this receipt, if any. */
export function claimKeepingReceipt(connection: Connection, receiptId: number): string | null | undefined {
  const row = selectClaimKeepingReceipt.get(connection, { receipt_id: receiptId });
  return row ? (row.claim_no ?? '') : undefined;
}
