import type {
  Beneficiary,
  Member,
  MemberProfile,
  MemberStatus,
  MemberRow,
  MemberVersion,
  MemberVoid,
  Paged,
  StatusEvent,
  VoidedStatusEvent,
} from '../../../../shared/api/fund-types';
import type { MemberConsent } from '../../../../shared/api/privacy-types';
import type { ConsentMethod } from '../../../../shared/domain/privacy/consent';
import type { DuesSummary } from '../../../../shared/domain/contributions/dues-summary';
import type { LapseReason } from '../../../../shared/domain/members/lapses';
import {
  storedMemberCategories,
  type MemberCategory,
  type StoredMemberCategory,
} from '../../../../shared/domain/members/member-categories';
import { sql } from 'kysely';
import { defineSqlStatement, defineStatement, param, queryBuilder, runBuilt, type Connection } from '../execute';
import { newRecordId } from '../record-ids';
import type { MembersTable } from '../schema';

/** A member as the backend reads one: the API's member with the stored sort key and paid-month counters. */
export type MemberRecord = Member & { sortKey: string; paidMonths: number; lastPaidPeriod: string | null };

/**
 * The few member fields that plan a payment for thousands of members at once (a collection day, the arrears
 * list) without reading their payments: the paid-month counters prove most members paid one unbroken run.
 */
export type MemberDues = Pick<
  MemberRecord,
  | 'id'
  | 'memberNo'
  | 'title'
  | 'firstName'
  | 'lastName'
  | 'appliedOn'
  | 'approvedOn'
  | 'paidThroughPeriod'
  | 'paidMonths'
  | 'lastPaidPeriod'
>;

/** The columns behind MemberDues, for a repository that reads them in a join of its own. */
export type MemberDuesRow = Pick<
  MembersTable,
  | 'id'
  | 'member_no'
  | 'title'
  | 'first_name'
  | 'last_name'
  | 'applied_on'
  | 'approved_on'
  | 'paid_through_period'
  | 'paid_months'
  | 'last_paid_period'
>;

export function memberDuesOf(row: MemberDuesRow): MemberDues {
  return {
    id: row.id,
    memberNo: row.member_no,
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    appliedOn: row.applied_on,
    approvedOn: row.approved_on,
    paidThroughPeriod: row.paid_through_period,
    paidMonths: row.paid_months,
    lastPaidPeriod: row.last_paid_period,
  };
}

/** A member's row with her village's หมู่, name and code beside it, read from the register. */
type MemberPlaceRow = MembersTable & { village_code: string | null; village_moo: number | null; village_name: string | null };

function memberRowToRecord(row: MemberPlaceRow, categories: StoredMemberCategory[]): MemberRecord {
  return {
    ...memberRowToMember(row, categories),
    sortKey: row.sort_key,
    paidMonths: row.paid_months,
    lastPaidPeriod: row.last_paid_period,
  };
}

/** The member as the API shows it: the record without what only the backend reads. */
export function memberOfRecord(record: MemberRecord): Member {
  const { sortKey: _sortKey, paidMonths: _paidMonths, lastPaidPeriod: _lastPaidPeriod, ...member } = record;
  return member;
}

function memberRowToMember(row: MemberPlaceRow, categories: StoredMemberCategory[]): Member {
  return {
    id: row.id,
    uuid: row.uuid,
    memberNo: row.member_no,
    citizenId: row.citizen_id,
    noIdReason: row.no_id_reason,
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    gender: row.gender as Member['gender'],
    birthDate: row.birth_date,
    houseNo: row.house_no,
    villageId: row.village_id,
    village:
      row.village_id === null ? null : { id: row.village_id, code: row.village_code, moo: row.village_moo, name: row.village_name ?? '' },
    soi: row.soi,
    road: row.road,
    subdistrict: row.subdistrict,
    district: row.district,
    province: row.province,
    postcode: row.postcode,
    phone: row.phone,
    appliedOn: row.applied_on,
    approvedOn: row.approved_on,
    approvalRef: row.approval_ref,
    paidThroughPeriod: row.paid_through_period,
    noArrearsAtOpening: row.no_arrears_at_opening === 1,
    beneficiaries: JSON.parse(row.beneficiaries_json) as Beneficiary[],
    categories,
    consent: consentOfRow(row),
    status: row.status as Member['status'],
    statusSince: row.status_since,
    version: row.version,
    void: row.voided_on === null ? null : { voidedOn: row.voided_on, reason: row.void_reason ?? '', voidedBy: row.voided_by ?? '' },
    personalClearedOn: row.personal_cleared_on,
  };
}

