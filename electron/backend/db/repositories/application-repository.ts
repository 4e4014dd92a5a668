import { sql } from 'kysely';
import type { ApplicantProfile, ApplicationState } from '../../../../shared/api/application-types';
import type { MeetingKind } from '../../../../shared/api/meeting-types';
import { defineStatement, param, queryBuilder, runBuilt, type Connection } from '../execute';
import type { ApplicationsTable } from '../schema';
import { escapeLike } from './member-repository';

/** An application as stored, with the resolution that decided it and the member it made, when decided. */
export type ApplicationRecord = {
  id: number;
  uuid: string;
  state: ApplicationState;
  appliedOn: string;
  profile: ApplicantProfile;
  villageMoo: number | null;
  villageName: string | null;
  decidedOn: string | null;
  memberId: number | null;
  memberNo: string | null;
  refusalReason: string;
  resolution: {
    id: number;
    resolutionNo: number;
    meetingKind: MeetingKind;
    meetingNo: number;
    meetingYear: number;
    meetingOn: string;
    termNo: number | null;
  } | null;
};

type ApplicationRow = ApplicationsTable & {
  village_moo: number | null;
  village_name: string | null;
  member_no: string | null;
  resolution_no: number | null;
  meeting_kind: string | null;
  meeting_no: number | null;
  meeting_year: number | null;
  meeting_on: string | null;
  term_no: number | null;
};

function recordOf(row: ApplicationRow): ApplicationRecord {
  const profile = JSON.parse(row.profile_json) as ApplicantProfile;
  return {
    id: row.id,
    uuid: row.uuid,
    state: row.state as ApplicationState,
    appliedOn: row.applied_on,
    profile,
    villageMoo: row.village_moo,
    villageName: row.village_name,
    decidedOn: row.decided_on,
    memberId: row.member_id,
    memberNo: row.member_no,
    refusalReason: row.refusal_reason,
    resolution:
      row.resolution_id === null || row.meeting_on === null
        ? null
        : {
            id: row.resolution_id,
            resolutionNo: row.resolution_no ?? 0,
            meetingKind: row.meeting_kind as MeetingKind,
            meetingNo: row.meeting_no ?? 0,
            meetingYear: row.meeting_year ?? 0,
            meetingOn: row.meeting_on,
            termNo: row.term_no,
          },
  };
}

/** Applications joined to their village, member, resolution, meeting and the committee term sitting that day. */
function joined() {
  return queryBuilder
    .selectFrom('applications as a')
    .leftJoin('members as m', 'm.id', 'a.member_id')
    .leftJoin('meeting_resolutions as r', 'r.id', 'a.resolution_id')
    .leftJoin('meetings as g', 'g.id', 'r.meeting_id')
    .selectAll('a')
    .select((eb) => [
      'm.member_no',
      'r.resolution_no',
      'g.kind as meeting_kind',
      'g.meeting_no',
      'g.meeting_year',
      'g.meeting_on',
      eb
        .selectFrom('villages as v')
        .select('v.moo')
        .whereRef('v.id', '=', sql<number>`json_extract(a.profile_json, '$.villageId')`)
        .as('village_moo'),
      eb
        .selectFrom('villages as v')
        .select('v.name')
        .whereRef('v.id', '=', sql<number>`json_extract(a.profile_json, '$.villageId')`)
        .as('village_name'),
      eb
        .selectFrom('committee_terms as t')
        .select('t.term_no')
        .whereRef('t.starts_on', '<=', 'g.meeting_on')
        .whereRef('t.ends_on', '>=', 'g.meeting_on')
        .limit(1)
        .as('term_no'),
    ]);
}

export function findApplication(connection: Connection, id: number): ApplicationRecord | undefined {
  const [row] = runBuilt<ApplicationRow>(connection, joined().where('a.id', '=', id));
  return row && recordOf(row);
}

/**
 * A page of applications: those waiting first, oldest application first (the committee takes them in turn), then
 * the decided ones, latest decision first; found by name or citizen ID.
 */
