import { sql } from 'kysely';
import { periodIndex } from '../../../../shared/domain/calendar-date';
import type { HistoryMember } from '../../../../shared/domain/history/history-values';
import { newRecordId } from '../record-ids';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';

/*
 * Memo history from before the opening date (Decision 10, migration 0034): contribution lines with the months
 * they cover, and welfare payments. Rows are only ever added (triggers refuse edits and deletes); none of them
 * touches the journal. A line imported by mistake gets a void row, whose trigger marks it `voided` and frees its
 * months: every read here but the member's own list leaves voided lines out.
 */

export type NewContributionHistory = {
  memberId: number;
  periods: readonly string[];
  amountSatang: number;
  paidOn: string;
  bookNo: string | null;
  receiptNo: string | null;
  sha256: string;
  rowNumber: number;
  createdAt: string;
};

const insertLine = defineStatement<{
  uuid: string;
  member_id: number;
  first_period: string;
  month_count: number;
  amount_satang: number;
  paid_on: string;
  book_no: string | null;
  receipt_no: string | null;
  source_sha256: string;
  source_row: number;
  created_at: string;
}>((db) =>
  db.insertInto('contribution_history').values({
    uuid: param('uuid'),
    member_id: param('member_id'),
    first_period: param('first_period'),
    month_count: param('month_count'),
    amount_satang: param('amount_satang'),
    paid_on: param('paid_on'),
    book_no: param('book_no'),
    receipt_no: param('receipt_no'),
    source: 'import',
    source_sha256: param('source_sha256'),
    source_row: param('source_row'),
    created_at: param('created_at'),
  }),
);

const insertMonth = defineStatement<{ member_id: number; period: string; period_index: number; history_id: number }>((db) =>
  db.insertInto('contribution_history_months').values({
    member_id: param('member_id'),
    period: param('period'),
    period_index: param('period_index'),
    history_id: param('history_id'),
  }),
);

/** One history line and its months; a month already paid by a receipt without a void is refused by a trigger. */
export function insertContributionHistory(connection: Connection, line: NewContributionHistory): number {
  const id = Number(
    insertLine.run(connection, {
      uuid: newRecordId(),
      member_id: line.memberId,
      first_period: line.periods[0] ?? '',
      month_count: line.periods.length,
      amount_satang: line.amountSatang,
      paid_on: line.paidOn,
      book_no: line.bookNo,
      receipt_no: line.receiptNo,
      source_sha256: line.sha256,
      source_row: line.rowNumber,
      created_at: line.createdAt,
    }).lastInsertRowid,
  );
  for (const period of line.periods)
    insertMonth.run(connection, { member_id: line.memberId, period, period_index: periodIndex(period), history_id: id });
  return id;
}

const selectMemberHistoryMonths = defineStatement<{ member_id: number }, { period: string; paid_on: string }>((db) =>
  db
    .selectFrom('contribution_history_months as m')
    .innerJoin('contribution_history as h', 'h.id', 'm.history_id')
    .select(['m.period', 'h.paid_on'])
    .where('m.member_id', '=', param('member_id'))
    .orderBy('m.period'),
);

/** The months a member's history covers, each with the day it was paid. */
export function historyMonths(connection: Connection, memberId: number): { period: string; paidOn: string }[] {
  return selectMemberHistoryMonths.all(connection, { member_id: memberId }).map((row) => ({ period: row.period, paidOn: row.paid_on }));
}

const selectMonthPaid = defineSqlStatement<{ member_id: number; period: string }, { paid: number }>(
  () => sql`
    SELECT EXISTS (SELECT 1 FROM contribution_history_months WHERE member_id = ${param('member_id')} AND period = ${param('period')})
        OR EXISTS (SELECT 1 FROM receipt_months AS m
                    WHERE m.member_id = ${param('member_id')} AND m.period = ${param('period')}
                      AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = m.receipt_id)) AS paid`,
);

/** Whether a member's month is paid already: by a receipt that has no void, or by history. */
export function isMonthPaid(connection: Connection, memberId: number, period: string): boolean {
  return selectMonthPaid.get(connection, { member_id: memberId, period })?.paid === 1;
}