/** The consent columns as the API's consent: null while none is recorded (a trigger keeps the three together). */
function consentOfRow(row: MembersTable): MemberConsent | null {
  if (row.consent_given === null || row.consent_on === null || row.consent_method === null) return null;
  return {
    given: row.consent_given === 1,
    recordedOn: row.consent_on,
    method: row.consent_method as ConsentMethod,
    formNo: row.consent_form_no,
  };
}

/** The profile columns, shared by insert and update so the two can never drift apart. */
export type ProfileColumns = Pick<
  MembersTable,
  | 'citizen_id'
  | 'no_id_reason'
  | 'title'
  | 'first_name'
  | 'last_name'
  | 'sort_key'
  | 'search_text'
  | 'gender'
  | 'birth_date'
  | 'house_no'
  | 'village_id'
  | 'soi'
  | 'road'
  | 'subdistrict'
  | 'district'
  | 'province'
  | 'postcode'
  | 'phone'
  | 'applied_on'
  | 'approved_on'
  | 'approval_ref'
  | 'paid_through_period'
  | 'no_arrears_at_opening'
  | 'beneficiaries_json'
  | 'consent_given'
  | 'consent_on'
  | 'consent_method'
  | 'consent_form_no'
>;

/** What a member is found and ordered by: kept beside the profile, made from it by the use case. */
export type SearchKeys = { sortKey: string; searchText: string };

export function profileToColumns(profile: MemberProfile, { sortKey, searchText }: SearchKeys): ProfileColumns {
  return {
    citizen_id: profile.citizenId,
    no_id_reason: profile.noIdReason,
    title: profile.title,
    first_name: profile.firstName,
    last_name: profile.lastName,
    sort_key: sortKey,
    search_text: searchText,
    gender: profile.gender,
    birth_date: profile.birthDate,
    house_no: profile.houseNo,
    village_id: profile.villageId,
    soi: profile.soi,
    road: profile.road,
    subdistrict: profile.subdistrict,
    district: profile.district,
    province: profile.province,
    postcode: profile.postcode,
    phone: profile.phone,
    applied_on: profile.appliedOn,
    approved_on: profile.approvedOn,
    approval_ref: profile.approvalRef,
    paid_through_period: profile.paidThroughPeriod,
    no_arrears_at_opening: profile.noArrearsAtOpening ? 1 : 0,
    beneficiaries_json: JSON.stringify(profile.beneficiaries),
    // An application stored before issue 20 has no consent in its JSON: none recorded.
    ...consentColumns(profile.consent ?? null),
  };
}

function consentColumns(
  consent: MemberConsent | null,
): Pick<ProfileColumns, 'consent_given' | 'consent_on' | 'consent_method' | 'consent_form_no'> {
  if (!consent) return { consent_given: null, consent_on: null, consent_method: null, consent_form_no: '' };
  return {
    consent_given: consent.given ? 1 : 0,
    consent_on: consent.recordedOn,
    consent_method: consent.method,
    consent_form_no: consent.formNo,
  };
}

export const profileColumnNames: (keyof ProfileColumns)[] = [
  'citizen_id',
  'no_id_reason',
  'title',
  'first_name',
  'last_name',
  'sort_key',
  'search_text',
  'gender',
  'birth_date',
  'house_no',
  'village_id',
  'soi',
  'road',
  'subdistrict',
  'district',
  'province',
  'postcode',
  'phone',
  'applied_on',
  'approved_on',
  'approval_ref',
  'paid_through_period',
  'no_arrears_at_opening',
  'beneficiaries_json',
  'consent_given',
  'consent_on',
  'consent_method',
  'consent_form_no',
];
const profileParams = Object.fromEntries(profileColumnNames.map((name) => [name, param(name)])) as unknown as ProfileColumns;

