import { profileOfMember } from '../../../shared/api/member-profile';
import type { z } from 'zod';
import type { fundContract, memberProfileInput, registerMemberInput } from '../../../shared/api/fund-contract';
import type { MemberDetail, MemberRow, MemberVersion, Paged } from '../../../shared/api/fund-types';
import { isValidThaiId, normalizeThaiId } from '../../../shared/domain/members/thai-id';
import { normalizeSearchQuery } from '../../../shared/domain/members/member-search';
import { failure, success, type Result } from '../../../shared/domain/result';
import {
  insertMemberVersion,
  listMemberVersions,
  searchMembers,
  setMemberCategories,
  updateMemberProfile,
} from '../db/repositories/member-repository';
import { insertDependent } from '../db/repositories/dependent-repository';
import { findVillage } from '../db/repositories/village-repository';
import { villageLabel } from '../messages';
import { childUnderAge, elderlyFromAge, latestBirthDateAged, type MemberCategory } from '../../../shared/domain/members/member-categories';
import { memberDetail, memberResult, recordStatusEvent, refreshDues } from '../steps/member-records';
import { admitMember, checkProfile, checkRegistration, searchKeysOf } from '../steps/member-admission';
import { voidedMember } from '../steps/member-voided';
import { lapseDays, recordLapse, reinstatementReference } from '../steps/lapses';
import { actorName, type UseCaseContext } from './use-case-context';

type ProfileInput = z.output<typeof memberProfileInput>;
type StatusInput = z.output<(typeof fundContract)['members.recordStatus']['input']>;

type RegisterInput = z.output<typeof registerMemberInput>;

/**
 * A member approved by the committee joins the register. From the fund's opening date on, with its setting on,
 * the approval cites the resolution that admitted her (its reference becomes her approval's words); a member who
 * joined before the fund kept its meetings in the app is entered from paper, with the words as written.
 */
export function registerMember(context: UseCaseContext, input: RegisterInput): Result<MemberDetail> {
  const checked = checkRegistration(context.connection, input, context.clock.today());
  return checked.ok ? admitMember(context, checked.value.profile, checked.value.approvalResolutionId) : checked;
}

