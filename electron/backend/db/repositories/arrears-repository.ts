import { sql } from 'kysely';
import { defineSqlStatement, param, type Connection } from '../execute';

/*
 * The fund-wide arrears list without scanning ten years of payments. For each member, with the dues columns
 * kept in step with status events and receipts:
 *   arrears = owed months up to the horizon − months paid + months paid beyond the horizon (in advance).
 * Paid months always lie inside owed months (the domain and the trigger see to that), which makes it exact.
 * Only the advance months are read from receipt_months, through its period index (named, because the planner
 * would otherwise walk the member index to group), and the two parts are joined in memory.
 */
const selectAdvance = defineSqlStatement<{ horizon: string }, { member_id: number; months: number }>(
  () => sql`
    SELECT rm.member_id, COUNT(*) AS months
      FROM receipt_months AS rm INDEXED BY receipt_months_period
     WHERE rm.period > ${param('horizon')}
       AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = rm.receipt_id)
     GROUP BY rm.member_id`,
);

const selectBase = defineSqlStatement<{ horizon_next: number }, { id: number; base: number }>(
  () => sql`
    SELECT id,
           closed_owed_months
             + MAX(0, MIN(${param('horizon_next')}, COALESCE(dues_end_index, ${param('horizon_next')})) - dues_start_index)
             - paid_months AS base
      FROM members
     WHERE dues_start_index IS NOT NULL`,
);

/** Months behind at the horizon, for every member who is at least `minMonths` behind. */
export function membersInArrears(connection: Connection, horizon: string, horizonIndex: number, minMonths: number): Map<number, number> {
  const advance = new Map(selectAdvance.all(connection, { horizon }).map((row) => [row.member_id, row.months]));
  const behind = new Map<number, number>();
  for (const row of selectBase.all(connection, { horizon_next: horizonIndex + 1 })) {
    const arrears = row.base + (advance.get(row.id) ?? 0);
    if (arrears >= minMonths) behind.set(row.id, arrears);
  }
  return behind;
}
