import type { DuesSummary } from '../../../../shared/domain/contributions/dues-summary';
import { defineBulkInsert, defineStatement, type Connection } from '../execute';
import type { MemberCategoriesTable, MembersTable, MemberVersionsTable } from '../schema';
import { profileColumnNames, profileToColumns, type NewMember } from './member-repository';

/** A member admitted with many others (an import): her number, keys, first version and dues already worked out. */
export type AdmittedMember = Omit<NewMember, 'status' | 'statusSince' | 'version'> & { id: number; dues: DuesSummary; actor: string };

// A member admitted now was never voided nor cleared: those columns keep their defaults.
type MemberRow = Omit<MembersTable, 'voided_on' | 'void_reason' | 'voided_by' | 'personal_cleared_on' | 'personal_cleared_ref'>;
const memberColumns: readonly (keyof MemberRow)[] = [
  ...profileColumnNames,
  'id',
  'uuid',
  'member_seq',
  'member_no',
  'approval_resolution_id',
  'status',
  'status_since',
  'dues_start_index',
  'dues_end_index',
  'closed_owed_months',
  'paid_months',
  'last_paid_period',
  'version',
  'created_at',
  'updated_at',
];

const insertMemberRows = defineBulkInsert<'members', MemberRow>('members', memberColumns);
const insertCategoryRows = defineBulkInsert<'member_categories', MemberCategoriesTable>(
  'member_categories',
  ['member_id', 'category'],
  500,
);
const insertVersionRows = defineBulkInsert<'member_versions', MemberVersionsTable>('member_versions', [
  'member_id',
  'version',
  'profile_json',
  'recorded_at',
  'actor',
]);

const selectLastMemberId = defineStatement<Record<string, never>, { id: number | null }>((db) =>
  db.selectFrom('members').select((eb) => eb.fn.max('id').as('id')),
);

/** The id the next member will get inside this transaction (as SQLite would give it: one past the largest). */
export function nextMemberId(connection: Connection): number {
  return (selectLastMemberId.get(connection, {})?.id ?? 0) + 1;
}

/**
 * Members with their categories and first versions, many rows per statement: the same rows `insertMember`,
 * `updateMemberDues`, `setMemberCategories` and `insertMemberVersion` leave for one member, written at once.
 */
export function insertAdmittedMembers(connection: Connection, members: readonly AdmittedMember[]): void {
  insertMemberRows(
    connection,
    members.map((member) => ({
      ...profileToColumns(member.profile, member.keys),
      id: member.id,
      uuid: member.uuid,
      member_seq: member.memberSeq,
      member_no: member.memberNo,
      approval_resolution_id: member.approvalResolutionId,
      status: member.dues.status,
      status_since: member.dues.statusSince,
      dues_start_index: member.dues.duesStartIndex,
      dues_end_index: member.dues.duesEndIndex,
      closed_owed_months: member.dues.closedOwedMonths,
      paid_months: 0,
      last_paid_period: null,
      version: 1,
      created_at: member.createdAt,
      updated_at: member.createdAt,
    })),
  );
  insertCategoryRows(
    connection,
    members.flatMap((member) => member.profile.categories.map((category) => ({ member_id: member.id, category }))),
  );
  insertVersionRows(
    connection,
    members.map((member) => ({
      member_id: member.id,
      version: 1,
      profile_json: JSON.stringify(member.profile),
      recorded_at: member.createdAt,
      actor: member.actor,
    })),
  );
}
