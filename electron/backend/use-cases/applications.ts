import type { z } from 'zod';
import type { applicantProfileInput } from '../../../shared/api/fund-contract';
import type { Application, ApplicationRow, ApplicationState } from '../../../shared/api/application-types';
import type { Paged } from '../../../shared/api/fund-types';
import { normalizeSearchQuery } from '../../../shared/domain/members/member-search';
import { failure, success, type Result } from '../../../shared/domain/result';
import { newRecordId } from '../db/record-ids';
import {
  decideApplication,
  findApplication,
  insertApplication,
  listApplications,
  type ApplicationRecord,
} from '../db/repositories/application-repository';
import { findCitedResolution } from '../db/repositories/meeting-repository';
import { villageLabel } from '../messages';
import { admitMember, checkApplicant, checkProfile, searchKeysOf } from '../steps/member-admission';
import { citeResolution, resolutionReference } from '../steps/resolution-citations';
import type { UseCaseContext } from './use-case-context';

type ApplicantInput = z.output<typeof applicantProfileInput>;

function rowOf(record: ApplicationRecord): ApplicationRow {
  const { profile } = record;
  return {
    id: record.id,
    uuid: record.uuid,
    state: record.state,
    appliedOn: record.appliedOn,
    citizenId: profile.citizenId,
    fullName: `${profile.title}${profile.firstName} ${profile.lastName}`,
    village: record.villageName === null ? '' : villageLabel({ moo: record.villageMoo, name: record.villageName }),
    decidedOn: record.decidedOn,
    memberNo: record.memberNo,
  };
}

function applicationOf(record: ApplicationRecord): Application {
  const { resolution } = record;
  return {
    ...rowOf(record),
    profile: record.profile,
    decision:
      resolution === null || record.decidedOn === null
        ? null
        : {
            resolutionId: resolution.id,
            resolutionNo: resolution.resolutionNo,
            reference: resolutionReference(resolution),
            meetingKind: resolution.meetingKind,
            meetingNo: resolution.meetingNo,
            meetingYear: resolution.meetingYear,
            meetingOn: resolution.meetingOn,
            termNo: resolution.termNo,
            decidedOn: record.decidedOn,
            memberId: record.memberId,
            memberNo: record.memberNo,
            refusalReason: record.refusalReason,
          },
  };
}

function applicationResult(context: UseCaseContext, applicationId: number): Result<Application> {
  const record = findApplication(context.connection, applicationId);
  return record ? success(applicationOf(record)) : failure('application-not-found', 'applicationId');
}

/** A waiting application, or the refusal naming it: one decided already is as it was decided. */
function waitingApplication(context: UseCaseContext, applicationId: number): Result<ApplicationRecord> {
  const record = findApplication(context.connection, applicationId);
  if (!record) return failure('application-not-found', 'applicationId');
  if (record.state !== 'waiting') return failure('application-decided', 'applicationId', { state: record.state });
  return success(record);
}

/** An application joins the record before the committee meets: the applicant as the member form has her. */
export function addApplication(context: UseCaseContext, input: ApplicantInput): Result<Application> {
  const checked = checkApplicant(context.connection, input, context.clock.today(), '');
  if (!checked.ok) return checked;
  const profile = checked.value;
  const id = insertApplication(context.connection, {
    uuid: newRecordId(),
    profile,
    searchText: searchKeysOf(profile, '').searchText,
    createdAt: context.call.at,
  });
  context.audit({ entity: 'application', entityId: id, after: profile });
  return applicationResult(context, id);
}

export function getApplication(context: UseCaseContext, input: { applicationId: number }): Result<Application> {
  return applicationResult(context, input.applicationId);
}

export function applicationList(
  context: UseCaseContext,
  input: { query: string; state: ApplicationState | 'all'; offset: number; limit: number },
): Result<Paged<ApplicationRow>> {
  const page = listApplications(context.connection, { query: normalizeSearchQuery(input.query), state: input.state }, input);
  return success({ rows: page.rows.map(rowOf), total: page.total, offset: input.offset });
}

/**
 * The committee admits the applicant: the resolution (member-approval, approved, naming this application if it
 * names one) of a meeting held from the application date to the approval date, which defaults to the meeting's
 * day. She becomes a member through the one way in, applied on the application's date, her spell from approvedOn.
 */
export function approveApplication(
  context: UseCaseContext,
  input: { applicationId: number; resolutionId: number; approvedOn: string | null },
): Result<Application> {
  const { connection } = context;
  const waiting = waitingApplication(context, input.applicationId);
  if (!waiting.ok) return waiting;
  const application = waiting.value;
  const approvedOn = input.approvedOn ?? findCitedResolution(connection, input.resolutionId)?.meetingOn ?? context.clock.today();
  const citation = citeResolution(connection, {
    resolutionId: input.resolutionId,
    field: 'resolutionId',
    kind: 'member-approval',
    decisions: ['approved'],
    targetId: application.id,
    takesEffectOn: approvedOn,
    arrivedOn: application.appliedOn,
    settingApplies: true,
  });
  if (!citation.ok) return citation;
  if (!citation.value) return failure('resolution-required', 'resolutionId');
  const profileInput = {
    ...application.profile,
    approvedOn,
    approvalRef: citation.value.reference,
    paidThroughPeriod: null,
    noArrearsAtOpening: false,
  };
  const checked = checkProfile(connection, profileInput, context.clock.today(), '', { applicationId: application.id });
  if (!checked.ok)
    return checked.error.field === 'approvedOn' ? checked : failure(checked.error.code, 'applicationId', checked.error.params);
  const member = admitMember(context, checked.value, citation.value.resolutionId);
  if (!member.ok) return member;
  decideApplication(connection, {
    id: application.id,
    state: 'approved',
    resolutionId: citation.value.resolutionId,
    decidedOn: approvedOn,
    memberId: member.value.id,
    refusalReason: '',
    updatedAt: context.call.at,
  });
  context.audit({
    entity: 'application',
    entityId: application.id,
    before: { state: 'waiting' },
    after: { state: 'approved', resolutionId: citation.value.resolutionId, approvedOn, memberId: member.value.id },
  });
  return applicationResult(context, application.id);
}

/** The committee refuses the applicant, at a resolution (member-approval, rejected), with the reason it gave. */
export function refuseApplication(
  context: UseCaseContext,
  input: { applicationId: number; resolutionId: number; reason: string },
): Result<Application> {
  const waiting = waitingApplication(context, input.applicationId);
  if (!waiting.ok) return waiting;
  const application = waiting.value;
  const citation = citeResolution(context.connection, {
    resolutionId: input.resolutionId,
    field: 'resolutionId',
    kind: 'member-approval',
    decisions: ['rejected'],
    targetId: application.id,
    takesEffectOn: context.clock.today(),
    arrivedOn: application.appliedOn,
    settingApplies: true,
  });
  if (!citation.ok) return citation;
  if (!citation.value) return failure('resolution-required', 'resolutionId');
  decideApplication(context.connection, {
    id: application.id,
    state: 'refused',
    resolutionId: citation.value.resolutionId,
    decidedOn: citation.value.meetingOn,
    memberId: null,
    refusalReason: input.reason,
    updatedAt: context.call.at,
  });
  context.audit({
    entity: 'application',
    entityId: application.id,
    before: { state: 'waiting' },
    after: { state: 'refused', resolutionId: citation.value.resolutionId, reason: input.reason },
  });
  return applicationResult(context, application.id);
}
