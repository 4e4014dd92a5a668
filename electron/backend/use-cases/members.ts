import { profileOfMember } from '../../../shared/api/member-profile';
import { newRecordId } from '../db/record-ids';
import type { z } from 'zod';
import type { fundContract, memberProfileInput } from '../../../shared/api/fund-contract';
import type { MemberDetail, MemberProfile, MemberRow, MemberVersion, Paged } from '../../../shared/api/fund-types';
import { isValidThaiId, normalizeThaiId } from '../../../shared/domain/members/thai-id';
import { memberSearchText, normalizeSearchQuery } from '../../../shared/domain/members/member-search';
import { checkOpeningDues } from '../../../shared/domain/members/opening-dues';
import { thaiSortKey } from '../../../shared/domain/members/thai-sort-key';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { readFund } from '../db/repositories/fund-repository';
import {
  findMemberByCitizenId,
  insertMember,
  insertMemberVersion,
  listMemberVersions,
  nextMemberSeq,
  searchMembers,
  setMemberCategories,
  updateMemberProfile,
  type SearchKeys,
} from '../db/repositories/member-repository';
import { insertDependent } from '../db/repositories/dependent-repository';
import { findVillage } from '../db/repositories/village-repository';
import { villageLabel } from '../messages';
import { childUnderAge, elderlyFromAge, latestBirthDateAged, type MemberCategory } from '../../../shared/domain/members/member-categories';
import { memberDetail, memberResult, recordStatusEvent, refreshDues } from '../steps/member-records';
import { voidedMember } from '../steps/member-voided';
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
  if (input.approvedOn < fund.foundedOn) return failure('date-before-founding', field('approvedOn'), { foundedOn: fund.foundedOn });
  const openingDues = checkOpeningDues(input, fund.openedOn, prefix);
  if (!openingDues.ok) return openingDues;
  if (input.villageId !== null && !findVillage(connection, input.villageId)) return failure('village-not-found', field('villageId'));
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

function searchKeysOf(profile: MemberProfile, memberNo: string): SearchKeys {
  const searchText = memberSearchText({ memberNo, citizenId: profile.citizenId, firstName: profile.firstName, lastName: profile.lastName });
  return { sortKey: thaiSortKey(`${profile.firstName} ${profile.lastName}`), searchText };
}

export function registerMember(context: UseCaseContext, input: ProfileInput): Result<MemberDetail> {
  const { connection, clock } = context;
  const checked = checkProfile(connection, input, clock.today(), '');
  if (!checked.ok) return checked;
  const profile = checked.value;
  const now = clock.now();
  const seq = nextMemberSeq(connection);
  const memberNo = String(seq).padStart(5, '0');
  const id = insertMember(connection, {
    uuid: newRecordId(),
    memberSeq: seq,
    memberNo,
    profile,
    keys: searchKeysOf(profile, memberNo),
    status: 'active',
    statusSince: profile.approvedOn,
    version: 1,
    createdAt: now,
  });
  setMemberCategories(connection, id, profile.categories);
  insertMemberVersion(connection, id, 1, profile, now, actorName(context));
  const dues = refreshDues(connection, id);
  if (!dues.ok) return dues;
  context.audit({ entity: 'member', entityId: id, after: profile });
  return memberResult(connection, id);
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
  const checked = checkProfile(connection, input.profile, clock.today(), 'profile.', input.memberId);
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

export function recordMemberStatus(context: UseCaseContext, input: StatusInput): Result<MemberDetail> {
  const current = memberDetail(context.connection, input.memberId);
  if (!current) return failure('member-not-found', 'memberId');
  if (current.void) return voidedMember(current);
  const recorded = recordStatusEvent(context, current, input);
  return recorded.ok ? memberResult(context.connection, input.memberId) : recorded;
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
