import { sql } from 'kysely';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';
import { memberDuesOf, type MemberDues, type MemberDuesRow } from './member-repository';

/*
 * The fund-wide arrears list as of a day, without scanning ten years of payments. For a member with one spell
 * whose status events, receipts and voids are all as the step expects, with the dues columns kept in step with
 * status events and receipts:
 *   arrears = owed months up to the horizon − months paid now
 *             + months paid now beyond the horizon (in advance)
 *             + months up to the horizon paid by receipts received after the day.
 * Only the advance and the late months are read from receipt_months, through the period index and the
 * receipts' received_on index (named, because the planner would otherwise walk the member index to group).
 * Memo history from before the opening date (Decision 10) counts like receipts: its months from the member's
 * dues start on are in the paid-month counter, so its months ahead of the horizon and its months paid after the
 * day are read the same way (the history's own period and paid-on indexes).
 * One pass over the members keeps those at least `min_months` behind, and every member the arithmetic may not
 * answer (any status event, an ended spell, a receipt voided after the day): the step hands those to the pure
 * function.
 */
const voidedAfter = sql`
  SELECT r.member_id
    FROM receipt_voids AS v
   CROSS JOIN receipts AS r ON r.id = v.receipt_id
   WHERE v.voided_on > ${param('as_of')}`;

const selectCandidates = defineSqlStatement<
  { as_of: string; horizon: string; horizon_next: number; min_months: number },
  { id: number; months: number; late: number; dues_end_index: number | null; last_paid_period: string | null; has_events: number }
>(
  () => sql`
    WITH advance AS (
           SELECT member_id, SUM(months) AS months FROM (
             SELECT rm.member_id, COUNT(*) AS months
               FROM receipt_months AS rm INDEXED BY receipt_months_period
              WHERE rm.period > ${param('horizon')}
                AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = rm.receipt_id)
              GROUP BY rm.member_id
             UNION ALL
             SELECT hm.member_id, COUNT(*) AS months
               FROM contribution_history_months AS hm INDEXED BY contribution_history_months_period
               JOIN members AS hmm ON hmm.id = hm.member_id
              WHERE hm.period > ${param('horizon')} AND hm.period_index >= hmm.dues_start_index
              GROUP BY hm.member_id)
            GROUP BY member_id),
         late AS (
           SELECT member_id, SUM(months) AS months FROM (
             SELECT r.member_id, COUNT(*) AS months
               FROM receipts AS r INDEXED BY receipts_received
               JOIN receipt_months AS rm ON rm.receipt_id = r.id
              WHERE r.received_on > ${param('as_of')}
                AND rm.period <= ${param('horizon')}
                AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = r.id)
              GROUP BY r.member_id
             UNION ALL
             SELECT hm.member_id, COUNT(*) AS months
               FROM contribution_history AS h INDEXED BY contribution_history_paid
               JOIN contribution_history_months AS hm ON hm.history_id = h.id
               JOIN members AS hmm ON hmm.id = hm.member_id
              WHERE h.paid_on > ${param('as_of')}
                AND hm.period <= ${param('horizon')}
                AND hm.period_index >= hmm.dues_start_index
              GROUP BY hm.member_id)
            GROUP BY member_id),
         counted AS (
           SELECT m.id, m.dues_end_index, m.last_paid_period,
                  m.closed_owed_months
                    + MAX(0, MIN(${param('horizon_next')}, COALESCE(m.dues_end_index, ${param('horizon_next')})) - m.dues_start_index)
                    - m.paid_months + COALESCE(advance.months, 0) + COALESCE(late.months, 0) AS months,
                  COALESCE(late.months, 0) AS late,
                  EXISTS (SELECT 1 FROM member_status_events AS e WHERE e.member_id = m.id AND e.voided_on IS NULL) AS has_events
             FROM members AS m
             LEFT JOIN advance ON advance.member_id = m.id
             LEFT JOIN late ON late.member_id = m.id
            WHERE m.dues_start_index IS NOT NULL
              AND m.approved_on <= ${param('as_of')})
    SELECT id, months, late, dues_end_index, last_paid_period, has_events
      FROM counted
     WHERE months >= ${param('min_months')}
        OR has_events
        OR dues_end_index IS NOT NULL
        OR id IN (${voidedAfter})`,
);

const selectVoidedAfter = defineSqlStatement<{ as_of: string }, { member_id: number }>(
  () => sql`SELECT DISTINCT member_id FROM (${voidedAfter})`,
);

/** A member approved by the day, as the fast path counts them, with what tells the step whether that count holds. */
export type ArrearsCandidate = {
  memberId: number;
  /** The fast path's months behind; only right for a member the step finds regular. */
  months: number;
  /** Months up to the horizon paid by receipts received after the day. */
  lateMonths: number;
  duesEndIndex: number | null;
  lastPaidPeriod: string | null;
  hasEvents: boolean;
};

/**
 * Every member approved by `asOf` whom the fast path counts at least `minMonths` behind at `horizon`, and every
 * member it may count wrongly (to be worked out in full), with the members who had a receipt voided after the day.
 */
export function arrearsCandidates(
  connection: Connection,
  query: { asOf: string; horizon: string; horizonIndex: number; minMonths: number },
): { candidates: ArrearsCandidate[]; voidedAfter: Set<number> } {
  const rows = selectCandidates.all(connection, {
    as_of: query.asOf,
    horizon: query.horizon,
    horizon_next: query.horizonIndex + 1,
    min_months: query.minMonths,
  });
  return {
    candidates: rows.map((row) => ({
      memberId: row.id,
      months: row.months,
      lateMonths: row.late,
      duesEndIndex: row.dues_end_index,
      lastPaidPeriod: row.last_paid_period,
      hasEvents: row.has_events === 1,
    })),
    voidedAfter: new Set(selectVoidedAfter.all(connection, { as_of: query.asOf }).map((row) => row.member_id)),
  };
}

/** What a line of the arrears list shows and sorts by (her village from the register), with the dues fields. */
export type ArrearsMember = MemberDues & { villageId: number | null; moo: number | null; village: string; sortKey: string };

type ListMemberRow = MemberDuesRow & { village_id: number | null; moo: number | null; village: string | null; sort_key: string };
const selectListMember = defineStatement<{ id: number }, ListMemberRow>((db) =>
  db
    .selectFrom('members')
    .leftJoin('villages', 'villages.id', 'members.village_id')
    .select([
      'members.id',
      'members.member_no',
      'members.title',
      'members.first_name',
      'members.last_name',
      'members.applied_on',
      'members.approved_on',
      'members.paid_through_period',
      'members.paid_months',
      'members.last_paid_period',
      'members.village_id',
      'villages.moo',
      'villages.name as village',
      'members.sort_key',
    ])
    .where('members.id', '=', param('id')),
);

/** One member as the arrears list needs it: a thousand of these are read for a list, so only these columns. */
export function findArrearsMember(connection: Connection, id: number): ArrearsMember | undefined {
  const row = selectListMember.get(connection, { id });
  return row && { ...memberDuesOf(row), villageId: row.village_id, moo: row.moo, village: row.village ?? '', sortKey: row.sort_key };
}
