import { sql } from 'kysely';
import type { PersonalRecord } from '../../../../shared/api/sync-personal-format';
import { defineSqlStatement, type Connection } from '../execute';
import type { MembersTable } from '../schema';

/**
 * What the full-data option of a sync file carries (Decision 18, issue 18 §3): the members' names, IDs,
 * addresses and phones, their beneficiaries, and the names of their dependents and payees, which the pseudonymous
 * parts leave at home. Read only by the exporter, in memory, to be encrypted to the regional workspace's key.
 */

type MemberRow = Pick<
  MembersTable,
  | 'uuid'
  | 'citizen_id'
  | 'title'
  | 'first_name'
  | 'last_name'
  | 'birth_date'
  | 'phone'
  | 'house_no'
  | 'soi'
  | 'road'
  | 'subdistrict'
  | 'district'
  | 'province'
  | 'postcode'
  | 'beneficiaries_json'
> & { moo: number | null; village: string | null };
const selectMembers = defineSqlStatement<Record<string, never>, MemberRow>(
  () => sql`
    SELECT m.uuid, nullif(m.citizen_id, '') AS citizen_id, m.title, m.first_name, m.last_name, m.birth_date, m.phone,
           m.house_no, v.moo, v.name AS village, m.soi, m.road, m.subdistrict, m.district, m.province, m.postcode,
           m.beneficiaries_json
      FROM members AS m LEFT JOIN villages AS v ON v.id = m.village_id
     ORDER BY m.uuid`,
);

type DependentRow = { member_uuid: string; uuid: string; full_name: string; citizen_id: string | null };
const selectDependents = defineSqlStatement<Record<string, never>, DependentRow>(
  () => sql`
    SELECT m.uuid AS member_uuid, d.uuid, d.full_name, nullif(d.citizen_id, '') AS citizen_id
      FROM member_dependents AS d JOIN members AS m ON m.id = d.member_id
     ORDER BY d.uuid`,
);

type PayeeRow = { member_uuid: string; payout_uuid: string; payee_name: string };
const selectPayees = defineSqlStatement<Record<string, never>, PayeeRow>(
  () => sql`
    SELECT m.uuid AS member_uuid, p.uuid AS payout_uuid, p.payee_name
      FROM welfare_payments AS p JOIN welfare_claims AS c ON c.id = p.claim_id JOIN members AS m ON m.id = c.member_id
     ORDER BY p.uuid`,
);

export type PersonalMemberRow = {
  uuid: string;
  citizenId: string | null;
  title: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  phone: string;
  address: PersonalRecord['address'];
  /** The member form's list as kept (JSON text); the exporter shapes it. */
  beneficiariesJson: string;
};

export type PersonalDependentRow = { memberUuid: string; uuid: string; fullName: string; citizenId: string | null };
export type PersonalPayeeRow = { memberUuid: string; payoutUuid: string; payeeName: string };

export function readPersonalMembers(connection: Connection): PersonalMemberRow[] {
  return selectMembers.all(connection, {}).map((row) => ({
    uuid: row.uuid,
    citizenId: row.citizen_id,
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    phone: row.phone,
    address: {
      houseNo: row.house_no,
      moo: row.moo,
      village: row.village ?? '',
      soi: row.soi,
      road: row.road,
      subdistrict: row.subdistrict,
      district: row.district,
      province: row.province,
      postcode: row.postcode,
    },
    beneficiariesJson: row.beneficiaries_json,
  }));
}

/** Every dependent, by its UUID, with the member's. */
export function readPersonalDependents(connection: Connection): PersonalDependentRow[] {
  return selectDependents
    .all(connection, {})
    .map((row) => ({ memberUuid: row.member_uuid, uuid: row.uuid, fullName: row.full_name, citizenId: row.citizen_id }));
}

/** Every welfare payout's payee, by the payout's UUID, with the member whose claim it paid. */
export function readPersonalPayees(connection: Connection): PersonalPayeeRow[] {
  return selectPayees
    .all(connection, {})
    .map((row) => ({ memberUuid: row.member_uuid, payoutUuid: row.payout_uuid, payeeName: row.payee_name }));
}
