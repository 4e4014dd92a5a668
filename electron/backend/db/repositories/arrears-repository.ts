import type { ArrearsRow } from '../../../../shared/api/fund-types';
import { sql } from 'kysely';
import { defineSqlStatement, param, type Connection } from '../execute';

type Args = { horizon: string; horizon_next: number; min_months: number };

/*
 * Arrears for every member in one pass over `members`, using the dues columns kept in step with status events
 * and receipts: owed months up to the horizon, minus months paid, plus back the few months paid in advance
 * (beyond the horizon). Only the advance months are read from receipt_months, through its period index, so
 * the list never scans ten years of payments. Paid months always lie inside owed months (the domain and the
 * trigger see to that), which is what makes the subtraction exact.
 */
const owedSql = () => sql`
  WITH advance AS (
    SELECT rm.member_id, COUNT(*) AS months FROM receipt_months AS rm
     WHERE rm.period > ${param('horizon')}
       AND NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = rm.receipt_id)
     GROUP BY rm.member_id
  ), owed AS (
    SELECT m.id, m.member_no, m.title, m.first_name, m.last_name, m.moo, m.sort_key,
           m.closed_owed_months
             + MAX(0, MIN(${param('horizon_next')}, COALESCE(m.dues_end_index, ${param('horizon_next')})) - m.dues_start_index)
             - (m.paid_months - COALESCE(a.months, 0)) AS arrears
      FROM members AS m LEFT JOIN advance AS a ON a.member_id = m.id
     WHERE m.dues_start_index IS NOT NULL
  )`;

const countArrears = defineSqlStatement<Args, { total: number }>(
  () => sql`${owedSql()} SELECT COUNT(*) AS total FROM owed WHERE arrears >= ${param('min_months')}`,
);

const pageArrears = defineSqlStatement<
  Args & { limit: number; offset: number },
  { id: number; member_no: string; title: string; first_name: string; last_name: string; moo: number | null; arrears: number }
>(
  () => sql`${owedSql()}
    SELECT id, member_no, title, first_name, last_name, moo, arrears FROM owed
     WHERE arrears >= ${param('min_months')}
     ORDER BY arrears DESC, sort_key, id LIMIT ${param('limit')} OFFSET ${param('offset')}`,
);

export function arrearsPage(
  connection: Connection,
  args: { horizon: string; horizonIndex: number; minMonths: number; offset: number; limit: number },
): { total: number; rows: Omit<ArrearsRow, 'oldestUnpaid'>[] } {
  const base = { horizon: args.horizon, horizon_next: args.horizonIndex + 1, min_months: args.minMonths };
  return {
    total: countArrears.get(connection, base)?.total ?? 0,
    rows: pageArrears.all(connection, { ...base, limit: args.limit, offset: args.offset }).map((row) => ({
      memberId: row.id,
      memberNo: row.member_no,
      fullName: `${row.title}${row.first_name} ${row.last_name}`,
      moo: row.moo,
      arrearsMonths: row.arrears,
    })),
  };
}