export function listApplications(
  connection: Connection,
  filter: { query: string; state: ApplicationState | 'all' },
  page: { offset: number; limit: number },
): { rows: ApplicationRecord[]; total: number } {
  let base = queryBuilder.selectFrom('applications as a');
  if (filter.state !== 'all') base = base.where('a.state', '=', filter.state);
  if (filter.query !== '') base = base.where(sql<boolean>`a.search_text LIKE ${`%${escapeLike(filter.query)}%`} ESCAPE '\\'`);
  const ids = base.select('a.id');
  const rows = runBuilt<ApplicationRow>(
    connection,
    joined()
      .where('a.id', 'in', ids)
      .orderBy(sql`a.state = 'waiting'`, 'desc')
      .orderBy(sql`CASE WHEN a.state = 'waiting' THEN a.applied_on END`)
      .orderBy('a.decided_on', 'desc')
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset),
  );
  const [count] = runBuilt<{ total: number }>(
    connection,
    base.select((eb) => eb.fn.countAll<number>().as('total')),
  );
  return { rows: rows.map(recordOf), total: count?.total ?? 0 };
}

const selectWaitingByCitizen = defineStatement<{ citizen_id: string }, { id: number; applied_on: string }>((db) =>
  db.selectFrom('applications').select(['id', 'applied_on']).where('citizen_id', '=', param('citizen_id')).where('state', '=', 'waiting'),
);

/** The application still waiting that holds a citizen ID: one person waits with one application at a time. */
export function findWaitingApplicationByCitizenId(
  connection: Connection,
  citizenId: string,
): { id: number; appliedOn: string } | undefined {
  const row = selectWaitingByCitizen.get(connection, { citizen_id: citizenId });
  return row && { id: row.id, appliedOn: row.applied_on };
}

const insertStatement = defineStatement<
  Pick<
    ApplicationsTable,
    'uuid' | 'citizen_id' | 'title' | 'first_name' | 'last_name' | 'search_text' | 'applied_on' | 'profile_json' | 'created_at'
  >,
  { id: number }
>((db) =>
  db
    .insertInto('applications')
    .values({
      uuid: param('uuid'),
      citizen_id: param('citizen_id'),
      title: param('title'),
      first_name: param('first_name'),
      last_name: param('last_name'),
      search_text: param('search_text'),
      applied_on: param('applied_on'),
      profile_json: param('profile_json'),
      state: 'waiting',
      resolution_id: null,
      decided_on: null,
      member_id: null,
      created_at: param('created_at'),
      updated_at: param('created_at'),
    })
    .returning('id'),
);

export function insertApplication(
  connection: Connection,
  application: { uuid: string; profile: ApplicantProfile; searchText: string; createdAt: string },
): number {
  const { profile } = application;
  const row = insertStatement.get(connection, {
    uuid: application.uuid,
    citizen_id: profile.citizenId,
    title: profile.title,
    first_name: profile.firstName,
    last_name: profile.lastName,
    search_text: application.searchText,
    applied_on: profile.appliedOn,
    profile_json: JSON.stringify(profile),
    created_at: application.createdAt,
  });
  return row?.id ?? 0;
}

const decideStatement = defineStatement<{
  id: number;
  state: string;
  resolution_id: number;
  decided_on: string;
  member_id: number | null;
  refusal_reason: string;
  updated_at: string;
}>((db) =>
  db
    .updateTable('applications')
    .set({
      state: param('state'),
      resolution_id: param('resolution_id'),
      decided_on: param('decided_on'),
      member_id: param('member_id'),
      refusal_reason: param('refusal_reason'),
      updated_at: param('updated_at'),
    })
    .where('id', '=', param('id'))
    .where('state', '=', 'waiting'),
);

/** The committee's decision on a waiting application; a decided one is fixed (trigger). */
export function decideApplication(
  connection: Connection,
  decision: {
    id: number;
    state: 'approved' | 'refused';
    resolutionId: number;
    decidedOn: string;
    memberId: number | null;
    refusalReason: string;
    updatedAt: string;
  },
): void {
  decideStatement.run(connection, {
    id: decision.id,
    state: decision.state,
    resolution_id: decision.resolutionId,
    decided_on: decision.decidedOn,
    member_id: decision.memberId,
    refusal_reason: decision.refusalReason,
    updated_at: decision.updatedAt,
  });
}