const selectPaperNoUsed = defineSqlStatement<{ book_no: string; receipt_no: string; joined: string }, { used: number }>(
  () => sql`
    SELECT EXISTS (SELECT 1 FROM contribution_history
                    WHERE book_no = ${param('book_no')} AND receipt_no = ${param('receipt_no')} AND voided = 0)
        OR EXISTS (SELECT 1 FROM receipts WHERE receipt_no = ${param('joined')}) AS used`,
);

/** Whether a paper book's number is already in the fund, as a receipt or as history. */
export function isPaperNoUsed(connection: Connection, bookNo: string, receiptNo: string, joined: string): boolean {
  return selectPaperNoUsed.get(connection, { book_no: bookNo, receipt_no: receiptNo, joined })?.used === 1;
}

const selectFirstHistoryPayment = defineStatement<{ member_id: number; from: string; to: string }, { paid_on: string | null }>((db) =>
  db
    .selectFrom('contribution_history')
    .select((eb) => eb.fn.min<string | null>('paid_on').as('paid_on'))
    .where('member_id', '=', param('member_id'))
    .where('voided', '=', 0)
    .where('paid_on', '>=', param('from'))
    .where('paid_on', '<=', param('to')),
);

/** The member's first history payment between two days: where a waiting period from the first payment may start. */
export function firstHistoryPaymentBetween(connection: Connection, memberId: number, from: string, to: string): string | null {
  return selectFirstHistoryPayment.get(connection, { member_id: memberId, from, to })?.paid_on ?? null;
}

const selectDirectory = defineStatement<
  Record<string, never>,
  { id: number; member_no: string; citizen_id: string | null; title: string; first_name: string; last_name: string; approved_on: string }
>((db) =>
  db
    .selectFrom('members')
    .select(['id', 'member_no', 'citizen_id', 'title', 'first_name', 'last_name', 'approved_on'])
    .where('voided_on', 'is', null),
);

/** Every member a history sheet may name (a voided registration was never a member), read once for a sheet. */
export function historyMembers(connection: Connection): HistoryMember[] {
  return selectDirectory.all(connection, {}).map((row) => ({
    id: row.id,
    memberNo: row.member_no,
    citizenId: row.citizen_id,
    name: `${row.title}${row.first_name} ${row.last_name}`,
    approvedOn: row.approved_on,
  }));
}

export type NewWelfareHistory = {
  memberId: number;
  typeId: number;
  eventDate: string;
  amountSatang: number;
  units: number | null;
  sha256: string;
  rowNumber: number;
  createdAt: string;
};

const insertWelfare = defineStatement<{
  uuid: string;
  member_id: number;
  type_id: number;
  event_date: string;
  amount_satang: number;
  units: number | null;
  source_sha256: string;
  source_row: number;
  created_at: string;
}>((db) =>
  db.insertInto('welfare_history').values({
    uuid: param('uuid'),
    member_id: param('member_id'),
    type_id: param('type_id'),
    event_date: param('event_date'),
    amount_satang: param('amount_satang'),
    units: param('units'),
    source: 'import',
    source_sha256: param('source_sha256'),
    source_row: param('source_row'),
    created_at: param('created_at'),
  }),
);

export function insertWelfareHistory(connection: Connection, payment: NewWelfareHistory): number {
  return Number(
    insertWelfare.run(connection, {
      uuid: newRecordId(),
      member_id: payment.memberId,
      type_id: payment.typeId,
      event_date: payment.eventDate,
      amount_satang: payment.amountSatang,
      units: payment.units,
      source_sha256: payment.sha256,
      source_row: payment.rowNumber,
      created_at: payment.createdAt,
    }).lastInsertRowid,
  );
}

const selectWelfareKeys = defineStatement<Record<string, never>, { member_id: number; type_id: number; event_date: string }>((db) =>
  db.selectFrom('welfare_history').select(['member_id', 'type_id', 'event_date']).where('voided', '=', 0),
);

