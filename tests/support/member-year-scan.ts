import type Database from 'better-sqlite3';

export type MemberYearTotal = { member_id: number; fiscal_year: number; months: number; satang: number };

/**
 * Per member and fiscal year, the months and money of receipts not voided, counted from the receipts themselves:
 * what the kept `member_year_totals` must always equal (zero rows, left by voids, aside).
 */
export function scannedMemberYears(db: Database.Database): MemberYearTotal[] {
  return db
    .prepare(
      `SELECT r.member_id, r.fiscal_year,
              sum((SELECT count(*) FROM receipt_months AS rm WHERE rm.receipt_id = r.id)) AS months,
              sum(r.total_satang) AS satang
         FROM receipts AS r
        WHERE NOT EXISTS (SELECT 1 FROM receipt_voids AS v WHERE v.receipt_id = r.id)
        GROUP BY r.member_id, r.fiscal_year
        ORDER BY r.member_id, r.fiscal_year`,
    )
    .all() as MemberYearTotal[];
}

export function keptMemberYears(db: Database.Database): MemberYearTotal[] {
  return db
    .prepare(
      `SELECT member_id, fiscal_year, months, satang FROM member_year_totals
        WHERE satang > 0 ORDER BY member_id, fiscal_year`,
    )
    .all() as MemberYearTotal[];
}
