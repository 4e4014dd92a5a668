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
import type { NumberedMeeting } from '../../../../shared/domain/meetings/meetings';

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

const selectNumbered = defineStatement<{ kind: string; meeting_year: number }, { meeting_no: number; meeting_on: string }>((db) =>
  db
    .selectFrom('meetings')
    .select(['meeting_no', 'meeting_on'])
    .where('kind', '=', param('kind'))
    .where('meeting_year', '=', param('meeting_year')),
);

/** The numbers and dates of a kind of meeting within a calendar year, for numbering a new one by date. */
export function numberedMeetings(connection: Connection, kind: MeetingKind, year: number): NumberedMeeting[] {
  return selectNumbered
    .all(connection, { kind, meeting_year: year })
    .map((row) => ({ meetingNo: row.meeting_no, meetingOn: row.meeting_on }));
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
  seat_id: number | null;
}>((db) =>
  db.insertInto('meeting_attendees').values({
    uuid: param('uuid'),
    meeting_id: param('meeting_id'),
    position: param('position'),
    name: param('name'),
    member_id: param('member_id'),
    role: param('role'),
    is_present: param('is_present'),
    seat_id: param('seat_id'),
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
      seat_id: attendee.seatId,
    }),
  );
}

const selectAttendees = defineStatement<
  { meeting_id: number },
  { name: string; member_id: number | null; member_no: string | null; role: string; is_present: number; seat_id: number | null }
