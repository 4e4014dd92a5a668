import type { MemberDetail } from '../../../shared/api/fund-types';
import { memberArrears } from '../../../shared/domain/contributions/periods';
import { isActiveOn, type LapseReason } from '../../../shared/domain/members/lapses';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { fundDues, readFund } from '../db/repositories/fund-repository';
import { readLapseProposalMonths } from '../db/repositories/lapse-repository';
import { findCitedResolution, readApprovalsCiteResolution } from '../db/repositories/meeting-repository';
import type { UseCaseContext } from '../use-cases/use-case-context';
import { duesFactsOnDay } from './arrears';
import { memberDetail, recordStatusEvent } from './member-records';
import { voidedMember } from './member-voided';
import { citeResolution } from './resolution-citations';

/** The input fields a lapse's refusals name: `members.recordStatus` and `lapses.record` call them differently. */
export type LapseFields = {
  member: string;
  resolution: string;
  effectiveOn: string;
  meetingRef: string;
  /** Where a status that cannot lapse is refused: the kind asked for, or the member picked in a list. */
  transition: string;
};

/** The committee's decision as asked for: the resolution (or the meeting in words), the day, the reason, a note. */
export type LapseDecision = {
  resolutionId: number | null;
  meetingRef: string;
  effectiveOn?: string | undefined;
  reason: LapseReason;
  note: string;
};

/** The decision's days: when the lapse takes effect, and the meeting's day, as of which the arrears are counted. */
export type LapseDays = { effectiveOn: string; decidedOn: string };

/**
 * The days of a decision, checked once for every member it lapses: a lapse takes effect on the meeting's day
 * unless another is given, never before the meeting. Without a resolution (a fund whose approvals do not cite
 * one yet) the day must be given, and the arrears are counted as of it.
 */
export function lapseDays(connection: Connection, decision: LapseDecision, fields: LapseFields): Result<LapseDays> {
  if (decision.resolutionId === null) {
    if (readApprovalsCiteResolution(connection)) return failure('resolution-required', fields.resolution);
    if (decision.effectiveOn === undefined) return failure('bad-input', fields.effectiveOn, { reason: 'required' });
    return success({ effectiveOn: decision.effectiveOn, decidedOn: decision.effectiveOn });
  }
  const resolution = findCitedResolution(connection, decision.resolutionId);
  if (!resolution) return failure('resolution-not-found', fields.resolution);
  const effectiveOn = decision.effectiveOn ?? resolution.meetingOn;
  if (effectiveOn < resolution.meetingOn) return failure('lapse-before-meeting', fields.effectiveOn, { meetingOn: resolution.meetingOn });
  return success({ effectiveOn, decidedOn: resolution.meetingOn });
}

const nameOf = (member: MemberDetail) => `${member.memberNo} ${member.title}${member.firstName} ${member.lastName}`;

/**
 * A lapse, only as the committee decided it (Decision 8): of a member active on the day it takes effect; for
 * arrears, only of one at least the fund's number of months behind as of the meeting's day (a payment after the
 * meeting does not undo the decision, one before it does); citing a resolution that decided a lapse (of this
 * member, when it names one), or, while the fund's approvals do not cite resolutions, the meeting in words.
 * Returns the meeting reference kept with the event.
 */
export function recordLapse(
  context: UseCaseContext,
  memberId: number,
  decision: LapseDecision,
  days: LapseDays,
  fields: LapseFields,
): Result<string> {
  const { connection } = context;
  const member = memberDetail(connection, memberId);
  if (!member) return failure('member-not-found', fields.member);
  if (member.void) return voidedMember(member, fields.member);
  if (!isActiveOn(member.approvedOn, member.statusEvents, days.effectiveOn))
    return failure('lapse-member-not-active', fields.member, { member: nameOf(member), date: days.effectiveOn });
  if (decision.reason === 'arrears') {
    const needed = readLapseProposalMonths(connection);
    const facts = duesFactsOnDay(connection, memberId, fundDues(readFund(connection)), days.decidedOn);
    const months = facts ? memberArrears(facts, days.decidedOn).count : 0;
    if (months < needed)
      return failure('lapse-not-in-arrears', fields.member, { member: nameOf(member), months, needed, date: days.decidedOn });
  }
  const citation = citeResolution(connection, {
    resolutionId: decision.resolutionId,
    field: fields.resolution,
    kind: 'lapse-decision',
    decisions: ['approved'],
    targetId: memberId,
    takesEffectOn: days.effectiveOn,
    settingApplies: true,
  });
  if (!citation.ok) return citation;
  const meetingRef = citation.value?.reference ?? decision.meetingRef;
  if (meetingRef === '') return failure('bad-input', fields.meetingRef, { reason: 'required' });
  const recorded = recordStatusEvent(
    context,
    member,
    { memberId, kind: 'lapsed', effectiveOn: days.effectiveOn, reason: decision.note, meetingRef },
    { resolutionId: decision.resolutionId, lapseReason: decision.reason },
  );
  if (recorded.ok) return success(meetingRef);
  return recorded.error.field === 'kind' ? failure(recorded.error.code, fields.transition, recorded.error.params) : recorded;
}

/**
 * A reinstatement rests on the committee's approval of the member's return (Decision 6), a resolution of kind
 * member-approval, when the fund's approvals cite resolutions; the new spell starts on its day. Returns the
 * meeting reference to keep with the event.
 */
export function reinstatementReference(
  connection: Connection,
  input: { memberId: number; resolutionId: number | null; effectiveOn: string; meetingRef: string },
): Result<string> {
  const citation = citeResolution(connection, {
    resolutionId: input.resolutionId,
    field: 'resolutionId',
    kind: 'member-approval',
    decisions: ['approved'],
    targetId: input.memberId,
    takesEffectOn: input.effectiveOn,
    settingApplies: true,
  });
  if (!citation.ok) return citation;
  return success(citation.value?.reference ?? input.meetingRef);
}
