import { sql } from 'kysely';
import type { CommitteeSeat, CommitteeSettings, CommitteeTerm } from '../../../../shared/api/committee-types';
import {
  committeePositions,
  communityRoles,
  type CommitteePosition,
  type CommunityRole,
} from '../../../../shared/domain/committee/committee';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';
import type { CommitteeSeatsTable, CommitteeTermsTable } from '../schema';

const selectSettings = defineStatement<Record<string, never>, { seats_must_be_members: number }>((db) =>
  db.selectFrom('committee_settings').select('seats_must_be_members').where('id', '=', 1),
);

export function readCommitteeSettings(connection: Connection): CommitteeSettings {
  return { seatsMustBeMembers: selectSettings.get(connection, {})?.seats_must_be_members === 1 };
}

const updateSettingsStatement = defineStatement<{ seats_must_be_members: number }>((db) =>
  db
    .updateTable('committee_settings')
    .set({ seats_must_be_members: param('seats_must_be_members') })
    .where('id', '=', 1),
);

export function saveCommitteeSettings(connection: Connection, settings: CommitteeSettings): void {
  updateSettingsStatement.run(connection, { seats_must_be_members: settings.seatsMustBeMembers ? 1 : 0 });
}

type TermRow = CommitteeTermsTable;
type SeatRow = CommitteeSeatsTable & {
  member_no: string | null;
  member_name: string | null;
  village_code: string | null;
  village_moo: number | null;
  village_name: string | null;
};

const selectTerms = defineStatement<Record<string, never>, TermRow>((db) =>
  db.selectFrom('committee_terms').selectAll().orderBy('starts_on', 'desc'),
);

const seatColumns = sql`
  s.*, m.member_no AS member_no, m.title || m.first_name || ' ' || m.last_name AS member_name,
  v.code AS village_code, v.moo AS village_moo, v.name AS village_name`;
const selectSeats = defineSqlStatement<Record<string, never>, SeatRow>(
  () => sql`
    SELECT ${seatColumns}
      FROM committee_seats AS s
      LEFT JOIN members AS m ON m.id = s.member_id
      LEFT JOIN villages AS v ON v.id = s.village_id
     ORDER BY s.term_id, s.starts_on, s.id`,
);
const selectSeat = defineSqlStatement<{ id: number }, SeatRow>(
  () => sql`
    SELECT ${seatColumns}
      FROM committee_seats AS s
      LEFT JOIN members AS m ON m.id = s.member_id
      LEFT JOIN villages AS v ON v.id = s.village_id
     WHERE s.id = ${param('id')}`,
);

const positionOf = (value: string): CommitteePosition => committeePositions.find((position) => position === value) ?? 'member';
const roleOf = (value: string): CommunityRole => communityRoles.find((role) => role === value) ?? 'other';

function seatOf(row: SeatRow): CommitteeSeat {
  return {
    id: row.id,
    uuid: row.uuid,
    termId: row.term_id,
    memberId: row.member_id,
    memberNo: row.member_no,
    fullName: row.member_name ?? row.outsider_name,
    position: positionOf(row.position),
    communityRole: roleOf(row.community_role),
    village:
      row.village_id === null ? null : { id: row.village_id, code: row.village_code, moo: row.village_moo, name: row.village_name ?? '' },
    roleNote: row.role_note,
    phone: row.phone,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    endReason: row.end_reason,
    version: row.version,
  };
}

/** Every term, newest first, each with every seat it has had (the committee is tens of rows, read whole). */
export function listCommitteeTerms(connection: Connection): CommitteeTerm[] {
  const seats = new Map<number, CommitteeSeat[]>();
  for (const row of selectSeats.all(connection, {})) {
    const list = seats.get(row.term_id) ?? [];
    list.push(seatOf(row));
    seats.set(row.term_id, list);
  }
  return selectTerms.all(connection, {}).map((row) => ({
    id: row.id,
    uuid: row.uuid,
    termNo: row.term_no,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    appointedBy: row.appointed_by,
    appointedByResolutionId: row.appointed_by_resolution_id,
    seats: seats.get(row.id) ?? [],
  }));
}

