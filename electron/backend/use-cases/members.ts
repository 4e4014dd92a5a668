import { profileOfMember } from '../../../shared/api/member-profile';
import { newRecordId } from '../db/record-ids';
import type { z } from 'zod';
import type { fundContract, memberProfileInput } from '../../../shared/api/fund-contract';
import type { MemberDetail, MemberProfile, MemberRow, MemberVersion, Paged } from '../../../shared/api/fund-types';
import { isValidThaiId, normalizeThaiId } from '../../../shared/domain/members/thai-id';
import { memberSearchText, normalizeSearchQuery } from '../../../shared/domain/members/member-search';
import { thaiSortKey } from '../../../shared/domain/members/thai-sort-key';
import { failure, success, type Result } from '../../../shared/domain/result';
import { inTransaction, type Connection } from '../db/execute';
import { appendAudit } from '../db/repositories/audit-repository';
import { readFund } from '../db/repositories/fund-repository';
import {
  findMemberByCitizenId,
  insertMember,
  insertMemberVersion,
  insertStatusEvent,
  listMemberVersions,
  listVoidedStatusEvents,
  memberRowToMember,
  nextMemberSeq,
  profileToColumns,
  searchMembers,
  updateMemberDues,
  updateMemberProfile,
} from '../db/repositories/member-repository';
import { insertDependent, listDependents } from '../db/repositories/dependent-repository';
import { duesColumns, loadMemberFacts, paidOutsideOwed, spellsOf } from './member-facts';
import { actorName, type UseCaseContext } from './use-case-context';

type ProfileInput = z.output<typeof memberProfileInput>;
type StatusInput = z.output<(typeof fundContract)['members.recordStatus']['input']>;

/** The checks of a member profile that need the fund and the clock; `field` paths are those of the input. */
function checkProfile(
  connection: Connection,
  input: ProfileInput,
  today: string,
  prefix: string,
  memberId?: number,
): Result<MemberProfile> {
  const field = (name: string) => `${prefix}${name}`;
  const hasId = input.citizenId !== null && input.citizenId !== '';
  const hasReason = input.noIdReason !== null && input.noIdReason !== '';
  if (hasId === hasReason) return failure('id-or-reason', field(hasId ? 'noIdReason' : 'citizenId'));
  let citizenId: string | null = null;
  if (hasId && input.citizenId !== null) {
    if (!isValidThaiId(input.citizenId)) return failure('bad-thai-id', field('citizenId'));
    const normalized = normalizeThaiId(input.citizenId);
    citizenId = normalized;
    const holder = findMemberByCitizenId(connection, normalized);
    if (holder && holder.id !== memberId) return failure('duplicate-thai-id', field('citizenId'), { memberNo: holder.memberNo });
  }
  const fund = readFund(connection);
  if (input.birthDate > today) return failure('birth-date-in-future', field('birthDate'));
  if (input.appliedOn > today) return failure('date-in-future', field('appliedOn'));
  if (input.approvedOn > today) return failure('date-in-future', field('approvedOn'));
  if (input.birthDate >= input.appliedOn) return failure('birth-after-application', field('birthDate'));
  if (input.approvedOn < input.appliedOn) return failure('approval-before-application', field('approvedOn'));
  if (input.approvedOn < fund.founded_on) return failure('date-before-founding', field('approvedOn'), { foundedOn: fund.founded_on });
  if (input.paidThroughPeriod !== null && input.approvedOn >= fund.opened_on)
    return failure('paid-through-not-allowed', field('paidThroughPeriod'));
  for (const [index, beneficiary] of input.beneficiaries.entries()) {
    if (beneficiary.citizenId && !isValidThaiId(beneficiary.citizenId))
      return failure('bad-thai-id', field(`beneficiaries.${index}.citizenId`));
  }
  return success({
    ...input,
    citizenId,
    noIdReason: hasReason ? input.noIdReason : null,
    beneficiaries: input.beneficiaries.map((beneficiary) => {
      const cleaned: MemberProfile['beneficiaries'][number] = {
        fullName: beneficiary.fullName,
        relationship: beneficiary.relationship,
        share: beneficiary.share,
      };
      if (beneficiary.citizenId) cleaned.citizenId = normalizeThaiId(beneficiary.citizenId);
      if (beneficiary.phone) cleaned.phone = beneficiary.phone;
      return cleaned;
    }),
  });
}

