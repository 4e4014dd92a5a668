import { sql } from 'kysely';
import type { DuesSummary } from '../../../../shared/domain/contributions/dues-summary';
import type { MemberStatus } from '../../../../shared/domain/members/spells';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';

/** What a member's dues summary is derived from, and the summary kept now: read for every member at once. */
export type MemberDuesFields = {
  id: number;
  appliedOn: string;
  approvedOn: string;
  paidThroughPeriod: string | null;
  summary: DuesSummary;
};

const selectDuesFields = defineStatement<
  Record<string, never>,
  {
    id: number;
    applied_on: string;
    approved_on: string;
    paid_through_period: string | null;
    status: string;
    status_since: string;
    dues_start_index: number | null;
    dues_end_index: number | null;
    closed_owed_months: number;
  }
>((db) =>
  db
    .selectFrom('members')
    .select([
      'id',
      'applied_on',
      'approved_on',
      'paid_through_period',
      'status',
      'status_since',
      'dues_start_index',
      'dues_end_index',
      'closed_owed_months',
    ])
    .orderBy('id'),
);

/** Every member's dates and dues summary, for re-deriving the summaries after a change of the fund's dues settings. */
export function listMemberDuesFields(connection: Connection): MemberDuesFields[] {
  return selectDuesFields.all(connection, {}).map((row) => ({
    id: row.id,
    appliedOn: row.applied_on,
    approvedOn: row.approved_on,
    paidThroughPeriod: row.paid_through_period,
    summary: {
      status: row.status as MemberStatus,
      statusSince: row.status_since,
      duesStartIndex: row.dues_start_index,
      duesEndIndex: row.dues_end_index,
      closedOwedMonths: row.closed_owed_months,
    },
  }));
}

const selectPaidBeforeApproval = defineSqlStatement<{ opened_on: string }, { member_no: string; period: string }>(
  () => sql`
    SELECT m.member_no, rm.period
      FROM members AS m
      JOIN receipt_months AS rm ON rm.member_id = m.id
     WHERE m.approved_on >= ${param('opened_on')}
       AND rm.period < substr(m.approved_on, 1, 7)
       AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = rm.receipt_id)
     ORDER BY m.member_seq, rm.period
     LIMIT 1`,
);

/**
 * A member (joined since the fund opened) with a month paid before the month of approval, and that month:
 * dues counted from the application month allow it, from the approval month they would not.
 */
export function findPaidBeforeApproval(connection: Connection, openedOn: string): { memberNo: string; period: string } | undefined {
  const row = selectPaidBeforeApproval.get(connection, { opened_on: openedOn });
  return row && { memberNo: row.member_no, period: row.period };
}
