import type { MeetingKind, ResolutionDecision, ResolutionTargetKind } from '../../../shared/domain/meetings/meetings';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { findCitedResolution, readApprovalsCiteResolution, type CitedResolutionRow } from '../db/repositories/meeting-repository';
import { documentText } from '../messages';

/**
 * What a record that rests on a committee or members' decision asks of the resolution it cites (issue 17 §2):
 * a member's admission, a claim's approval or rejection, a lapse, a rule version, a bylaw's adoption.
 */
export type CitationRule = {
  /** The resolution named by the person, or null when none was picked. */
  readonly resolutionId: number | null;
  /** The input field the picker fills, named by every refusal. */
  readonly field: string;
  readonly kind: ResolutionTargetKind;
  /** The decisions that can support this record: an approval rests on an "approved", a rejection on a "rejected". */
  readonly decisions: readonly ResolutionDecision[];
  /** The record the resolution must point at when it names one (null: the record is being made now). */
  readonly targetId: number | null;
  /** The day the approval takes effect: the meeting must have been held on or before it. */
  readonly takesEffectOn: string;
  /** The day what is approved came to the fund (an application, a claim): no meeting before it decided it. */
  readonly arrivedOn?: string;
  /**
   * Whether the fund's setting applies to this record: false for what the fund decided before it kept its
   * meetings in the app (a member who joined before the opening date), which may still cite one.
   */
  readonly settingApplies: boolean;
};

/** The resolution a record rests on, and how papers name it: "การประชุมคณะกรรมการกองทุน ครั้งที่ 2/2569 มติที่ 3". */
export type Citation = {
  readonly resolutionId: number;
  readonly meetingId: number;
  readonly meetingOn: string;
  readonly reference: string;
};

/**
 * Checks the resolution a record cites, or that none is needed. Refused, on the rule's field: none named while
 * the fund's approvals cite a resolution; one that does not exist; one of another kind or decision; one that
 * decided another record; a meeting held after the approval takes effect, or before what it approves arrived.
 */
export function citeResolution(connection: Connection, rule: CitationRule): Result<Citation | null> {
  const { field } = rule;
  if (rule.resolutionId === null)
    return rule.settingApplies && readApprovalsCiteResolution(connection) ? failure('resolution-required', field) : success(null);
  const resolution = findCitedResolution(connection, rule.resolutionId);
  if (!resolution) return failure('resolution-not-found', field);
  if (resolution.targetKind !== rule.kind)
    return failure('resolution-wrong-kind', field, { targetKind: rule.kind, foundKind: resolution.targetKind });
  if (!rule.decisions.includes(resolution.decision)) return failure('resolution-wrong-decision', field, { decision: resolution.decision });
  if (resolution.targetId !== null && rule.targetId !== null && resolution.targetId !== rule.targetId)
    return failure('resolution-other-target', field);
  if (resolution.meetingOn > rule.takesEffectOn)
    return failure('resolution-after-approval', field, { meetingOn: resolution.meetingOn, takesEffectOn: rule.takesEffectOn });
  if (rule.arrivedOn !== undefined && resolution.meetingOn < rule.arrivedOn)
    return failure('resolution-before-record', field, { meetingOn: resolution.meetingOn, arrivedOn: rule.arrivedOn });
  return success(citationOf(resolution));
}

/** A resolution as a record citing it names it, read again each time the record is shown. */
export function citationOf(resolution: CitedResolutionRow): Citation {
  return {
    resolutionId: resolution.id,
    meetingId: resolution.meetingId,
    meetingOn: resolution.meetingOn,
    reference: resolutionReference(resolution),
  };
}

/** How papers name a resolution: "การประชุมคณะกรรมการกองทุน ครั้งที่ 2/2569 มติที่ 3". */
export function resolutionReference(resolution: {
  meetingKind: MeetingKind;
  meetingNo: number;
  meetingYear: number;
  resolutionNo: number;
}): string {
  const meeting = documentText('documents.meeting.name', {
    kind: documentText(`documents.meeting.kinds.${resolution.meetingKind}`),
    meetingNo: resolution.meetingNo,
    year: resolution.meetingYear + 543,
  });
  return documentText('documents.meeting.citation', { meeting, resolutionNo: resolution.resolutionNo });
}