function profileColumnsFor(profile: MemberProfile, memberNo: string) {
  const searchText = memberSearchText({ memberNo, citizenId: profile.citizenId, firstName: profile.firstName, lastName: profile.lastName });
  return profileToColumns(profile, thaiSortKey(`${profile.firstName} ${profile.lastName}`), searchText);
}

export function memberDetail(connection: Connection, memberId: number): MemberDetail | undefined {
  const loaded = loadMemberFacts(connection, memberId);
  if (!loaded) return undefined;
  return {
    ...memberRowToMember(loaded.row),
    statusEvents: loaded.events,
    voidedStatusEvents: listVoidedStatusEvents(connection, memberId),
    spells: [...loaded.facts.spells],
    dependents: listDependents(connection, memberId),
  };
}

/** Re-derives the status and dues columns after anything that moves a spell. */
export function refreshDues(connection: Connection, memberId: number): Result<void> {
  const loaded = loadMemberFacts(connection, memberId);
  if (!loaded) return failure('member-not-found', 'memberId');
  const outside = paidOutsideOwed(loaded.facts);
  if (outside) return failure('advance-paid-after-end', 'effectiveOn', { period: outside });
  updateMemberDues(connection, memberId, duesColumns(loaded.facts, loaded.events));
  return success(undefined);
}

export function registerMember(context: UseCaseContext, input: ProfileInput): Result<MemberDetail> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<MemberDetail> => {
      const checked = checkProfile(connection, input, clock.today(), '');
      if (!checked.ok) return checked;
      const profile = checked.value;
      const now = clock.now();
      const seq = nextMemberSeq(connection);
      const memberNo = String(seq).padStart(5, '0');
      const id = insertMember(connection, {
        ...profileColumnsFor(profile, memberNo),
        uuid: newRecordId(),
        member_seq: seq,
        member_no: memberNo,
        status: 'active',
        status_since: profile.approvedOn,
        dues_start_index: null,
        version: 1,
        created_at: now,
        updated_at: now,
      });
      insertMemberVersion(connection, id, 1, profile, now, actorName(context));
      const dues = refreshDues(connection, id);
      if (!dues.ok) return dues;
      const detail = memberDetail(connection, id);
      if (!detail) throw new Error('member not stored');
      appendAudit(connection, {
        at: now,
        actor: actorName(context),
        method: 'members.register',
        entity: 'member',
        entityId: id,
        after: profile,
      });
      return success(detail);
    },
    (result) => result.ok,
  );
}

export function updateMember(
  context: UseCaseContext,
  input: { memberId: number; expectedVersion: number; profile: ProfileInput },
): Result<MemberDetail> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<MemberDetail> => {
      const current = memberDetail(connection, input.memberId);
      if (!current) return failure('member-not-found', 'memberId');
      if (current.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
      const checked = checkProfile(connection, input.profile, clock.today(), 'profile.', input.memberId);
      if (!checked.ok) return checked;
      const firstExit = current.statusEvents[0];
      if (firstExit && checked.value.approvedOn > firstExit.effectiveOn)
        return failure('status-date-before-spell', 'profile.approvedOn', { since: firstExit.effectiveOn });
      const now = clock.now();
      const version = current.version + 1;
      updateMemberProfile(connection, input.memberId, profileColumnsFor(checked.value, current.memberNo), version, now);
      insertMemberVersion(connection, input.memberId, version, checked.value, now, actorName(context));
      const dues = refreshDues(connection, input.memberId);
      if (!dues.ok) return failure('period-outside-membership', 'profile.approvedOn', dues.error.params);
      const after = memberDetail(connection, input.memberId);
      if (!after) throw new Error('member vanished');
      appendAudit(connection, {
        at: now,
        actor: actorName(context),
        method: 'members.update',
        entity: 'member',
        entityId: input.memberId,
        before: profileOfMember(current),
        after: checked.value,
      });
      return success(after);
    },
    (result) => result.ok,
  );
}