export function updateMember(
  context: UseCaseContext,
  input: { memberId: number; expectedVersion: number; profile: ProfileInput },
): Result<MemberDetail> {
  const { connection, clock } = context;
  const current = memberDetail(connection, input.memberId);
  if (!current) return failure('member-not-found', 'memberId');
  if (current.void) return voidedMember(current);
  if (current.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  // A record cleared after the retention period keeps only what the books need: there is nothing left to edit.
  if (current.personalClearedOn !== null)
    return failure('member-personal-cleared', 'memberId', { memberNo: current.memberNo, clearedOn: current.personalClearedOn });
  const checked = checkProfile(connection, input.profile, clock.today(), 'profile.', { memberId: input.memberId });
  if (!checked.ok) return checked;
  const firstExit = current.statusEvents[0];
  if (firstExit && checked.value.approvedOn > firstExit.effectiveOn)
    return failure('status-date-before-spell', 'profile.approvedOn', { since: firstExit.effectiveOn });
  const now = clock.now();
  const version = current.version + 1;
  updateMemberProfile(connection, {
    id: input.memberId,
    profile: checked.value,
    keys: searchKeysOf(checked.value, current.memberNo),
    version,
    updatedAt: now,
  });
  setMemberCategories(connection, input.memberId, checked.value.categories);
  insertMemberVersion(connection, input.memberId, version, checked.value, now, actorName(context));
  const dues = refreshDues(connection, input.memberId);
  if (!dues.ok) return failure('period-outside-membership', 'profile.approvedOn', dues.error.params);
  context.audit({ entity: 'member', entityId: input.memberId, before: profileOfMember(current), after: checked.value });
  return memberResult(connection, input.memberId);
}

const statusFields = {
  member: 'memberId',
  resolution: 'resolutionId',
  effectiveOn: 'effectiveOn',
  meetingRef: 'meetingRef',
  transition: 'kind',
};

/**
 * A resignation or a death as a dated fact; a lapse only as the committee decided it, citing its resolution
 * (steps/lapses.ts); a reinstatement citing the committee's approval of the member's return when the fund's
 * approvals cite resolutions.
 */
export function recordMemberStatus(context: UseCaseContext, input: StatusInput): Result<MemberDetail> {
  const { connection } = context;
  const current = memberDetail(connection, input.memberId);
  if (!current) return failure('member-not-found', 'memberId');
  if (current.void) return voidedMember(current);
  if (input.kind === 'lapsed') {
    if (input.lapseReason === null) return failure('bad-input', 'lapseReason', { reason: 'required' });
    const decision = { ...input, reason: input.lapseReason, note: input.reason };
    const days = lapseDays(connection, decision, statusFields);
    if (!days.ok) return days;
    const lapsed = recordLapse(context, input.memberId, decision, days.value, statusFields);
    return lapsed.ok ? memberResult(connection, input.memberId) : lapsed;
  }
  const change = { ...input };
  let decision = { resolutionId: null as number | null, lapseReason: null };
  if (input.kind === 'reinstated') {
    const reference = reinstatementReference(connection, input);
    if (!reference.ok) return reference;
    change.meetingRef = reference.value;
    decision = { resolutionId: input.resolutionId, lapseReason: null };
  }
  const recorded = recordStatusEvent(context, current, change, decision);
  return recorded.ok ? memberResult(connection, input.memberId) : recorded;
}

type DependentInput = z.output<(typeof fundContract)['members.addDependent']['input']>;

/** Registers someone the member supports (Decision 12); their ID, when given, must be a valid Thai ID. */
export function addDependent(context: UseCaseContext, input: DependentInput): Result<MemberDetail> {
  const { connection, clock } = context;
  const member = memberDetail(connection, input.memberId);
  if (!member) return failure('member-not-found', 'memberId');
  if (member.void) return voidedMember(member);
  if (input.birthDate > clock.today()) return failure('birth-date-in-future', 'birthDate');
  if (input.citizenId && !isValidThaiId(input.citizenId)) return failure('bad-thai-id', 'citizenId');
  const now = clock.now();
  const dependent = {
    memberId: input.memberId,
    fullName: input.fullName,
    relationship: input.relationship,
    gender: input.gender,
    birthDate: input.birthDate,
    citizenId: input.citizenId ? normalizeThaiId(input.citizenId) : null,
    createdAt: now,
  };
  const id = insertDependent(connection, dependent);
  context.audit({ entity: 'dependent', entityId: id, after: dependent });
  return memberResult(connection, input.memberId);
}

export function getMember(context: UseCaseContext, input: { memberId: number }): Result<MemberDetail> {
  return memberResult(context.connection, input.memberId);
}

export function memberHistory(context: UseCaseContext, input: { memberId: number }): Result<MemberVersion[]> {
  if (!memberDetail(context.connection, input.memberId)) return failure('member-not-found', 'memberId');
  const { connection } = context;
  return success(
    listMemberVersions(connection, input.memberId, (saved) => {
      const village = saved.villageId === null ? undefined : findVillage(connection, saved.villageId);
      return village ? villageLabel(village) : villageLabel({ moo: saved.moo, name: saved.village });
    }),
  );
}

export function findMembers(
  context: UseCaseContext,
  input: {
    query: string;
    status: string;
    offset: number;
    limit: number;
    villageId?: number | undefined;
    category?: MemberCategory | undefined;
  },
): Result<Paged<MemberRow>> {
  // Child and elderly are ages today (never stored): the list filters them by birth-date bounds on the day.
  const today = context.clock.today();
  const filter = {
    villageId: input.villageId,
    category: input.category,
    childBornAfter: latestBirthDateAged(childUnderAge, today),
    elderlyBornBy: latestBirthDateAged(elderlyFromAge, today),
  };
  return success(searchMembers(context.connection, normalizeSearchQuery(input.query), input.status, input.offset, input.limit, filter));
}
