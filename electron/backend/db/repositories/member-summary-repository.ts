import type { StoredMemberCategory } from '../../../../shared/domain/members/member-categories';
import { defineStatement, type Connection } from '../execute';

/** A member as the member summary reads her: when she was born and approved, where she lives. */
export type SummaryMemberRow = { id: number; birthDate: string; approvedOn: string; villageId: number | null };

const selectMembers = defineStatement<
  Record<string, never>,
  { id: number; birth_date: string; approved_on: string; village_id: number | null }
>((db) => db.selectFrom('members').select(['id', 'birth_date', 'approved_on', 'village_id']).where('voided_on', 'is', null).orderBy('id'));

/** Every member not voided, in register order (30,000 short rows: one read). */
export function listSummaryMembers(connection: Connection): SummaryMemberRow[] {
  return selectMembers
    .all(connection, {})
    .map((row) => ({ id: row.id, birthDate: row.birth_date, approvedOn: row.approved_on, villageId: row.village_id }));
}

const selectFlags = defineStatement<Record<string, never>, { member_id: number; category: string }>((db) =>
  db.selectFrom('member_categories').select(['member_id', 'category']),
);

/** Every member's status-form flags at once. */
export function categoryFlagsByMember(connection: Connection): Map<number, StoredMemberCategory[]> {
  const byMember = new Map<number, StoredMemberCategory[]>();
  for (const row of selectFlags.all(connection, {})) {
    const list = byMember.get(row.member_id) ?? [];
    list.push(row.category as StoredMemberCategory);
    byMember.set(row.member_id, list);
  }
  return byMember;
}
