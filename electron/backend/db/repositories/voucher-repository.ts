import type { CommunityActivitiesTable, PaymentVouchersTable, VoucherReversalsTable } from '../schema';
import { defineStatement, param, type Connection } from '../execute';

const insertVoucherStatement = defineStatement<Omit<PaymentVouchersTable, 'id'>>((db) =>
  db.insertInto('payment_vouchers').values({
    uuid: param('uuid'),
    request_id: param('request_id'),
    voucher_no: param('voucher_no'),
    fiscal_year: param('fiscal_year'),
    sequence_no: param('sequence_no'),
    paid_on: param('paid_on'),
    payee_name: param('payee_name'),
    payee_address: param('payee_address'),
    description: param('description'),
    amount_satang: param('amount_satang'),
    method: param('method'),
    expense_account: param('expense_account'),
    journal_entry_id: param('journal_entry_id'),
    source_type: param('source_type'),
    created_at: param('created_at'),
  }),
);

export function insertVoucher(connection: Connection, row: Omit<PaymentVouchersTable, 'id'>): number {
  return Number(insertVoucherStatement.run(connection, row).lastInsertRowid);
}

export type VoucherRecord = PaymentVouchersTable & { entry_no: string };

const selectVoucher = defineStatement<{ id: number }, VoucherRecord>((db) =>
  db
    .selectFrom('payment_vouchers as p')
    .innerJoin('journal_entries as j', 'j.id', 'p.journal_entry_id')
    .selectAll('p')
    .select('j.entry_no')
    .where('p.id', '=', param('id')),
);

export function findVoucher(connection: Connection, id: number): VoucherRecord | undefined {
  return selectVoucher.get(connection, { id });
}

const selectByRequest = defineStatement<{ request_id: string }, { id: number }>((db) =>
  db.selectFrom('payment_vouchers').select('id').where('request_id', '=', param('request_id')),
);

export function findVoucherIdByRequest(connection: Connection, requestId: string): number | undefined {
  return selectByRequest.get(connection, { request_id: requestId })?.id;
}

const insertActivityStatement = defineStatement<Omit<CommunityActivitiesTable, 'id'>>((db) =>
  db.insertInto('community_activities').values({
    category: param('category'),
    activity_date: param('activity_date'),
    description: param('description'),
    beneficiaries_count: param('beneficiaries_count'),
    voucher_id: param('voucher_id'),
    created_at: param('created_at'),
  }),
);

export function insertCommunityActivity(connection: Connection, row: Omit<CommunityActivitiesTable, 'id'>): number {
  return Number(insertActivityStatement.run(connection, row).lastInsertRowid);
}

const selectActivity = defineStatement<{ id: number }, CommunityActivitiesTable>((db) =>
  db.selectFrom('community_activities').selectAll().where('id', '=', param('id')),
);
const selectActivityByVoucher = defineStatement<{ voucher_id: number }, CommunityActivitiesTable>((db) =>
  db.selectFrom('community_activities').selectAll().where('voucher_id', '=', param('voucher_id')),
);

export function findCommunityActivity(connection: Connection, id: number): CommunityActivitiesTable | undefined {
  return selectActivity.get(connection, { id });
}

export function findCommunityActivityByVoucher(connection: Connection, voucherId: number): CommunityActivitiesTable | undefined {
  return selectActivityByVoucher.get(connection, { voucher_id: voucherId });
}

const countActivities = defineStatement<Record<string, never>, { total: number }>((db) =>
  db.selectFrom('community_activities').select((eb) => eb.fn.countAll<number>().as('total')),
);
const pageActivities = defineStatement<{ limit: number; offset: number }, CommunityActivitiesTable>((db) =>
  db
    .selectFrom('community_activities')
    .selectAll()
    .orderBy('activity_date', 'desc')
    .orderBy('id', 'desc')
    .limit(param('limit'))
    .offset(param('offset')),
);

export function listCommunityActivities(
  connection: Connection,
  offset: number,
  limit: number,
): { total: number; rows: CommunityActivitiesTable[] } {
  return { total: countActivities.get(connection, {})?.total ?? 0, rows: pageActivities.all(connection, { limit, offset }) };
}

const insertReversalStatement = defineStatement<VoucherReversalsTable>((db) =>
  db.insertInto('voucher_reversals').values({
    voucher_id: param('voucher_id'),
    request_id: param('request_id'),
    reversed_on: param('reversed_on'),
    reason: param('reason'),
    actor: param('actor'),
    reversal_entry_id: param('reversal_entry_id'),
    created_at: param('created_at'),
  }),
);

export function insertVoucherReversal(connection: Connection, row: VoucherReversalsTable): void {
  insertReversalStatement.run(connection, row);
}

const selectReversal = defineStatement<{ voucher_id: number }, VoucherReversalsTable>((db) =>
  db.selectFrom('voucher_reversals').selectAll().where('voucher_id', '=', param('voucher_id')),
);

export function findVoucherReversal(connection: Connection, voucherId: number): VoucherReversalsTable | undefined {
  return selectReversal.get(connection, { voucher_id: voucherId });
}

const selectReversalByRequest = defineStatement<{ request_id: string }, VoucherReversalsTable>((db) =>
  db.selectFrom('voucher_reversals').selectAll().where('request_id', '=', param('request_id')),
);

export function findVoucherReversalByRequest(connection: Connection, requestId: string): VoucherReversalsTable | undefined {
  return selectReversalByRequest.get(connection, { request_id: requestId });
}
