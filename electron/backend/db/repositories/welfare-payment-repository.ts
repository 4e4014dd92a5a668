import { defineStatement, param, type Connection, type QueryBuilder } from '../execute';
import { newRecordId } from '../record-ids';
import type { WelfareClaimReversalsTable, WelfarePaymentsTable } from '../schema';

/** One payee's share of a claim's payout: its voucher, and the receipt for any arrears kept back from it. */
export type NewWelfarePayment = {
  claimId: number;
  voucherId: number;
  payeeName: string;
  share: number;
  grossSatang: number;
  deductedSatang: number;
  arrearsReceiptId: number | null;
  createdAt: string;
};

const insertPaymentStatement = defineStatement<Omit<WelfarePaymentsTable, 'id'>>((db) =>
  db.insertInto('welfare_payments').values({
    uuid: param('uuid'),
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

export function insertWelfarePayment(connection: Connection, payment: NewWelfarePayment): void {
  insertPaymentStatement.run(connection, {
    uuid: newRecordId(),
    claim_id: payment.claimId,
    voucher_id: payment.voucherId,
    payee_name: payment.payeeName,
    share: payment.share,
    gross_satang: payment.grossSatang,
    deducted_satang: payment.deductedSatang,
    arrears_receipt_id: payment.arrearsReceiptId,
    created_at: payment.createdAt,
  });
}

/** A payment with its voucher's number and date, and the number of the receipt for the arrears kept back. */
export type WelfarePaymentRecord = Omit<NewWelfarePayment, 'createdAt'> & {
  voucherNo: string;
  paidOn: string;
  receiptNo: string | null;
};

type PaymentRow = WelfarePaymentsTable & {
  voucher_no: string;
  paid_on: string;
  method: string;
  receipt_no: string | null;
  reversed_on: string | null;
};

function paymentRowToRecord(row: PaymentRow): WelfarePaymentRecord {
  return {
    claimId: row.claim_id,
    voucherId: row.voucher_id,
    payeeName: row.payee_name,
    share: row.share,
    grossSatang: row.gross_satang,
    deductedSatang: row.deducted_satang,
    arrearsReceiptId: row.arrears_receipt_id,
    voucherNo: row.voucher_no,
    paidOn: row.paid_on,
    receiptNo: row.receipt_no,
  };
}

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

const selectClaimPayments = defineStatement<{ claim_id: number }, PaymentRow>((db) =>
  paymentRecords(db).where('p.claim_id', '=', param('claim_id')).orderBy('p.id'),
);

/** A claim's payees in voucher order, with the arrears receipt and any reversal. */
export function claimPayments(connection: Connection, claimId: number): WelfarePaymentRecord[] {
  return selectClaimPayments.all(connection, { claim_id: claimId }).map(paymentRowToRecord);
}

const selectPaymentOfVoucher = defineStatement<{ voucher_id: number }, PaymentRow>((db) =>
  paymentRecords(db).where('p.voucher_id', '=', param('voucher_id')),
);

/** The welfare payment a voucher belongs to, if any: the printed voucher shows its deduction. */
export function paymentOfVoucher(connection: Connection, voucherId: number): WelfarePaymentRecord | undefined {
  const row = selectPaymentOfVoucher.get(connection, { voucher_id: voucherId });
  return row && paymentRowToRecord(row);
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

/** A claim's payout reversed on a date, with why and by whom (Decision 13). */
export type ClaimReversal = { claimId: number; requestId: string; reversedOn: string; reason: string; actor: string; createdAt: string };

function reversalRowToRecord(row: WelfareClaimReversalsTable): ClaimReversal {
  return {
    claimId: row.claim_id,
    requestId: row.request_id,
    reversedOn: row.reversed_on,
    reason: row.reason,
    actor: row.actor,
    createdAt: row.created_at,
  };
}

/** The reversal's own row, and the claim's flag (the one change a paid claim may take: see migration 0005). */
export function insertClaimReversal(connection: Connection, reversal: ClaimReversal): void {
  insertClaimReversalStatement.run(connection, {
    claim_id: reversal.claimId,
    request_id: reversal.requestId,
    reversed_on: reversal.reversedOn,
    reason: reversal.reason,
    actor: reversal.actor,
    created_at: reversal.createdAt,
  });
  markReversedStatement.run(connection, { id: reversal.claimId });
}

const selectClaimReversal = defineStatement<{ claim_id: number }, WelfareClaimReversalsTable>((db) =>
  db.selectFrom('welfare_claim_reversals').selectAll().where('claim_id', '=', param('claim_id')),
);
const selectClaimReversalByRequest = defineStatement<{ request_id: string }, WelfareClaimReversalsTable>((db) =>
  db.selectFrom('welfare_claim_reversals').selectAll().where('request_id', '=', param('request_id')),
);

export function findClaimReversal(connection: Connection, claimId: number): ClaimReversal | undefined {
  const row = selectClaimReversal.get(connection, { claim_id: claimId });
  return row && reversalRowToRecord(row);
}

export function findClaimReversalByRequest(connection: Connection, requestId: string): ClaimReversal | undefined {
  const row = selectClaimReversalByRequest.get(connection, { request_id: requestId });
  return row && reversalRowToRecord(row);
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