type NewMemberColumns = ProfileColumns &
  Pick<
    MembersTable,
    | 'uuid'
    | 'member_seq'
    | 'member_no'
    | 'status'
    | 'status_since'
    | 'dues_start_index'
    | 'version'
    | 'created_at'
    | 'updated_at'
    | 'approval_resolution_id'
  >;

const insertMemberStatement = defineStatement<NewMemberColumns>((db) =>
  db.insertInto('members').values({
    ...profileParams,
    uuid: param('uuid'),
    member_seq: param('member_seq'),
    member_no: param('member_no'),
    approval_resolution_id: param('approval_resolution_id'),
    status: param('status'),
    status_since: param('status_since'),
    dues_start_index: param('dues_start_index'),
    dues_end_index: null,
    closed_owed_months: 0,
    paid_months: 0,
    last_paid_period: null,
    version: param('version'),
    created_at: param('created_at'),
    updated_at: param('updated_at'),
  }),
);

export type NewMember = {
  uuid: string;
  memberSeq: number;
  memberNo: string;
  profile: MemberProfile;
  /** The resolution that admitted her (issue 17), or null for an approval in words. */
  approvalResolutionId: number | null;
  keys: SearchKeys;
  status: MemberStatus;
  statusSince: string;
  version: number;
  createdAt: string;
};

/** A new member; its dues columns start empty and are derived right after (updateMemberDues). */
export function insertMember(connection: Connection, member: NewMember): number {
  return Number(
    insertMemberStatement.run(connection, {
      ...profileToColumns(member.profile, member.keys),
      uuid: member.uuid,
      member_seq: member.memberSeq,
      member_no: member.memberNo,
      approval_resolution_id: member.approvalResolutionId,
      status: member.status,
      status_since: member.statusSince,
      dues_start_index: null,
      version: member.version,
      created_at: member.createdAt,
      updated_at: member.createdAt,
    }).lastInsertRowid,
  );
}

const updateProfileStatement = defineStatement<ProfileColumns & { id: number; version: number; updated_at: string }>((db) =>
  db
    .updateTable('members')
    .set({ ...profileParams, version: param('version'), updated_at: param('updated_at') })
    .where('id', '=', param('id')),
);

export function updateMemberProfile(
  connection: Connection,
  change: { id: number; profile: MemberProfile; keys: SearchKeys; version: number; updatedAt: string },
): void {
  updateProfileStatement.run(connection, {
    ...profileToColumns(change.profile, change.keys),
    id: change.id,
    version: change.version,
    updated_at: change.updatedAt,
  });
}

type DuesColumns = Pick<MembersTable, 'status' | 'status_since' | 'dues_start_index' | 'dues_end_index' | 'closed_owed_months'>;
const updateDuesStatement = defineStatement<DuesColumns & { id: number }>((db) =>
  db
    .updateTable('members')
    .set({
      status: param('status'),
      status_since: param('status_since'),
      dues_start_index: param('dues_start_index'),
      dues_end_index: param('dues_end_index'),
      closed_owed_months: param('closed_owed_months'),
    })
    .where('id', '=', param('id')),
);

/** Keeps the derived status and dues columns in step with the status events (never money: may be updated). */
export function updateMemberDues(connection: Connection, id: number, summary: DuesSummary): void {
  updateDuesStatement.run(connection, {
    id,
    status: summary.status,
    status_since: summary.statusSince,
    dues_start_index: summary.duesStartIndex,
    dues_end_index: summary.duesEndIndex,
    closed_owed_months: summary.closedOwedMonths,
  });
}

const addPaidMonthsStatement = defineStatement<{ id: number; delta: number; latest: string }>((db) =>
  db
    .updateTable('members')
    .set((eb) => ({
      paid_months: eb('paid_months', '+', param<number>('delta')),
      last_paid_period: eb.fn('max', [eb.fn.coalesce('last_paid_period', eb.val('')), eb.val(param<string>('latest'))]),
    }))
    .where('id', '=', param('id')),
);

/** A receipt covered `count` more months, the latest of them `latest` (kept for the collection-day planner). */
export function addPaidMonths(connection: Connection, memberId: number, count: number, latest: string): void {
  addPaidMonthsStatement.run(connection, { id: memberId, delta: count, latest });
}

