import type { z } from 'zod';
import type { applicantProfileInput, memberProfileInput, registerMemberInput } from '../../../shared/api/fund-contract';
import type { ApplicantProfile } from '../../../shared/api/application-types';
import type { MemberDetail, MemberProfile } from '../../../shared/api/fund-types';
import { memberSearchText } from '../../../shared/domain/members/member-search';
import { checkOpeningDues } from '../../../shared/domain/members/opening-dues';
import { isValidThaiId, normalizeThaiId } from '../../../shared/domain/members/thai-id';
import { thaiSortKey } from '../../../shared/domain/members/thai-sort-key';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { newRecordId } from '../db/record-ids';
import { findWaitingApplicationByCitizenId } from '../db/repositories/application-repository';
import { readFund } from '../db/repositories/fund-repository';
import {
  findMemberByCitizenId,
  insertMember,
  insertMemberVersion,
  nextMemberSeq,
  setMemberCategories,
  type SearchKeys,
} from '../db/repositories/member-repository';
import { villageExists } from '../db/repositories/village-repository';
import { actorName, type UseCaseContext } from '../use-cases/use-case-context';
import { citeResolution } from './resolution-citations';
import { memberResult, refreshDues } from './member-records';

type ApplicantInput = z.output<typeof applicantProfileInput>;
type ProfileInput = z.output<typeof memberProfileInput>;

/** A checked profile to admit, and the resolution that admitted her (null for an approval in words). */
export type Admission = { profile: MemberProfile; approvalResolutionId: number | null };

/** The records a citizen ID may already belong to without a clash: the member being edited, the application being approved. */
export type OwnRecords = { memberId?: number; applicationId?: number };

/**
 * The checks of what an applicant writes, shared by an application, a registration and an edit: an ID or the
 * reason there is none; the ID valid and held by no other member (not voided) nor by another waiting application;
 * dates not in the future and born before applying; the village on the register; the beneficiaries' IDs valid.
 */
