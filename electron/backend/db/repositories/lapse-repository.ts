import { sql } from 'kysely';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';

const selectSetting = defineStatement<Record<string, never>, { lapse_proposal_months: number }>((db) =>
  db.selectFrom('fund').select('lapse_proposal_months').where('id', '=', 1),
);
const updateSetting = defineStatement<{ lapse_proposal_months: number }>((db) =>
  db
    .updateTable('fund')
    .set({ lapse_proposal_months: param('lapse_proposal_months') })
    .where('id', '=', 1),
);

/** How many overdue months put a member on the committee's list of proposed lapses (Decision 8). */
export function readLapseProposalMonths(connection: Connection): number {
  return selectSetting.get(connection, {})?.lapse_proposal_months ?? 3;
}

export function writeLapseProposalMonths(connection: Connection, months: number): void {
  updateSetting.run(connection, { lapse_proposal_months: months });
}

// Walks the member's own receipts backwards by the (member, date) index, so a list of thousands stays quick.
const selectLastPayment = defineSqlStatement<{ member_id: number; as_of: string }, { received_on: string }>(
  () => sql`
    SELECT r.received_on
      FROM receipts AS r INDEXED BY receipts_member
     WHERE r.member_id = ${param('member_id')}
       AND r.received_on <= ${param('as_of')}
       AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = r.id AND v.voided_on <= ${param('as_of')})
     ORDER BY r.received_on DESC
     LIMIT 1`,
);

/** The day of the member's last receipt as the fund stood at the end of `asOf` (a void made later does not count). */
export function lastPaymentOn(connection: Connection, memberId: number, asOf: string): string | null {
  return selectLastPayment.get(connection, { member_id: memberId, as_of: asOf })?.received_on ?? null;
}