/** Which status events may follow the member's current status (Decisions 6 and 8). */
function checkTransition(detail: MemberDetail, input: StatusInput, today: string): Result<void> {
  if (input.effectiveOn > today) return failure('date-in-future', 'effectiveOn');
  if (detail.status === 'deceased') return failure('already-deceased', 'kind');
  const lastSpell = detail.spells[detail.spells.length - 1];
  const since = lastSpell?.end ?? lastSpell?.start ?? detail.approvedOn;
  if (input.kind === 'reinstated') {
    if (detail.status !== 'resigned' && detail.status !== 'lapsed')
      return failure('status-not-allowed', 'kind', { status: input.kind, current: detail.status });
    if (input.effectiveOn <= since) return failure('status-date-before-spell', 'effectiveOn', { since });
    return success(undefined);
  }
  if (input.kind === 'lapsed' && input.meetingRef === '') return failure('bad-input', 'meetingRef', { reason: 'required' });
  if (detail.status !== 'active' && input.kind !== 'deceased')
    return failure('status-not-allowed', 'kind', { status: input.kind, current: detail.status });
  if (input.effectiveOn < since) return failure('status-date-before-spell', 'effectiveOn', { since });
  return success(undefined);
}

export function recordMemberStatus(context: UseCaseContext, input: StatusInput): Result<MemberDetail> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<MemberDetail> => {
      const current = memberDetail(connection, input.memberId);
      if (!current) return failure('member-not-found', 'memberId');
      const allowed = checkTransition(current, input, clock.today());
      if (!allowed.ok) return allowed;
      const now = clock.now();
      const event = { kind: input.kind, effectiveOn: input.effectiveOn, reason: input.reason, meetingRef: input.meetingRef };
      insertStatusEvent(connection, input.memberId, event, now);
      const dues = refreshDues(connection, input.memberId);
      if (!dues.ok) return dues;
      const after = memberDetail(connection, input.memberId);
      if (!after) throw new Error('member vanished');
      appendAudit(connection, {
        at: now,
        actor: actorName(context),
        method: 'members.recordStatus',
        entity: 'member',
        entityId: input.memberId,
        after: event,
      });
      return success(after);
    },
    (result) => result.ok,
  );
}

type DependentInput = z.output<(typeof fundContract)['members.addDependent']['input']>;

/** Registers someone the member supports (Decision 12); their ID, when given, must be a valid Thai ID. */
export function addDependent(context: UseCaseContext, input: DependentInput): Result<MemberDetail> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<MemberDetail> => {
      if (!memberDetail(connection, input.memberId)) return failure('member-not-found', 'memberId');
      if (input.birthDate > clock.today()) return failure('birth-date-in-future', 'birthDate');
      if (input.citizenId && !isValidThaiId(input.citizenId)) return failure('bad-thai-id', 'citizenId');
      const now = clock.now();
      const row = {
        member_id: input.memberId,
        full_name: input.fullName,
        relationship: input.relationship,
        gender: input.gender,
        birth_date: input.birthDate,
        citizen_id: input.citizenId ? normalizeThaiId(input.citizenId) : null,
        created_at: now,
      };
      const id = insertDependent(connection, row);
      appendAudit(connection, {
        at: now,
        actor: actorName(context),
        method: 'members.addDependent',
        entity: 'dependent',
        entityId: id,
        after: row,
      });
      const detail = memberDetail(connection, input.memberId);
      if (!detail) throw new Error('member vanished');
      return success(detail);
    },
    (result) => result.ok,
  );
}

export function getMember(context: UseCaseContext, memberId: number): Result<MemberDetail> {
  const detail = memberDetail(context.connection, memberId);
  return detail ? success(detail) : failure('member-not-found', 'memberId');
}

export function memberHistory(context: UseCaseContext, memberId: number): Result<MemberVersion[]> {
  if (!memberDetail(context.connection, memberId)) return failure('member-not-found', 'memberId');
  return success(listMemberVersions(context.connection, memberId));
}

export function findMembers(
  context: UseCaseContext,
  input: { query: string; status: string; offset: number; limit: number },
): Result<Paged<MemberRow>> {
  return success(searchMembers(context.connection, normalizeSearchQuery(input.query), input.status, input.offset, input.limit));
}

export { spellsOf };