export function checkApplicant(
  connection: Connection,
  input: ApplicantInput,
  today: string,
  prefix: string,
  own: OwnRecords = {},
): Result<ApplicantProfile> {
  const field = (name: string) => `${prefix}${name}`;
  const hasId = input.citizenId !== null && input.citizenId !== '';
  const hasReason = input.noIdReason !== null && input.noIdReason !== '';
  if (hasId === hasReason) return failure('id-or-reason', field(hasId ? 'noIdReason' : 'citizenId'));
  let citizenId: string | null = null;
  if (hasId && input.citizenId !== null) {
    if (!isValidThaiId(input.citizenId)) return failure('bad-thai-id', field('citizenId'));
    citizenId = normalizeThaiId(input.citizenId);
    const holder = findMemberByCitizenId(connection, citizenId);
    if (holder && holder.id !== own.memberId) return failure('duplicate-thai-id', field('citizenId'), { memberNo: holder.memberNo });
    const waiting = findWaitingApplicationByCitizenId(connection, citizenId);
    if (waiting && waiting.id !== own.applicationId)
      return failure('duplicate-thai-id-application', field('citizenId'), { appliedOn: waiting.appliedOn });
  }
  if (input.birthDate > today) return failure('birth-date-in-future', field('birthDate'));
  if (input.appliedOn > today) return failure('date-in-future', field('appliedOn'));
  if (input.birthDate >= input.appliedOn) return failure('birth-after-application', field('birthDate'));
  if (input.villageId !== null && !villageExists(connection, input.villageId)) return failure('village-not-found', field('villageId'));
  if (input.consent && input.consent.recordedOn > today) return failure('date-in-future', field('consent.recordedOn'));
  for (const [index, beneficiary] of input.beneficiaries.entries()) {
    if (beneficiary.citizenId && !isValidThaiId(beneficiary.citizenId))
      return failure('bad-thai-id', field(`beneficiaries.${index}.citizenId`));
  }
  return success({
    citizenId,
    noIdReason: hasReason ? input.noIdReason : null,
    title: input.title,
    firstName: input.firstName,
    lastName: input.lastName,
    gender: input.gender,
    birthDate: input.birthDate,
    houseNo: input.houseNo,
    villageId: input.villageId,
    soi: input.soi,
    road: input.road,
    subdistrict: input.subdistrict,
    district: input.district,
    province: input.province,
    postcode: input.postcode,
    phone: input.phone,
    appliedOn: input.appliedOn,
    categories: input.categories,
    consent: input.consent,
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

/** The checks of a whole member profile: the applicant's, then the approval and (before the opening date) the dues then. */
export function checkProfile(
  connection: Connection,
  input: ProfileInput,
  today: string,
  prefix: string,
  own: OwnRecords = {},
): Result<MemberProfile> {
  const applicant = checkApplicant(connection, input, today, prefix, own);
  if (!applicant.ok) return applicant;
  const field = (name: string) => `${prefix}${name}`;
  const fund = readFund(connection);
  if (input.approvedOn > today) return failure('date-in-future', field('approvedOn'));
  if (input.approvedOn < input.appliedOn) return failure('approval-before-application', field('approvedOn'));
  if (input.approvedOn < fund.foundedOn) return failure('date-before-founding', field('approvedOn'), { foundedOn: fund.foundedOn });
  const openingDues = checkOpeningDues(input, fund.openedOn, prefix);
  if (!openingDues.ok) return openingDues;
  return success({
    ...applicant.value,
    approvedOn: input.approvedOn,
    approvalRef: input.approvalRef,
    paidThroughPeriod: input.paidThroughPeriod,
    noArrearsAtOpening: input.noArrearsAtOpening,
  });
}

type RegisterInput = z.output<typeof registerMemberInput>;

/**
 * What registering an approved member checks (the profile, then the resolution that admitted her): from the
 * fund's opening date on, with its setting on, the approval cites the resolution (its reference becomes her
 * approval's words); a member who joined before the fund kept its meetings in the app is entered from paper, with
 * the words as written. Answers the profile to admit and the resolution, if any.
 */
export function checkRegistration(connection: Connection, input: RegisterInput, today: string): Result<Admission> {
  const { approvalResolutionId, ...profileInput } = input;
  const checked = checkProfile(connection, profileInput, today, '');
  if (!checked.ok) return checked;
  const citation = citeResolution(connection, {
    resolutionId: approvalResolutionId,
    field: 'approvalResolutionId',
    kind: 'member-approval',
    decisions: ['approved'],
    targetId: null,
    takesEffectOn: input.approvedOn,
    arrivedOn: input.appliedOn,
    settingApplies: input.approvedOn >= readFund(connection).openedOn,
  });
  if (!citation.ok) return citation;
  if (!citation.value && input.approvalRef === '') return failure('reference-required', 'approvalRef');
  return success({
    profile: { ...checked.value, approvalRef: citation.value?.reference ?? input.approvalRef },
    approvalResolutionId: citation.value?.resolutionId ?? null,
  });
}

export function searchKeysOf(profile: Pick<MemberProfile, 'citizenId' | 'firstName' | 'lastName'>, memberNo: string): SearchKeys {
  const searchText = memberSearchText({ memberNo, citizenId: profile.citizenId, firstName: profile.firstName, lastName: profile.lastName });
  return { sortKey: thaiSortKey(`${profile.firstName} ${profile.lastName}`), searchText };
}

/** A new member's identity: a record id, her number (the fund's next, five digits) and her search keys. */
export function newMemberIdentity(
  profile: MemberProfile,
  seq: number,
): { uuid: string; memberSeq: number; memberNo: string; keys: SearchKeys } {
  const memberNo = String(seq).padStart(5, '0');
  return { uuid: newRecordId(), memberSeq: seq, memberNo, keys: searchKeysOf(profile, memberNo) };
}

/**
 * A checked profile becomes a member, numbered next, active from her approval, with her first version, her
 * categories and her dues derived: the one way in, for a registration and for an approved application alike.
 */
export function admitMember(context: UseCaseContext, profile: MemberProfile, approvalResolutionId: number | null): Result<MemberDetail> {
  const admitted = admitMemberRecord(context, profile, approvalResolutionId);
  return admitted.ok ? memberResult(context.connection, admitted.value.id) : admitted;
}

/** The admission itself, answering the new member's id and number: an import admits thousands and reads none back. */
export function admitMemberRecord(
  context: UseCaseContext,
  profile: MemberProfile,
  approvalResolutionId: number | null,
): Result<{ id: number; memberNo: string }> {
  const { connection, clock } = context;
  const now = clock.now();
  const identity = newMemberIdentity(profile, nextMemberSeq(connection));
  const { memberNo } = identity;
  const id = insertMember(connection, {
    ...identity,
    profile,
    approvalResolutionId,
    status: 'active',
    statusSince: profile.approvedOn,
    version: 1,
    createdAt: now,
  });
  setMemberCategories(connection, id, profile.categories);
  insertMemberVersion(connection, id, 1, profile, now, actorName(context));
  const dues = refreshDues(connection, id);
  if (!dues.ok) return dues;
  context.audit({ entity: 'member', entityId: id, after: { ...profile, approvalResolutionId } });
  return success({ id, memberNo });
}
