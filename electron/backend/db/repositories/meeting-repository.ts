import type {
  MeetingAttendee,
  MeetingKind,
  Resolution,
  ResolutionDecision,
  ResolutionTargetKind,
} from '../../../../shared/api/meeting-types';
import { sql } from 'kysely';
import { defineStatement, param, queryBuilder, runBuilt, type Connection } from '../execute';
import type { MeetingsTable } from '../schema';

/** A meeting as it is stored, without its agenda, attendance and resolutions. */
export type MeetingRecord = {
  id: number;
  uuid: string;
  kind: MeetingKind;
  meetingNo: number;
  meetingYear: number;
  meetingOn: string;
  startsAt: string;
  place: string;
  minutes: string;
  recordedAt: string | null;
  version: number;
};

export type NewMeeting = Omit<MeetingRecord, 'id' | 'minutes' | 'recordedAt' | 'version'> & { createdAt: string };

export type NewResolution = {
  uuid: string;
  resolutionNo: number;
  text: string;
  decision: ResolutionDecision;
  targetKind: ResolutionTargetKind;
  targetId: number | null;
};

function meetingOf(row: MeetingsTable): MeetingRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    kind: row.kind as MeetingKind,
    meetingNo: row.meeting_no,
    meetingYear: row.meeting_year,
    meetingOn: row.meeting_on,
    startsAt: row.starts_at,
    place: row.place,
    minutes: row.minutes,
    recordedAt: row.recorded_at,
    version: row.version,
  };
}

const selectMeeting = defineStatement<{ id: number }, MeetingsTable>((db) =>
  db.selectFrom('meetings').selectAll().where('id', '=', param('id')),
);

export function findMeeting(connection: Connection, id: number): MeetingRecord | undefined {
  const row = selectMeeting.get(connection, { id });
  return row && meetingOf(row);
}

const selectLastNo = defineStatement<{ kind: string; meeting_year: number }, { last: number | null }>((db) =>
  db
    .selectFrom('meetings')
    .select((eb) => eb.fn.max('meeting_no').as('last'))
    .where('kind', '=', param('kind'))
    .where('meeting_year', '=', param('meeting_year')),
);

/** The next ครั้งที่ of a kind of meeting within a calendar year. */
export function nextMeetingNo(connection: Connection, kind: MeetingKind, year: number): number {
  return (selectLastNo.get(connection, { kind, meeting_year: year })?.last ?? 0) + 1;
}

const selectNumberTaken = defineStatement<{ kind: string; meeting_year: number; meeting_no: number }, { id: number }>((db) =>
  db
    .selectFrom('meetings')
    .select('id')
    .where('kind', '=', param('kind'))
    .where('meeting_year', '=', param('meeting_year'))
    .where('meeting_no', '=', param('meeting_no')),
);

export function isMeetingNoTaken(connection: Connection, kind: MeetingKind, year: number, meetingNo: number): boolean {
  return selectNumberTaken.get(connection, { kind, meeting_year: year, meeting_no: meetingNo }) !== undefined;
}

const insertMeetingStatement = defineStatement<Omit<MeetingsTable, 'id'>, { id: number }>((db) =>
  db
    .insertInto('meetings')
    .values({
      uuid: param('uuid'),
      kind: param('kind'),
      meeting_no: param('meeting_no'),
      meeting_year: param('meeting_year'),
      meeting_on: param('meeting_on'),
      starts_at: param('starts_at'),
      place: param('place'),
      minutes: param('minutes'),
      recorded_at: param('recorded_at'),
      version: param('version'),
      created_at: param('created_at'),
      updated_at: param('updated_at'),
    })
    .returning('id'),
);

export function insertMeeting(connection: Connection, meeting: NewMeeting): number {
  const row = insertMeetingStatement.get(connection, {
    uuid: meeting.uuid,
    kind: meeting.kind,
    meeting_no: meeting.meetingNo,
    meeting_year: meeting.meetingYear,
    meeting_on: meeting.meetingOn,
    starts_at: meeting.startsAt,
    place: meeting.place,
    minutes: '',
    recorded_at: null,
    version: 1,
    created_at: meeting.createdAt,
    updated_at: meeting.createdAt,
  });
  return row?.id ?? 0;
}

