import { sql } from 'kysely';
import { defineSqlStatement, param, type Connection } from '../execute';

/** A member as the register prints her: who, where, since when, and her status now. */
export type RegisterMemberRow = {
  id: number;
  memberNo: string;
  citizenId: string | null;
  title: string;
  firstName: string;
  lastName: string;
  gender: 'male' | 'female';
  birthDate: string;
  houseNo: string;
  villageId: number | null;
  moo: number | null;
  village: string;
  approvedOn: string;
  status: 'active' | 'resigned' | 'deceased' | 'lapsed';
  statusSince: string;
};

type Row = {
  id: number;
  member_no: string;
  citizen_id: string | null;
  title: string;
  first_name: string;
  last_name: string;
  gender: 'male' | 'female';
  birth_date: string;
  house_no: string;
  village_id: number | null;
  moo: number | null;
  village: string;
  approved_on: string;
  status: RegisterMemberRow['status'];
  status_since: string;
};

const selectMembers = defineSqlStatement<{ village_id: number | null }, Row>(
  () => sql`
    SELECT m.id, m.member_no, m.citizen_id, m.title, m.first_name, m.last_name, m.gender, m.birth_date, m.house_no,
           m.village_id, v.moo, COALESCE(v.name, '') AS village, m.approved_on,
           m.status, m.status_since
      FROM members AS m LEFT JOIN villages AS v ON v.id = m.village_id
     WHERE m.voided_on IS NULL AND (${param('village_id')} IS NULL OR m.village_id = ${param('village_id')})
     ORDER BY m.member_seq`,
);

/** Every registered member (voided registrations left out), in register order; of one village when asked. */
export function listRegisterMembers(connection: Connection, villageId: number | null): RegisterMemberRow[] {
  return selectMembers.all(connection, { village_id: villageId }).map((row) => ({
    id: row.id,
    memberNo: row.member_no,
    citizenId: row.citizen_id,
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    gender: row.gender,
    birthDate: row.birth_date,
    houseNo: row.house_no,
    villageId: row.village_id,
    moo: row.moo,
    village: row.village,
    approvedOn: row.approved_on,
    status: row.status,
    statusSince: row.status_since,
  }));
}

/*
 * A member's contributions to date without reading every receipt line of ten years: the receipts' totals kept
 * by member (member_receipts, one covering scan), less the few entry fees among them and the few receipts voided.
 */
const selectReceiptTotals = defineSqlStatement<Record<string, never>, { member_id: number; satang: number }>(
  () => sql`SELECT member_id, SUM(total_satang) AS satang FROM member_receipts GROUP BY member_id`,
);
const selectNotContributions = defineSqlStatement<Record<string, never>, { member_id: number; satang: number }>(
  () => sql`
    SELECT r.member_id, SUM(l.amount_satang) AS satang
      FROM member_receipts AS mr
      JOIN receipts AS r ON r.id = mr.receipt_id
      JOIN receipt_lines AS l ON l.receipt_id = r.id AND l.kind = 'entry-fee'
     WHERE mr.has_entry_fee = 1
     GROUP BY r.member_id
    UNION ALL
    SELECT r.member_id, SUM(l.amount_satang) AS satang
      FROM receipt_voids AS v
      JOIN receipts AS r ON r.id = v.receipt_id
      JOIN receipt_lines AS l ON l.receipt_id = r.id AND l.kind = 'contribution'
     GROUP BY r.member_id`,
);

/** Each member's contributions paid and not voided, in satang (members who never paid are left out). */
export function contributionsByMember(connection: Connection): Map<number, number> {
  const byMember = new Map<number, number>();
  for (const row of selectReceiptTotals.all(connection, {})) byMember.set(row.member_id, row.satang);
  for (const row of selectNotContributions.all(connection, {}))
    byMember.set(row.member_id, (byMember.get(row.member_id) ?? 0) - row.satang);
  return byMember;
}