const removePaidMonthsStatement = defineStatement<{ id: number; count: number; latest: string | null }>((db) =>
  db
    .updateTable('members')
    .set((eb) => ({ paid_months: eb('paid_months', '-', param<number>('count')), last_paid_period: param<string | null>('latest') }))
    .where('id', '=', param('id')),
);

/** A void took `count` months back; `latest` is the latest month still paid, looked up afresh. */
export function removePaidMonths(connection: Connection, memberId: number, count: number, latest: string | null): void {
  removePaidMonthsStatement.run(connection, { id: memberId, count, latest });
}

const selectMember = defineSqlStatement<{ id: number }, MemberPlaceRow>(
  () => sql`
    SELECT m.*, v.code AS village_code, v.moo AS village_moo, v.name AS village_name
      FROM members AS m LEFT JOIN villages AS v ON v.id = m.village_id
     WHERE m.id = ${param('id')}`,
);

const selectCategories = defineStatement<{ member_id: number }, { category: string }>((db) =>
  db.selectFrom('member_categories').select('category').where('member_id', '=', param('member_id')).orderBy('category'),
);

/** The status-form flags a member carries, in the form's order. */
function memberCategoryFlags(connection: Connection, memberId: number): StoredMemberCategory[] {
  const stored = new Set(selectCategories.all(connection, { member_id: memberId }).map((row) => row.category));
  return storedMemberCategories.filter((category) => stored.has(category));
}

export function findMemberRow(connection: Connection, id: number): MemberRecord | undefined {
  const row = selectMember.get(connection, { id });
  return row && memberRowToRecord(row, memberCategoryFlags(connection, id));
}

const deleteCategories = defineStatement<{ member_id: number }>((db) =>
  db.deleteFrom('member_categories').where('member_id', '=', param('member_id')),
);
const insertCategory = defineStatement<{ member_id: number; category: string }>((db) =>
  db.insertInto('member_categories').values({ member_id: param('member_id'), category: param('category') }),
);

/** Keeps a member's flags as the profile says: an attribute of the member, written with her profile. */
export function setMemberCategories(connection: Connection, memberId: number, categories: readonly StoredMemberCategory[]): void {
  deleteCategories.run(connection, { member_id: memberId });
  for (const category of categories) insertCategory.run(connection, { member_id: memberId, category });
}

const selectByCitizenId = defineStatement<{ citizen_id: string }, { id: number; member_no: string }>((db) =>
  db.selectFrom('members').select(['id', 'member_no']).where('citizen_id', '=', param('citizen_id')).where('voided_on', 'is', null),
);

/** The member holding a citizen ID: a voided registration holds none (its ID is free for the correct one). */
export function findMemberByCitizenId(connection: Connection, citizenId: string): { id: number; memberNo: string } | undefined {
  const row = selectByCitizenId.get(connection, { citizen_id: citizenId });
  return row && { id: row.id, memberNo: row.member_no };
}

const selectMaxSeq = defineStatement<Record<string, never>, { last: number | null }>((db) =>
  db.selectFrom('members').select((eb) => eb.fn.max('member_seq').as('last')),
);