export function findCommitteeSeat(connection: Connection, id: number): CommitteeSeat | undefined {
  const row = selectSeat.get(connection, { id });
  return row && seatOf(row);
}

const insertTermStatement = defineStatement<Omit<TermRow, 'id'>>((db) =>
  db.insertInto('committee_terms').values({
    uuid: param('uuid'),
    term_no: param('term_no'),
    starts_on: param('starts_on'),
    ends_on: param('ends_on'),
    appointed_by: param('appointed_by'),
    appointed_by_resolution_id: param('appointed_by_resolution_id'),
    created_at: param('created_at'),
  }),
);

export type NewCommitteeTerm = Pick<CommitteeTerm, 'termNo' | 'startsOn' | 'endsOn' | 'appointedBy' | 'appointedByResolutionId'> & {
  uuid: string;
  createdAt: string;
};

export function insertCommitteeTerm(connection: Connection, term: NewCommitteeTerm): number {
  return Number(
    insertTermStatement.run(connection, {
      uuid: term.uuid,
      term_no: term.termNo,
      starts_on: term.startsOn,
      ends_on: term.endsOn,
      appointed_by: term.appointedBy,
      appointed_by_resolution_id: term.appointedByResolutionId,
      created_at: term.createdAt,
    }).lastInsertRowid,
  );
}

const insertSeatStatement = defineStatement<
  Omit<SeatRow, 'id' | 'member_no' | 'member_name' | 'village_code' | 'village_moo' | 'village_name'>
>((db) =>
  db.insertInto('committee_seats').values({
    uuid: param('uuid'),
    term_id: param('term_id'),
    member_id: param('member_id'),
    outsider_name: param('outsider_name'),
    position: param('position'),
    community_role: param('community_role'),
    village_id: param('village_id'),
    role_note: param('role_note'),
    phone: param('phone'),
    starts_on: param('starts_on'),
    ends_on: param('ends_on'),
    end_reason: param('end_reason'),
    version: param('version'),
    created_at: param('created_at'),
    updated_at: param('updated_at'),
  }),
);

/** What the use case writes for a new seat. */
export type NewCommitteeSeat = {
  uuid: string;
  termId: number;
  memberId: number | null;
  outsiderName: string;
  position: CommitteePosition;
  communityRole: CommunityRole;
  villageId: number | null;
  roleNote: string;
  phone: string;
  startsOn: string;
  endsOn: string | null;
  createdAt: string;
};

export function insertCommitteeSeat(connection: Connection, seat: NewCommitteeSeat): number {
  return Number(
    insertSeatStatement.run(connection, {
      uuid: seat.uuid,
      term_id: seat.termId,
      member_id: seat.memberId,
      outsider_name: seat.outsiderName,
      position: seat.position,
      community_role: seat.communityRole,
      village_id: seat.villageId,
      role_note: seat.roleNote,
      phone: seat.phone,
      starts_on: seat.startsOn,
      ends_on: seat.endsOn,
      end_reason: '',
      version: 1,
      created_at: seat.createdAt,
      updated_at: seat.createdAt,
    }).lastInsertRowid,
  );
}

const endSeatStatement = defineStatement<{ id: number; ends_on: string; end_reason: string; version: number; updated_at: string }>((db) =>
  db
    .updateTable('committee_seats')
    .set({ ends_on: param('ends_on'), end_reason: param('end_reason'), version: param('version'), updated_at: param('updated_at') })
    .where('id', '=', param('id')),
);

export function endCommitteeSeat(
  connection: Connection,
  change: { id: number; endsOn: string; endReason: string; version: number; updatedAt: string },
): void {
  endSeatStatement.run(connection, {
    id: change.id,
    ends_on: change.endsOn,
    end_reason: change.endReason,
    version: change.version,
    updated_at: change.updatedAt,
  });
}
