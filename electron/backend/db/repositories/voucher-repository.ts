import type { CommunityActivity, Voucher } from '../../../../shared/api/fund-types';
import type { CommunityActivitiesTable, PaymentVouchersTable, VoucherReversalsTable } from '../schema';
import { defineStatement, param, type Connection } from '../execute';
import { newRecordId } from '../record-ids';

/** A payment voucher as stored, with its journal entry's number. */
export type VoucherRecord = {
  id: number;
  voucherNo: string;
  fiscalYear: number;
  paidOn: string;
  payeeName: string;
  payeeAddress: string;
  description: string;
  amountSatang: number;
  method: Voucher['method'];
  expenseAccount: string;
  journalEntryId: number;
  entryNo: string;
  /** What wrote it: 'community.record', a welfare payout, 'expenses.record'. */
  sourceType: string;
};

export type NewVoucher = Omit<VoucherRecord, 'id' | 'entryNo'> & {
  uuid: string;
  requestId: string;
  sequenceNo: number;
  createdAt: string;
};

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

const selectLastVoucherId = defineStatement<Record<string, never>, { id: number | null }>((db) =>
  db.selectFrom('payment_vouchers').select((eb) => eb.fn.max('id').as('id')),
);

/** The id the next voucher will get inside this transaction: its journal entry names it as its source. */
export function nextVoucherId(connection: Connection): number {
  return (selectLastVoucherId.get(connection, {})?.id ?? 0) + 1;
}

export function insertVoucher(connection: Connection, voucher: NewVoucher): number {
  return Number(
    insertVoucherStatement.run(connection, {
      uuid: voucher.uuid,
      request_id: voucher.requestId,
      voucher_no: voucher.voucherNo,
      fiscal_year: voucher.fiscalYear,
      sequence_no: voucher.sequenceNo,
      paid_on: voucher.paidOn,
      payee_name: voucher.payeeName,
      payee_address: voucher.payeeAddress,
      description: voucher.description,
      amount_satang: voucher.amountSatang,
      method: voucher.method,
      expense_account: voucher.expenseAccount,
      journal_entry_id: voucher.journalEntryId,
      source_type: voucher.sourceType,
      created_at: voucher.createdAt,
    }).lastInsertRowid,
  );
}

const selectVoucher = defineStatement<{ id: number }, PaymentVouchersTable & { entry_no: string }>((db) =>
  db
    .selectFrom('payment_vouchers as p')
    .innerJoin('journal_entries as j', 'j.id', 'p.journal_entry_id')
    .selectAll('p')
    .select('j.entry_no')
    .where('p.id', '=', param('id')),
);

export function findVoucher(connection: Connection, id: number): VoucherRecord | undefined {
  const row = selectVoucher.get(connection, { id });
  return (
    row && {
      id: row.id,
      voucherNo: row.voucher_no,
      fiscalYear: row.fiscal_year,
      paidOn: row.paid_on,
      payeeName: row.payee_name,
      payeeAddress: row.payee_address,
      description: row.description,
      amountSatang: row.amount_satang,
      method: row.method as Voucher['method'],
      expenseAccount: row.expense_account,
      journalEntryId: row.journal_entry_id,
      entryNo: row.entry_no,
      sourceType: row.source_type,
    }
  );
}

const selectByRequest = defineStatement<{ request_id: string }, { id: number }>((db) =>
  db.selectFrom('payment_vouchers').select('id').where('request_id', '=', param('request_id')),
);

export function findVoucherIdByRequest(connection: Connection, requestId: string): number | undefined {
  return selectByRequest.get(connection, { request_id: requestId })?.id;
}

const insertActivityStatement = defineStatement<Omit<CommunityActivitiesTable, 'id'>>((db) =>
  db.insertInto('community_activities').values({
    uuid: param('uuid'),
    category: param('category'),
    activity_date: param('activity_date'),
    description: param('description'),
    beneficiaries_count: param('beneficiaries_count'),
    voucher_id: param('voucher_id'),
    created_at: param('created_at'),
  }),
);