const touchStatement = defineStatement<{ id: number; updated_at: string }>((db) =>
  db
    .updateTable('meetings')
    .set({ version: sql<number>`version + 1`, updated_at: param('updated_at') })
    .where('id', '=', param('id')),
);

/** A new version of the meeting (its agenda changed): the next write must name it. */
export function touchMeeting(connection: Connection, id: number, updatedAt: string): void {
  touchStatement.run(connection, { id, updated_at: updatedAt });
}

const recordStatement = defineStatement<{ id: number; minutes: string; recorded_at: string }>((db) =>
  db
    .updateTable('meetings')
    .set({
      minutes: param('minutes'),
      recorded_at: param('recorded_at'),
      updated_at: param('recorded_at'),
      version: sql<number>`version + 1`,
    })
    .where('id', '=', param('id')),
);

export function markMeetingRecorded(connection: Connection, id: number, minutes: string, recordedAt: string): void {
  recordStatement.run(connection, { id, minutes, recorded_at: recordedAt });
}

const selectAgenda = defineStatement<{ meeting_id: number }, { text: string }>((db) =>
  db.selectFrom('meeting_agenda_items').select('text').where('meeting_id', '=', param('meeting_id')).orderBy('position'),
);

export function agendaOf(connection: Connection, meetingId: number): string[] {
  return selectAgenda.all(connection, { meeting_id: meetingId }).map((row) => row.text);
}

const deleteAgenda = defineStatement<{ meeting_id: number }>((db) =>
  db.deleteFrom('meeting_agenda_items').where('meeting_id', '=', param('meeting_id')),
);
const insertAgendaItem = defineStatement<{ uuid: string; meeting_id: number; position: number; text: string }>((db) =>
  db
    .insertInto('meeting_agenda_items')
    .values({ uuid: param('uuid'), meeting_id: param('meeting_id'), position: param('position'), text: param('text') }),
);

/** The meeting's agenda becomes these items, in this order (a planned agenda may change until it is held). */
export function replaceAgenda(connection: Connection, meetingId: number, items: readonly { uuid: string; text: string }[]): void {
  deleteAgenda.run(connection, { meeting_id: meetingId });
  items.forEach((item, index) =>
    insertAgendaItem.run(connection, { uuid: item.uuid, meeting_id: meetingId, position: index + 1, text: item.text }),
  );
}

const insertAttendee = defineStatement<{
  uuid: string;
  meeting_id: number;
  position: number;
  name: string;
  member_id: number | null;
  role: string;
  is_present: number;
}>((db) =>
  db.insertInto('meeting_attendees').values({
    uuid: param('uuid'),
    meeting_id: param('meeting_id'),
    position: param('position'),
    name: param('name'),
    member_id: param('member_id'),
    role: param('role'),
    is_present: param('is_present'),
  }),
);

export function insertAttendees(
  connection: Connection,
  meetingId: number,
  attendees: readonly (Omit<MeetingAttendee, 'memberNo'> & { uuid: string })[],
): void {
  attendees.forEach((attendee, index) =>
    insertAttendee.run(connection, {
      uuid: attendee.uuid,
      meeting_id: meetingId,
      position: index + 1,
      name: attendee.name,
      member_id: attendee.memberId,
      role: attendee.role,
      is_present: attendee.isPresent ? 1 : 0,
    }),
  );
}

const selectAttendees = defineStatement<
  { meeting_id: number },
  { name: string; member_id: number | null; member_no: string | null; role: string; is_present: number }
>((db) =>
  db
    .selectFrom('meeting_attendees as a')
    .leftJoin('members as m', 'm.id', 'a.member_id')
    .select(['a.name', 'a.member_id', 'm.member_no', 'a.role', 'a.is_present'])
    .where('a.meeting_id', '=', param('meeting_id'))
    .orderBy('a.position'),
);

export function attendeesOf(connection: Connection, meetingId: number): MeetingAttendee[] {
  return selectAttendees.all(connection, { meeting_id: meetingId }).map((row) => ({
    name: row.name,
    memberId: row.member_id,
    memberNo: row.member_no,
    role: row.role,
    isPresent: row.is_present === 1,
  }));
}

