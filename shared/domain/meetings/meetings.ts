/**
 * Meetings and resolutions (issue 17 §2; domain §(b) Meeting): the committee's meetings, members' meetings and
 * the annual general assembly. A meeting may be planned ahead (date, place, agenda); what happened at it
 * (attendance, resolutions, minutes) is recorded only once its date has come. Resolutions (มติ) are what other
 * records point to: each names the kind of decision it is and the record it decided.
 */
export const meetingKinds = ['committee', 'members', 'general-assembly'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const resolutionDecisions = ['approved', 'rejected', 'noted'] as const;
export type ResolutionDecision = (typeof resolutionDecisions)[number];

/**
 * What a resolution decides: a member's admission, a welfare claim's approval or rejection, a lapse, a welfare
 * rule version, a bylaw's adoption, or anything else (no record to point at). Every kind but 'other' names the
 * record by its id, and a record that does not exist is refused.
 */
export const resolutionTargetKinds = [
  'member-approval',
  'claim-decision',
  'lapse-decision',
  'rule-version',
  'bylaw-adoption',
  'other',
] as const;
export type ResolutionTargetKind = (typeof resolutionTargetKinds)[number];

/**
 * The fund's quorum rule, kept simple: either a fixed number of people present (the bylaw says "at least N"),
 * or, when the fund sets none, more than half of the people the attendance lists (those invited: present and
 * absent). Once the committee's seats are on record a later step can count "more than half of the committee".
 */
export function quorumNeeded(rule: number | null, listed: number): number {
  return rule ?? Math.floor(listed / 2) + 1;
}

export function isQuorumMet(rule: number | null, present: number, listed: number): boolean {
  return listed > 0 && present >= quorumNeeded(rule, listed);
}

/** A meeting is held (its attendance and resolutions may be recorded) from its own date on. */
export function hasDateCome(meetingOn: string, today: string): boolean {
  return meetingOn <= today;
}
