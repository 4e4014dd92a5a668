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
 * rule version, a bylaw's adoption, a committee term's appointment, or anything else (no record to point at). Every kind but 'other' names the
 * record by its id, and a record that does not exist is refused.
 */
export const resolutionTargetKinds = [
  'member-approval',
  'claim-decision',
  'lapse-decision',
  'rule-version',
  'bylaw-adoption',
  'committee-appointment',
  'other',
] as const;
export type ResolutionTargetKind = (typeof resolutionTargetKinds)[number];

/**
 * What a meeting's quorum is counted against: the fund's rule (a number of people present, as the bylaw says "at
 * least N"), and for a committee meeting held while a term runs, how many seats hold office that day.
 */
export type QuorumBasis = { readonly rule: number | null; readonly seats: number | null };

/**
 * The quorum: the fund's number when it set one; otherwise more than half of the committee (the seats holding
 * office on the day, not only those listed, so leaving a member off the list cannot lower it); otherwise, for a
 * members' meeting or a committee without a term on record, more than half of the people listed (present and absent).
 */
export function quorumNeeded(basis: QuorumBasis, listed: number): number {
  return basis.rule ?? Math.floor((basis.seats ?? listed) / 2) + 1;
}

export function isQuorumMet(basis: QuorumBasis, present: number, listed: number): boolean {
  return listed > 0 && present >= quorumNeeded(basis, listed);
}

/**
 * Who counts toward the quorum: against the committee's seats, the seat holders present (a guest listed beside
 * them does not make a committee quorum); attendance that links no seat at all (typed by name, as before seats
 * were linked) counts everyone present.
 */
export function presentForQuorum(basis: QuorumBasis, attendees: readonly { isPresent: boolean; seatId: number | null }[]): number {
  const present = attendees.filter((attendee) => attendee.isPresent);
  const linked = basis.seats !== null && attendees.some((attendee) => attendee.seatId !== null);
  return linked ? present.filter((attendee) => attendee.seatId !== null).length : present.length;
}

/** A meeting of the same kind and year already on record: its number and date. */
export type NumberedMeeting = { readonly meetingNo: number; readonly meetingOn: string };

/**
 * The number a meeting dated `meetingOn` takes by date order: the next after the meetings of its kind and year
 * dated on or before it. `isInOrder` is false when a meeting dated later already has that number or a lower one:
 * numbering it so would put ครั้งที่ out of date order, so the person names a number (`nextFree`, the next after
 * every meeting of the year, is the one to suggest).
 */
export function meetingNumberByDate(
  meetings: readonly NumberedMeeting[],
  meetingOn: string,
): { meetingNo: number; isInOrder: boolean; nextFree: number; laterMeeting: NumberedMeeting | undefined } {
  const before = meetings.filter((meeting) => meeting.meetingOn <= meetingOn);
  const meetingNo = Math.max(0, ...before.map((meeting) => meeting.meetingNo)) + 1;
  const laterMeeting = meetings
    .filter((meeting) => meeting.meetingOn > meetingOn && meeting.meetingNo <= meetingNo)
    .sort((left, right) => left.meetingNo - right.meetingNo)[0];
  const nextFree = Math.max(0, ...meetings.map((meeting) => meeting.meetingNo)) + 1;
  return { meetingNo, isInOrder: laterMeeting === undefined, nextFree, laterMeeting };
}

/** A meeting is held (its attendance and resolutions may be recorded) from its own date on. */
export function hasDateCome(meetingOn: string, today: string): boolean {
  return meetingOn <= today;
}