const insertResolutionStatement = defineStatement<{
  uuid: string;
  meeting_id: number;
  resolution_no: number;
  text: string;
  decision: string;
  target_kind: string;
  target_id: number | null;
  created_at: string;
}>((db) =>
  db.insertInto('meeting_resolutions').values({
    uuid: param('uuid'),
    meeting_id: param('meeting_id'),
    resolution_no: param('resolution_no'),
    text: param('text'),
    decision: param('decision'),
    target_kind: param('target_kind'),
    target_id: param('target_id'),
    created_at: param('created_at'),
  }),
);

export function insertResolutions(
  connection: Connection,
  meetingId: number,
  resolutions: readonly NewResolution[],
  createdAt: string,
): void {
  for (const resolution of resolutions)
    insertResolutionStatement.run(connection, {
      uuid: resolution.uuid,
      meeting_id: meetingId,
      resolution_no: resolution.resolutionNo,
      text: resolution.text,
      decision: resolution.decision,
      target_kind: resolution.targetKind,
      target_id: resolution.targetId,
      created_at: createdAt,
    });
}

type ResolutionRow = {
  id: number;
  uuid: string;
  meeting_id: number;
  resolution_no: number;
  text: string;
  decision: string;
  target_kind: string;
  target_id: number | null;
  member_no: string | null;
  title: string | null;
  first_name: string | null;
  last_name: string | null;
  claim_no: string | null;
};

/**
 * The resolutions of these meetings, with the record each points to in words: the member (of an admission, a
 * lapse, a claim) by number and name, a claim by its number. One query for a whole page of meetings.
 */
export function resolutionsOf(
  connection: Connection,
  meetingIds: readonly number[],
  targetKind?: ResolutionTargetKind,
): Map<number, Resolution[]> {
  const byMeeting = new Map<number, Resolution[]>();
  if (meetingIds.length === 0) return byMeeting;
  let query = queryBuilder
    .selectFrom('meeting_resolutions as r')
    .leftJoin('welfare_claims as c', (join) => join.onRef('c.id', '=', 'r.target_id').on('r.target_kind', '=', 'claim-decision'))
    .leftJoin('member_status_events as e', (join) => join.onRef('e.id', '=', 'r.target_id').on('r.target_kind', '=', 'lapse-decision'))
    .leftJoin('members as m', (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([eb('r.target_kind', '=', 'member-approval'), eb('m.id', '=', eb.ref('r.target_id'))]),
          eb('m.id', '=', eb.ref('c.member_id')),
          eb('m.id', '=', eb.ref('e.member_id')),
        ]),
      ),
    )
    .select([
      'r.id',
      'r.uuid',
      'r.meeting_id',
      'r.resolution_no',
      'r.text',
      'r.decision',
      'r.target_kind',
      'r.target_id',
      'm.member_no',
      'm.title',
      'm.first_name',
      'm.last_name',
      'c.claim_no',
    ])
    .where('r.meeting_id', 'in', [...meetingIds])
    .orderBy('r.meeting_id')
    .orderBy('r.resolution_no');
  if (targetKind) query = query.where('r.target_kind', '=', targetKind);
  for (const row of runBuilt<ResolutionRow>(connection, query)) {
    const name = row.member_no === null ? '' : `${row.member_no} ${row.title ?? ''}${row.first_name ?? ''} ${row.last_name ?? ''}`;
    const list = byMeeting.get(row.meeting_id) ?? [];
    list.push({
      id: row.id,
      uuid: row.uuid,
      resolutionNo: row.resolution_no,
      text: row.text,
      decision: row.decision as ResolutionDecision,
      targetKind: row.target_kind as ResolutionTargetKind,
      targetId: row.target_id,
      targetLabel: [row.claim_no, name].filter(Boolean).join(' ').trim(),
    });
    byMeeting.set(row.meeting_id, list);
  }
  return byMeeting;
}

export type MeetingFilter = {
  kind?: MeetingKind | undefined;
  state?: 'planned' | 'held' | undefined;
  targetKind?: ResolutionTargetKind | undefined;
};