>((db) =>
  db
    .selectFrom('meeting_attendees as a')
    .leftJoin('members as m', 'm.id', 'a.member_id')
    .select(['a.name', 'a.member_id', 'm.member_no', 'a.role', 'a.is_present', 'a.seat_id'])
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
    seatId: row.seat_id,
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
  applicant_title: string | null;
  applicant_first_name: string | null;
  applicant_last_name: string | null;
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
    // An admission names an application while it waits or once this resolution decided it; otherwise a member.
    .leftJoin('applications as a', (join) =>
      join
        .onRef('a.id', '=', 'r.target_id')
        .on('r.target_kind', '=', 'member-approval')
        .on((eb) => eb.or([eb('a.state', '=', 'waiting'), eb('a.resolution_id', '=', eb.ref('r.id'))])),
    )
    .leftJoin('members as m', (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([eb('r.target_kind', '=', 'member-approval'), eb('a.id', 'is', null), eb('m.id', '=', eb.ref('r.target_id'))]),
          eb.and([eb('r.target_kind', '=', 'lapse-decision'), eb('m.id', '=', eb.ref('r.target_id'))]),
          eb('m.id', '=', eb.ref('c.member_id')),
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
      'a.title as applicant_title',
      'a.first_name as applicant_first_name',
      'a.last_name as applicant_last_name',
    ])
    .where('r.meeting_id', 'in', [...meetingIds])
    .orderBy('r.meeting_id')
    .orderBy('r.resolution_no');
  if (targetKind) query = query.where('r.target_kind', '=', targetKind);
  for (const row of runBuilt<ResolutionRow>(connection, query)) {
    const name =
      row.applicant_first_name !== null
        ? `${row.applicant_title ?? ''}${row.applicant_first_name} ${row.applicant_last_name ?? ''}`
        : row.member_no === null
          ? ''
          : `${row.member_no} ${row.title ?? ''}${row.first_name ?? ''} ${row.last_name ?? ''}`;
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
  Exclude<ResolutionTargetKind, 'other'>,
  ReturnType<typeof defineStatement<{ id: number }, { id: number }>>
> = {
  // An admission decides an application (issue 17), or names a member already on the register.
  'member-approval': defineStatement<{ id: number }, { id: number }>((db) =>
    db
      .selectFrom('members')
      .select('id')
      .where('id', '=', param('id'))
      .union(db.selectFrom('applications').select('id').where('id', '=', param('id'))),
  ),
  'claim-decision': defineStatement<{ id: number }, { id: number }>((db) =>
    db.selectFrom('welfare_claims').select('id').where('id', '=', param('id')),
  ),
  // A lapse is decided before it is recorded, so its resolution names the member, not the status event to come.
  'lapse-decision': defineStatement<{ id: number }, { id: number }>((db) =>
    db.selectFrom('members').select('id').where('id', '=', param('id')),
  ),
  'rule-version': defineStatement<{ id: number }, { id: number }>((db) =>
    db.selectFrom('welfare_rule_versions').select('id').where('id', '=', param('id')),
  ),
  'bylaw-adoption': defineStatement<{ id: number }, { id: number }>((db) =>
    db.selectFrom('bylaw_versions').select('id').where('id', '=', param('id')),
  ),
  'committee-appointment': defineStatement<{ id: number }, { id: number }>((db) =>
    db.selectFrom('committee_terms').select('id').where('id', '=', param('id')),
  ),
};

/**
 * Whether the record a resolution points to exists: an application or a member (admitted, or lapsed), a welfare
 * claim, a welfare rule version, a bylaw version or a committee term.
 */
export function resolutionTargetExists(connection: Connection, kind: ResolutionTargetKind, id: number): boolean {
  if (kind === 'other') return false;
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

/** A resolution with the meeting it was passed at: what a record citing it is checked against. */
export type CitedResolutionRow = {
  id: number;
  resolutionNo: number;
  decision: ResolutionDecision;
  targetKind: ResolutionTargetKind;
  targetId: number | null;
  meetingId: number;
  meetingKind: MeetingKind;
  meetingNo: number;
  meetingYear: number;
  meetingOn: string;
};

const selectCitedResolution = defineStatement<
  { id: number },
  {
    id: number;
    resolution_no: number;
    decision: string;
    target_kind: string;
    target_id: number | null;
    meeting_id: number;
    kind: string;
    meeting_no: number;
    meeting_year: number;
    meeting_on: string;
  }
>((db) =>
  db
    .selectFrom('meeting_resolutions as r')
    .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
    .select([
      'r.id',
      'r.resolution_no',
      'r.decision',
      'r.target_kind',
      'r.target_id',
      'r.meeting_id',
      'm.kind',
      'm.meeting_no',
      'm.meeting_year',
      'm.meeting_on',
    ])
    .where('r.id', '=', param('id')),
);

export function findCitedResolution(connection: Connection, id: number): CitedResolutionRow | undefined {
  const row = selectCitedResolution.get(connection, { id });
  if (!row) return undefined;
  return {
    id: row.id,
    resolutionNo: row.resolution_no,
    decision: row.decision as ResolutionDecision,
    targetKind: row.target_kind as ResolutionTargetKind,
    targetId: row.target_id,
    meetingId: row.meeting_id,
    meetingKind: row.kind as MeetingKind,
    meetingNo: row.meeting_no,
    meetingYear: row.meeting_year,
    meetingOn: row.meeting_on,
  };
}

const selectCiteSetting = defineStatement<Record<string, never>, { approvals_cite_resolution: number }>((db) =>
  db.selectFrom('fund').select('approvals_cite_resolution').where('id', '=', 1),
);
const updateCiteSetting = defineStatement<{ approvals_cite_resolution: number }>((db) =>
  db
    .updateTable('fund')
    .set({ approvals_cite_resolution: param('approvals_cite_resolution') })
    .where('id', '=', 1),
);

/** Whether the fund's approvals must cite the resolution they rest on (issue 17: on for funds made since then). */
export function readApprovalsCiteResolution(connection: Connection): boolean {
  return selectCiteSetting.get(connection, {})?.approvals_cite_resolution === 1;
}

export function writeApprovalsCiteResolution(connection: Connection, on: boolean): void {
  updateCiteSetting.run(connection, { approvals_cite_resolution: on ? 1 : 0 });
}