/** Every history payment's "member:type:event date", to find one imported twice. */
export function welfareHistoryKeys(connection: Connection): Set<string> {
  return new Set(selectWelfareKeys.all(connection, {}).map((row) => `${row.member_id}:${row.type_id}:${row.event_date}`));
}

const selectMemberWelfare = defineStatement<
  { member_id: number; type_id: number },
  { event_date: string; amount_satang: number; units: number | null }
>((db) =>
  db
    .selectFrom('welfare_history')
    .select(['event_date', 'amount_satang', 'units'])
    .where('member_id', '=', param('member_id'))
    .where('type_id', '=', param('type_id'))
    .where('voided', '=', 0)
    .orderBy('event_date'),
);

/** A member's history payments of a welfare type: they count toward the type's yearly and lifetime caps. */
export function memberWelfareHistory(
  connection: Connection,
  memberId: number,
  typeId: number,
): { eventDate: string; amountSatang: number; units: number | null }[] {
  return selectMemberWelfare
    .all(connection, { member_id: memberId, type_id: typeId })
    .map((row) => ({ eventDate: row.event_date, amountSatang: row.amount_satang, units: row.units }));
}

/** How a history line was voided, as the member's list shows it. */
export type HistoryVoidRow = { voidedOn: string; reason: string; voidedBy: string };
export type HistoryVoidInput = HistoryVoidRow & { historyId: number; createdAt: string };

export type ContributionHistoryRecord = {
  id: number;
  memberId: number;
  firstPeriod: string;
  monthCount: number;
  amountSatang: number;
  paidOn: string;
  bookNo: string | null;
  receiptNo: string | null;
  sourceRow: number;
  createdAt: string;
  void: HistoryVoidRow | null;
};

type ContributionLineRow = {
  id: number;
  member_id: number;
  first_period: string;
  month_count: number;
  amount_satang: number;
  paid_on: string;
  book_no: string | null;
  receipt_no: string | null;
  source_row: number;
  created_at: string;
  voided_on: string | null;
  reason: string | null;
  voided_by: string | null;
};

/** Lines by member or by id: one prepared statement each. */
const contributionLinesBy = (column: 'h.member_id' | 'h.id') =>
  defineStatement<{ key: number }, ContributionLineRow>((db) =>
    db
      .selectFrom('contribution_history as h')
      .leftJoin('contribution_history_voids as v', 'v.history_id', 'h.id')
      .select([
        'h.id',
        'h.member_id',
        'h.first_period',
        'h.month_count',
        'h.amount_satang',
        'h.paid_on',
        'h.book_no',
        'h.receipt_no',
        'h.source_row',
        'h.created_at',
        'v.voided_on',
        'v.reason',
        'v.voided_by',
      ])
      .where(column, '=', param<number>('key'))
      .orderBy('h.first_period')
      .orderBy('h.id'),
  );
const contributionLinesOfMember = contributionLinesBy('h.member_id');
const contributionLineById = contributionLinesBy('h.id');

function voidOf(row: { voided_on: string | null; reason: string | null; voided_by: string | null }): HistoryVoidRow | null {
  return row.voided_on === null ? null : { voidedOn: row.voided_on, reason: row.reason ?? '', voidedBy: row.voided_by ?? '' };
}

function contributionRecords(rows: ContributionLineRow[]): ContributionHistoryRecord[] {
  return rows.map((row) => ({
    id: row.id,
    memberId: row.member_id,
    firstPeriod: row.first_period,
    monthCount: row.month_count,
    amountSatang: row.amount_satang,
    paidOn: row.paid_on,
    bookNo: row.book_no,
    receiptNo: row.receipt_no,
    sourceRow: row.source_row,
    createdAt: row.created_at,
    void: voidOf(row),
  }));
}

/** A member's contribution history lines, voided ones too (struck out, with their reason), by first month. */
export function memberContributionHistory(connection: Connection, memberId: number): ContributionHistoryRecord[] {
  return contributionRecords(contributionLinesOfMember.all(connection, { key: memberId }));
}

export function findContributionHistory(connection: Connection, id: number): ContributionHistoryRecord | undefined {
  return contributionRecords(contributionLineById.all(connection, { key: id }))[0];
}