function filtered(filter: MeetingFilter) {
  let query = queryBuilder.selectFrom('meetings as g');
  if (filter.kind) query = query.where('g.kind', '=', filter.kind);
  if (filter.state === 'planned') query = query.where('g.recorded_at', 'is', null);
  if (filter.state === 'held') query = query.where('g.recorded_at', 'is not', null);
  if (filter.targetKind) {
    const kind = filter.targetKind;
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('meeting_resolutions as r').select('r.id').whereRef('r.meeting_id', '=', 'g.id').where('r.target_kind', '=', kind),
      ),
    );
  }
  return query;
}

/** A page of meetings, the latest date first, and how many match. */
export function listMeetings(
  connection: Connection,
  filter: MeetingFilter,
  page: { offset: number; limit: number },
): { rows: MeetingRecord[]; total: number } {
  const rows = runBuilt<MeetingsTable>(
    connection,
    filtered(filter).selectAll('g').orderBy('g.meeting_on', 'desc').orderBy('g.id', 'desc').limit(page.limit).offset(page.offset),
  );
  const [count] = runBuilt<{ total: number }>(
    connection,
    filtered(filter).select((eb) => eb.fn.countAll<number>().as('total')),
  );
  return { rows: rows.map(meetingOf), total: count?.total ?? 0 };
}

const selectNextPlanned = defineStatement<{ kind: string; today: string }, MeetingsTable>((db) =>
  db
    .selectFrom('meetings')
    .selectAll()
    .where('kind', '=', param('kind'))
    .where('recorded_at', 'is', null)
    .where('meeting_on', '>=', param('today'))
    .orderBy('meeting_on')
    .orderBy('id')
    .limit(1),
);

/** The next meeting of a kind still planned, from today on. */
export function nextPlannedMeeting(connection: Connection, kind: MeetingKind, today: string): MeetingRecord | undefined {
  const row = selectNextPlanned.get(connection, { kind, today });
  return row && meetingOf(row);
}

const targetStatements: Record<
  Exclude<ResolutionTargetKind, 'other' | 'bylaw-adoption'>,
  ReturnType<typeof defineStatement<{ id: number }, { id: number }>>
> = {
  'member-approval': defineStatement<{ id: number }, { id: number }>((db) =>
    db.selectFrom('members').select('id').where('id', '=', param('id')),
  ),
  'claim-decision': defineStatement<{ id: number }, { id: number }>((db) =>
    db.selectFrom('welfare_claims').select('id').where('id', '=', param('id')),
  ),
  'lapse-decision': defineStatement<{ id: number }, { id: number }>((db) =>
    db.selectFrom('member_status_events').select('id').where('id', '=', param('id')).where('kind', '=', 'lapsed'),
  ),
  'rule-version': defineStatement<{ id: number }, { id: number }>((db) =>
    db.selectFrom('welfare_rule_versions').select('id').where('id', '=', param('id')),
  ),
};

/**
 * Whether the record a resolution points to exists: a member, a welfare claim, a lapse (a member's status event
 * of kind lapsed) or a welfare rule version. Bylaws are not on record yet (a later step of issue 17 adds them),
 * so a bylaw adoption points at nothing until then.
 */
export function resolutionTargetExists(connection: Connection, kind: ResolutionTargetKind, id: number): boolean {
  if (kind === 'other' || kind === 'bylaw-adoption') return false;
  return targetStatements[kind].get(connection, { id }) !== undefined;
}

const selectMember = defineStatement<{ id: number }, { id: number }>((db) =>
  db.selectFrom('members').select('id').where('id', '=', param('id')),
);

export function memberExists(connection: Connection, id: number): boolean {
  return selectMember.get(connection, { id }) !== undefined;
}

const selectQuorum = defineStatement<Record<string, never>, { meeting_quorum: number | null }>((db) =>
  db.selectFrom('fund').select('meeting_quorum').where('id', '=', 1),
);
const updateQuorum = defineStatement<{ meeting_quorum: number | null }>((db) =>
  db
    .updateTable('fund')
    .set({ meeting_quorum: param('meeting_quorum') })
    .where('id', '=', 1),
);

/** The fund's quorum rule: a number of people present, or null for more than half of those listed. */
export function readQuorumRule(connection: Connection): number | null {
  return selectQuorum.get(connection, {})?.meeting_quorum ?? null;
}

export function writeQuorumRule(connection: Connection, quorum: number | null): void {
  updateQuorum.run(connection, { meeting_quorum: quorum });
}
