import { sql } from 'kysely';
import { defineSqlStatement, param, type Connection } from '../execute';

/*
 * The parts of the fund-wide arrears list as of a day, read without scanning ten years of payments. For a
 * member with one spell whose status events, receipts and voids are all as the step expects, with the dues
 * columns kept in step with status events and receipts:
 *   arrears = owed months up to the horizon − months paid now
 *             + months paid now beyond the horizon (in advance)
 *             + months up to the horizon paid by receipts received after the day.
 * Only the advance and the late months are read from receipt_months, through the period index and the
 * receipts' received_on index (named, because the planner would otherwise walk the member index to group), and
 * the parts are joined in memory by the step, which hands any other member to the pure function.
 */
const selectAdvance = defineSqlStatement<{ horizon: string }, { member_id: number; months: number }>(
  () => sql`
    SELECT rm.member_id, COUNT(*) AS months
      FROM receipt_months AS rm INDEXED BY receipt_months_period
     WHERE rm.period > ${param('horizon')}
       AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = rm.receipt_id)
     GROUP BY rm.member_id`,
);

const selectLate = defineSqlStatement<{ as_of: string; horizon: string }, { member_id: number; months: number }>(
  () => sql`
    SELECT r.member_id, COUNT(*) AS months
      FROM receipts AS r INDEXED BY receipts_received
      JOIN receipt_months AS rm ON rm.receipt_id = r.id
     WHERE r.received_on > ${param('as_of')}
       AND rm.period <= ${param('horizon')}
       AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = r.id)
     GROUP BY r.member_id`,
);

const selectVoidedAfter = defineSqlStatement<{ as_of: string }, { member_id: number }>(
  () => sql`
    SELECT DISTINCT r.member_id
      FROM receipt_voids AS v
      JOIN receipts AS r ON r.id = v.receipt_id
     WHERE v.voided_on > ${param('as_of')}`,
);

const selectBase = defineSqlStatement<
  { as_of: string; horizon_next: number },
  { id: number; base: number; dues_end_index: number | null; last_paid_period: string | null }
>(
  () => sql`
    SELECT id,
           closed_owed_months
             + MAX(0, MIN(${param('horizon_next')}, COALESCE(dues_end_index, ${param('horizon_next')})) - dues_start_index)
             - paid_months AS base,
           dues_end_index,
           last_paid_period
      FROM members
     WHERE dues_start_index IS NOT NULL
       AND approved_on <= ${param('as_of')}`,
);

/** A member approved by the day: owed up to the horizon less every month paid now, and what the step checks. */
export type ArrearsBase = { memberId: number; owedLessPaid: number; duesEndIndex: number | null; lastPaidPeriod: string | null };

export type ArrearsParts = {
  members: ArrearsBase[];
  /** Months paid now beyond the horizon, per member. */
  advance: Map<number, number>;
  /** Months up to the horizon paid now by receipts received after the day, per member. */
  late: Map<number, number>;
  /** Members with a receipt voided after the day: on the day it still counted. */
  voidedAfter: Set<number>;
};

/** The parts of every member's arrears on `asOf`, whose overdue months run through `horizon`. */
export function arrearsParts(connection: Connection, asOf: string, horizon: string, horizonIndex: number): ArrearsParts {
  const byMember = (rows: { member_id: number; months: number }[]) => new Map(rows.map((row) => [row.member_id, row.months]));
  return {
    members: selectBase.all(connection, { as_of: asOf, horizon_next: horizonIndex + 1 }).map((row) => ({
      memberId: row.id,
      owedLessPaid: row.base,
      duesEndIndex: row.dues_end_index,
      lastPaidPeriod: row.last_paid_period,
    })),
    advance: byMember(selectAdvance.all(connection, { horizon })),
    late: byMember(selectLate.all(connection, { as_of: asOf, horizon })),
    voidedAfter: new Set(selectVoidedAfter.all(connection, { as_of: asOf }).map((row) => row.member_id)),
  };
}