export type WelfareHistoryRecord = {
  id: number;
  memberId: number;
  typeId: number;
  eventDate: string;
  amountSatang: number;
  units: number | null;
  sourceRow: number;
  createdAt: string;
  void: HistoryVoidRow | null;
};

type WelfareLineRow = {
  id: number;
  member_id: number;
  type_id: number;
  event_date: string;
  amount_satang: number;
  units: number | null;
  source_row: number;
  created_at: string;
  voided_on: string | null;
  reason: string | null;
  voided_by: string | null;
};

const welfareLinesBy = (column: 'h.member_id' | 'h.id') =>
  defineStatement<{ key: number }, WelfareLineRow>((db) =>
    db
      .selectFrom('welfare_history as h')
      .leftJoin('welfare_history_voids as v', 'v.history_id', 'h.id')
      .select([
        'h.id',
        'h.member_id',
        'h.type_id',
        'h.event_date',
        'h.amount_satang',
        'h.units',
        'h.source_row',
        'h.created_at',
        'v.voided_on',
        'v.reason',
        'v.voided_by',
      ])
      .where(column, '=', param<number>('key'))
      .orderBy('h.event_date')
      .orderBy('h.id'),
  );
const welfareLinesOfMember = welfareLinesBy('h.member_id');
const welfareLineById = welfareLinesBy('h.id');

function welfareRecords(rows: WelfareLineRow[]): WelfareHistoryRecord[] {
  return rows.map((row) => ({
    id: row.id,
    memberId: row.member_id,
    typeId: row.type_id,
    eventDate: row.event_date,
    amountSatang: row.amount_satang,
    units: row.units,
    sourceRow: row.source_row,
    createdAt: row.created_at,
    void: voidOf(row),
  }));
}

export function memberWelfareHistoryLines(connection: Connection, memberId: number): WelfareHistoryRecord[] {
  return welfareRecords(welfareLinesOfMember.all(connection, { key: memberId }));
}

export function findWelfareHistory(connection: Connection, id: number): WelfareHistoryRecord | undefined {
  return welfareRecords(welfareLineById.all(connection, { key: id }))[0];
}

/** A void row into either history's void table; the table's trigger does the rest (migration 0034). */
const voidInsert = (table: 'contribution_history_voids' | 'welfare_history_voids') =>
  defineStatement<{ history_id: number; voided_on: string; reason: string; voided_by: string; created_at: string }>((db) =>
    db.insertInto(table).values({
      history_id: param('history_id'),
      voided_on: param('voided_on'),
      reason: param('reason'),
      voided_by: param('voided_by'),
      created_at: param('created_at'),
    }),
  );
const insertContributionVoid = voidInsert('contribution_history_voids');
const insertWelfareVoid = voidInsert('welfare_history_voids');

function voidValues(input: HistoryVoidInput) {
  return {
    history_id: input.historyId,
    voided_on: input.voidedOn,
    reason: input.reason,
    voided_by: input.voidedBy,
    created_at: input.createdAt,
  };
}

/** The void row; its trigger marks the line voided and frees its months. */
export function voidContributionHistoryLine(connection: Connection, input: HistoryVoidInput): void {
  insertContributionVoid.run(connection, voidValues(input));
}

/** The void row; its trigger marks the payment voided, so caps no longer count it. */
export function voidWelfareHistoryLine(connection: Connection, input: HistoryVoidInput): void {
  insertWelfareVoid.run(connection, voidValues(input));
}

const selectCountedMonths = defineSqlStatement<{ id: number }, { months: number }>(
  () => sql`
    SELECT COUNT(*) AS months
      FROM contribution_history_months AS hm
      JOIN members AS m ON m.id = hm.member_id
     WHERE hm.history_id = ${param('id')} AND hm.period_index >= m.dues_start_index`,
);

/** A line's months in the member's paid-month counter (those from her dues start on), read before its void frees them. */
export function countedHistoryMonths(connection: Connection, historyId: number): number {
  return selectCountedMonths.get(connection, { id: historyId })?.months ?? 0;
}