/** A community activity as stored: the API's activity with its voucher's id (the voucher is read apart). */
export type ActivityRecord = Omit<CommunityActivity, 'voucher'> & { voucherId: number };

export function insertCommunityActivity(connection: Connection, activity: Omit<ActivityRecord, 'id'> & { createdAt: string }): number {
  return Number(
    insertActivityStatement.run(connection, {
      uuid: newRecordId(),
      category: activity.category,
      activity_date: activity.activityDate,
      description: activity.description,
      beneficiaries_count: activity.beneficiariesCount,
      voucher_id: activity.voucherId,
      created_at: activity.createdAt,
    }).lastInsertRowid,
  );
}

function activityRowToRecord(row: CommunityActivitiesTable): ActivityRecord {
  return {
    id: row.id,
    category: row.category as CommunityActivity['category'],
    activityDate: row.activity_date,
    description: row.description,
    beneficiariesCount: row.beneficiaries_count,
    voucherId: row.voucher_id,
  };
}

const selectActivity = defineStatement<{ id: number }, CommunityActivitiesTable>((db) =>
  db.selectFrom('community_activities').selectAll().where('id', '=', param('id')),
);
const selectActivityByVoucher = defineStatement<{ voucher_id: number }, CommunityActivitiesTable>((db) =>
  db.selectFrom('community_activities').selectAll().where('voucher_id', '=', param('voucher_id')),
);

export function findCommunityActivity(connection: Connection, id: number): ActivityRecord | undefined {
  const row = selectActivity.get(connection, { id });
  return row && activityRowToRecord(row);
}

export function findCommunityActivityByVoucher(connection: Connection, voucherId: number): ActivityRecord | undefined {
  const row = selectActivityByVoucher.get(connection, { voucher_id: voucherId });
  return row && activityRowToRecord(row);
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

export function listCommunityActivities(connection: Connection, offset: number, limit: number): { total: number; rows: ActivityRecord[] } {
  return {
    total: countActivities.get(connection, {})?.total ?? 0,
    rows: pageActivities.all(connection, { limit, offset }).map(activityRowToRecord),
  };
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

/** A voucher's dated reversal (Decision 13): the voucher keeps its number; the entry that reverses it is named. */
export type VoucherReversal = {
  voucherId: number;
  requestId: string;
  reversedOn: string;
  reason: string;
  actor: string;
  reversalEntryId: number;
  createdAt: string;
};

function reversalRowToRecord(row: VoucherReversalsTable): VoucherReversal {
  return {
    voucherId: row.voucher_id,
    requestId: row.request_id,
    reversedOn: row.reversed_on,
    reason: row.reason,
    actor: row.actor,
    reversalEntryId: row.reversal_entry_id,
    createdAt: row.created_at,
  };
}

export function insertVoucherReversal(connection: Connection, reversal: VoucherReversal): void {
  insertReversalStatement.run(connection, {
    voucher_id: reversal.voucherId,
    request_id: reversal.requestId,
    reversed_on: reversal.reversedOn,
    reason: reversal.reason,
    actor: reversal.actor,
    reversal_entry_id: reversal.reversalEntryId,
    created_at: reversal.createdAt,
  });
}

const selectReversal = defineStatement<{ voucher_id: number }, VoucherReversalsTable>((db) =>
  db.selectFrom('voucher_reversals').selectAll().where('voucher_id', '=', param('voucher_id')),
);

export function findVoucherReversal(connection: Connection, voucherId: number): VoucherReversal | undefined {
  const row = selectReversal.get(connection, { voucher_id: voucherId });
  return row && reversalRowToRecord(row);
}

const selectReversalByRequest = defineStatement<{ request_id: string }, VoucherReversalsTable>((db) =>
  db.selectFrom('voucher_reversals').selectAll().where('request_id', '=', param('request_id')),
);

export function findVoucherReversalByRequest(connection: Connection, requestId: string): VoucherReversal | undefined {
  const row = selectReversalByRequest.get(connection, { request_id: requestId });
  return row && reversalRowToRecord(row);
}
