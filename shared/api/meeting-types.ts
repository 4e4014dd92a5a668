import type { CommitteePosition } from '../domain/committee/committee';
import type { MeetingKind, ResolutionDecision, ResolutionTargetKind } from '../domain/meetings/meetings';

export type { MeetingKind, ResolutionDecision, ResolutionTargetKind };

export type MeetingAttendee = {
  name: string;
  memberId: number | null;
  memberNo: string | null;
  role: string;
  isPresent: boolean;
  /** The committee seat she held on the meeting's day; null for anyone else. */
  seatId: number | null;
};

/** A committee seat holding office on a committee meeting's day: who the record dialog starts its attendance with. */
export type MeetingSeat = { seatId: number; name: string; memberId: number | null; memberNo: string | null; position: CommitteePosition };

/** A resolution (มติ) as it is shown and picked: its number within the meeting, and what it decided. */
export type Resolution = {
  id: number;
  uuid: string;
  resolutionNo: number;
  text: string;
  decision: ResolutionDecision;
  targetKind: ResolutionTargetKind;
  targetId: number | null;
  /** The record it points to in words ("WC2570-000001 นางสาย ใจดี"); blank for 'other'. */
  targetLabel: string;
};

/** A meeting in a list: its number (ครั้งที่ N/ปี), date, place, state and resolutions. */
export type MeetingSummary = {
  id: number;
  uuid: string;
  kind: MeetingKind;
  meetingNo: number;
  /** The calendar year its number counts in (printed in B.E.). */
  meetingYear: number;
  meetingOn: string;
  startsAt: string;
  place: string;
  /** Held once its attendance and resolutions are recorded; planned before. */
  state: 'planned' | 'held';
  version: number;
  resolutions: Resolution[];
};

export type MeetingQuorum = {
  /** The fund's rule: a number present, or null for more than half of the committee or of those listed. */
  rule: number | null;
  /** For a committee meeting while a term runs: how many seats hold office that day (the quorum counts against them). */
  seats: number | null;
  needed: number;
  present: number;
  absent: number;
  /** Those counted toward the quorum: the seat holders present when the attendance links seats, else all present. */
  counted: number;
  isMet: boolean;
};

export type Meeting = MeetingSummary & {
  agenda: string[];
  attendees: MeetingAttendee[];
  /** For a committee meeting, the seats holding office on its day (empty when no term runs then, or another kind). */
  seats: MeetingSeat[];
  minutes: string;
  quorum: MeetingQuorum | null;
  recordedAt: string | null;
};

export type MeetingList = { rows: MeetingSummary[]; total: number; offset: number; quorumRule: number | null };
