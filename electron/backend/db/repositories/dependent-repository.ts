import type { Dependent } from '../../../../shared/api/fund-types';
import { defineStatement, param, type Connection } from '../execute';
import { newRecordId } from '../record-ids';
import type { MemberDependentsTable } from '../schema';

const insertStatement = defineStatement<Omit<MemberDependentsTable, 'id'>>((db) =>
  db.insertInto('member_dependents').values({
    uuid: param('uuid'),
    member_id: param('member_id'),
    full_name: param('full_name'),
    relationship: param('relationship'),
    gender: param('gender'),
    birth_date: param('birth_date'),
    citizen_id: param('citizen_id'),
    created_at: param('created_at'),
  }),
);

export function insertDependent(
  connection: Connection,
  dependent: Omit<Dependent, 'id'> & { memberId: number; createdAt: string },
): number {
  return Number(
    insertStatement.run(connection, {
      uuid: newRecordId(),
      member_id: dependent.memberId,
      full_name: dependent.fullName,
      relationship: dependent.relationship,
      gender: dependent.gender,
      birth_date: dependent.birthDate,
      citizen_id: dependent.citizenId,
      created_at: dependent.createdAt,
    }).lastInsertRowid,
  );
}

const selectForMember = defineStatement<{ member_id: number }, MemberDependentsTable>((db) =>
  db.selectFrom('member_dependents').selectAll().where('member_id', '=', param('member_id')).orderBy('id'),
);

export function listDependents(connection: Connection, memberId: number): Dependent[] {
  return selectForMember.all(connection, { member_id: memberId }).map((row) => ({
    id: row.id,
    fullName: row.full_name,
    relationship: row.relationship as Dependent['relationship'],
    gender: row.gender as Dependent['gender'],
    birthDate: row.birth_date,
    citizenId: row.citizen_id,
  }));
}