export function nextMemberSeq(connection: Connection): number {
  return (selectMaxSeq.get(connection, {})?.last ?? 0) + 1;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

type SearchRow = Pick<
  MembersTable,
  'id' | 'member_no' | 'citizen_id' | 'title' | 'first_name' | 'last_name' | 'status' | 'approved_on' | 'voided_on'
> & { moo: number | null; village: string | null };

/**
 * The member list's optional filters: a village of the register (0: none), and a status-form category, the ages
 * of child and elderly given as birth-date bounds on the day (the use case works them out).
 */
export type MemberFilter = {
  villageId?: number | undefined;
  category?: MemberCategory | undefined;
  /** Born after this day: under 18 on the day. */
  childBornAfter: string;
  /** Born on or before this day: 60 or older on the day. */
  elderlyBornBy: string;
};

/**
 * Search as you type over number, citizen ID and Thai names: a LIKE over one prepared lower-case column, ordered
 * by the stored Thai sort key. The filter shape varies, so it is compiled per shape and prepared once each.
 */
export function searchMembers(
  connection: Connection,
  normalizedQuery: string,
  status: string,
  offset: number,
  limit: number,
  filter?: MemberFilter,
): Paged<MemberRow> {
  let base = queryBuilder.selectFrom('members');
  if (filter?.villageId !== undefined)
    base = filter.villageId === 0 ? base.where('village_id', 'is', null) : base.where('village_id', '=', filter.villageId);
  if (filter?.category !== undefined) base = base.where(categoryCondition(filter.category, filter));
  if (normalizedQuery !== '') {
    const pattern = `%${escapeLike(normalizedQuery)}%`;
    base = base.where(sql<boolean>`search_text LIKE ${pattern} ESCAPE '\\'`);
  }
  // Voided registrations are out of every list and count but their own (issue 14 §17).
  base = status === 'voided' ? base.where('voided_on', 'is not', null) : base.where('voided_on', 'is', null);
  if (status !== 'all' && status !== 'voided') base = base.where('status', '=', status);
  const total =
    runBuilt<{ total: number }>(
      connection,
      base.select((eb) => eb.fn.countAll<number>().as('total')),
    )[0]?.total ?? 0;
  const rows = runBuilt<SearchRow>(
    connection,
    base
      .select(['id', 'member_no', 'citizen_id', 'title', 'first_name', 'last_name', 'status', 'approved_on', 'voided_on'])
      .select((eb) => [
        eb.selectFrom('villages').select('moo').whereRef('villages.id', '=', 'members.village_id').as('moo'),
        eb.selectFrom('villages').select('name').whereRef('villages.id', '=', 'members.village_id').as('village'),
      ])
      .orderBy('sort_key')
      .orderBy('id')
      .limit(limit)
      .offset(offset),
  );
  return {
    total,
    offset,
    rows: rows.map((row) => ({
      id: row.id,
      memberNo: row.member_no,
      citizenId: row.citizen_id,
      fullName: `${row.title}${row.first_name} ${row.last_name}`,
      moo: row.moo,
      village: row.village ?? '',
      status: row.status as MemberRow['status'],
      approvedOn: row.approved_on,
      isVoided: row.voided_on !== null,
    })),
  };
}

const flagged = (category: string) =>
  sql<boolean>`EXISTS (SELECT 1 FROM member_categories AS c WHERE c.member_id = members.id AND c.category = ${category})`;

/** A category as SQL over members: a stored flag, an age on the day, or general (none of the others). */
function categoryCondition(category: MemberCategory, bounds: MemberFilter) {
  const child = sql<boolean>`birth_date > ${bounds.childBornAfter}`;
  const elderly = sql<boolean>`birth_date <= ${bounds.elderlyBornBy}`;
  if (category === 'child') return child;
  if (category === 'elderly') return elderly;
  if (category === 'general')
    return sql<boolean>`NOT (${child}) AND NOT (${elderly}) AND NOT EXISTS (SELECT 1 FROM member_categories AS c WHERE c.member_id = members.id)`;
  return flagged(category);
}

const insertVersionStatement = defineStatement<{
  member_id: number;
  version: number;
  profile_json: string;
  recorded_at: string;
  actor: string;
}>((db) =>
  db.insertInto('member_versions').values({
    member_id: param('member_id'),
    version: param('version'),
    profile_json: param('profile_json'),
    recorded_at: param('recorded_at'),
    actor: param('actor'),
  }),
);

/** Every edit keeps the profile as it was saved, so the history of a record is readable (A6). */
export function insertMemberVersion(
  connection: Connection,
  memberId: number,
  version: number,
  profile: MemberProfile,
  recordedAt: string,
  actor: string,
): void {
  insertVersionStatement.run(connection, {
    member_id: memberId,
    version,
    profile_json: JSON.stringify(profile),
    recorded_at: recordedAt,
    actor,
  });
}

const selectVersions = defineStatement<
  { member_id: number },
  { version: number; profile_json: string; recorded_at: string; actor: string }
>((db) =>
  db
    .selectFrom('member_versions')
    .select(['version', 'profile_json', 'recorded_at', 'actor'])
    .where('member_id', '=', param('member_id'))
    .orderBy('version', 'desc'),
);

/** A profile saved before the villages register kept the free-text หมู่ and village instead of `villageId`. */
type SavedProfile = Omit<MemberProfile, 'villageId' | 'categories' | 'consent'> &
  Partial<Pick<MemberProfile, 'villageId' | 'categories' | 'consent'>> & { moo?: number | null; village?: string };

/**
 * Every saved profile, newest first. `describePlace` says in words where the member lived by a version: the
 * register's village for a version that names one, the free text for a version saved before the register.
 */
export function listMemberVersions(
  connection: Connection,
  memberId: number,
  describePlace: (saved: { villageId: number | null; moo: number | null; village: string }) => string,
): MemberVersion[] {
  return selectVersions.all(connection, { member_id: memberId }).map((row) => {
    const { moo, village, ...saved } = JSON.parse(row.profile_json) as SavedProfile;
    // A version saved before issue 20 has no consent: none was recorded then.
    const profile: MemberProfile = {
      ...saved,
      villageId: saved.villageId ?? null,
      categories: saved.categories ?? [],
      consent: saved.consent ?? null,
    };
    return {
      version: row.version,
      recordedAt: row.recorded_at,
      actor: row.actor,
      profile,
      place: describePlace({ villageId: profile.villageId, moo: moo ?? null, village: village ?? '' }),
    };
  });
}

const insertEventStatement = defineStatement<{
  uuid: string;
  member_id: number;
  kind: string;
  effective_on: string;
  reason: string;
  meeting_ref: string;
  created_at: string;
  resolution_id: number | null;
  lapse_reason: string | null;
}>((db) =>
  db.insertInto('member_status_events').values({
    uuid: param('uuid'),
    member_id: param('member_id'),
    kind: param('kind'),
    effective_on: param('effective_on'),
    reason: param('reason'),
    meeting_ref: param('meeting_ref'),
    created_at: param('created_at'),
    resolution_id: param('resolution_id'),
    lapse_reason: param('lapse_reason'),
  }),
);

/** What a lapse or a reinstatement rests on: the resolution cited, and why a lapse ended the membership. */
export type StatusDecision = { resolutionId: number | null; lapseReason: LapseReason | null };

export function insertStatusEvent(
  connection: Connection,
  memberId: number,
  event: Omit<StatusEvent, 'id'>,
  createdAt: string,
  decision: StatusDecision = { resolutionId: null, lapseReason: null },
): number {
  return Number(
    insertEventStatement.run(connection, {
      uuid: newRecordId(),
      member_id: memberId,
      kind: event.kind,
      effective_on: event.effectiveOn,
      reason: event.reason,
      meeting_ref: event.meetingRef,
      created_at: createdAt,
      resolution_id: decision.resolutionId,
      lapse_reason: decision.lapseReason,
    }).lastInsertRowid,
  );
}

const selectEvents = defineStatement<
  { member_id: number },
  { id: number; kind: string; effective_on: string; reason: string; meeting_ref: string }
>((db) =>
  db
    .selectFrom('member_status_events')
    .select(['id', 'kind', 'effective_on', 'reason', 'meeting_ref'])
    .where('member_id', '=', param('member_id'))
    .where('voided_on', 'is', null)
    .orderBy('effective_on')
    .orderBy('id'),
);

type EventRow = { id: number; kind: string; effective_on: string; reason: string; meeting_ref: string };

function eventOf(row: EventRow): StatusEvent {
  return {
    id: row.id,
    kind: row.kind as StatusEvent['kind'],
    effectiveOn: row.effective_on,
    reason: row.reason,
    meetingRef: row.meeting_ref,
  };
}

/** The member's status events in force (voided ones left out: they no longer shape the spells). */
export function listStatusEvents(connection: Connection, memberId: number): StatusEvent[] {
  return selectEvents.all(connection, { member_id: memberId }).map(eventOf);
}

const selectAllEvents = defineStatement<
  Record<string, never>,
  { id: number; member_id: number; kind: string; effective_on: string; reason: string; meeting_ref: string }
>((db) =>
  db
    .selectFrom('member_status_events')
    .select(['id', 'member_id', 'kind', 'effective_on', 'reason', 'meeting_ref'])
    .where('voided_on', 'is', null)
    .orderBy('member_id')
    .orderBy('effective_on')
    .orderBy('id'),
);

/** Every member's status events at once, for jobs that plan thousands of members (the table stays small). */
export function statusEventsByMember(connection: Connection): Map<number, StatusEvent[]> {
  const byMember = new Map<number, StatusEvent[]>();
  for (const row of selectAllEvents.all(connection, {})) {
    const list = byMember.get(row.member_id) ?? [];
    list.push(eventOf(row));
    byMember.set(row.member_id, list);
  }
  return byMember;
}

const selectMemberIds = defineStatement<Record<string, never>, { id: number }>((db) =>
  db.selectFrom('members').select('id').where('voided_on', 'is', null).orderBy('id'),
);

/** Every member's id (voided registrations left out), in register order: for fund-wide what-if runs. */
export function listMemberIds(connection: Connection): number[] {
  return selectMemberIds.all(connection, {}).map((row) => row.id);
}

const selectVoidedEvents = defineStatement<
  { member_id: number },
  {
    id: number;
    kind: string;
    effective_on: string;
    reason: string;
    meeting_ref: string;
    voided_on: string;
    void_reason: string;
    voided_by: string;
  }
>((db) =>
  db
    .selectFrom('member_status_events')
    .select(['id', 'kind', 'effective_on', 'reason', 'meeting_ref', 'voided_on', 'void_reason', 'voided_by'])
    .where('member_id', '=', param('member_id'))
    .where('voided_on', 'is not', null)
    .orderBy('id'),
);

/** Status events voided as recorded in error, kept for the member's history. */
export function listVoidedStatusEvents(connection: Connection, memberId: number): VoidedStatusEvent[] {
  return selectVoidedEvents
    .all(connection, { member_id: memberId })
    .map((row) => ({ ...eventOf(row), voidedOn: row.voided_on, voidReason: row.void_reason, voidedBy: row.voided_by }));
}

const voidEventStatement = defineStatement<{ id: number; voided_on: string; void_reason: string; voided_by: string }>((db) =>
  db
    .updateTable('member_status_events')
    .set({ voided_on: param('voided_on'), void_reason: param('void_reason'), voided_by: param('voided_by') })
    .where('id', '=', param('id')),
);

/** Marks a status event recorded in error; a trigger lets only these columns be set, once. */
export function voidStatusEvent(
  connection: Connection,
  event: { id: number; voidedOn: string; voidReason: string; voidedBy: string },
): void {
  voidEventStatement.run(connection, { id: event.id, voided_on: event.voidedOn, void_reason: event.voidReason, voided_by: event.voidedBy });
}

const voidMemberStatement = defineStatement<{ id: number; voided_on: string; void_reason: string; voided_by: string; updated_at: string }>(
  (db) =>
    db
      .updateTable('members')
      .set({
        voided_on: param('voided_on'),
        void_reason: param('void_reason'),
        voided_by: param('voided_by'),
        updated_at: param('updated_at'),
      })
      .where('id', '=', param('id')),
);

/** Marks a registration made in error; a trigger lets the void be set once and never changed. */
export function voidMember(connection: Connection, id: number, memberVoid: MemberVoid, updatedAt: string): void {
  voidMemberStatement.run(connection, {
    id,
    voided_on: memberVoid.voidedOn,
    void_reason: memberVoid.reason,
    voided_by: memberVoid.voidedBy,
    updated_at: updatedAt,
  });
}

/**
 * What has been posted for a member, counted to decide whether her registration may be voided: receipts (voided
 * ones too: their numbers were used), claims, and lines in draft collection days (a posted day's lines are
 * receipts). Draft days are few, so their lines are reached through the days, by the (day, member) key.
 */
const selectPostings = defineSqlStatement<{ member_id: number }, { receipts: number; claims: number; draftLines: number }>(
  () => sql`
    SELECT (SELECT COUNT(*) FROM receipts WHERE member_id = ${param('member_id')}) AS receipts,
           (SELECT COUNT(*) FROM welfare_claims WHERE member_id = ${param('member_id')}) AS claims,
           (SELECT COUNT(*)
              FROM collection_batches AS b
              JOIN collection_batch_lines AS l ON l.batch_id = b.id AND l.member_id = ${param('member_id')}
             WHERE b.state = 'draft') AS draftLines`,
);

export type MemberPostings = { receipts: number; claims: number; draftLines: number };

export function memberPostings(connection: Connection, memberId: number): MemberPostings {
  return selectPostings.get(connection, { member_id: memberId }) ?? { receipts: 0, claims: 0, draftLines: 0 };
}
