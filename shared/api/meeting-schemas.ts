import { z } from 'zod';
import { meetingKinds, resolutionDecisions, resolutionTargetKinds } from '../domain/meetings/meetings';
import { id, isoDate, page, plainText, requiredText } from './common-schemas';

/** One agenda item (วาระ) as one line of text: "พิจารณาอนุมัติสมาชิกใหม่". */
const agendaItem = requiredText(300);

/** A meeting planned ahead, or entered for a day already past: its kind, date, time, place and agenda. */
export const addMeetingInput = z.strictObject({
  kind: z.enum(meetingKinds),
  meetingOn: isoDate,
  /** The time it starts, "09:30", or blank. */
  startsAt: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$|^$/, { message: 'bad-time' })
    .default(''),
  place: plainText(200),
  /**
   * ครั้งที่ within its kind and year; left out, the next after the meetings of its kind and year dated on or
   * before it (refused when a meeting dated later already has that number: a number must then be given).
   */
  meetingNo: z.int().min(1).max(999).nullable().default(null),
  agenda: z.array(agendaItem).max(100).default([]),
});

/** More items for the agenda of a meeting still planned (its date has not come, nothing recorded yet). */
export const addAgendaInput = z.strictObject({
  meetingId: id,
  expectedVersion: z.int().min(1),
  items: z.array(agendaItem).min(1).max(500),
});

const attendee = z.strictObject({
  name: requiredText(120),
  /** The member of the fund this person is, when she is one. */
  memberId: id.nullable().default(null),
  /** Her office at the meeting or in the fund: ประธาน, เหรัญญิก, กรรมการ …; blank when none. */
  role: plainText(80),
  isPresent: z.boolean(),
  /** The committee seat she holds on the meeting's day, for a committee meeting's attendance from the seats. */
  seatId: id.nullable().default(null),
});

const resolution = z.strictObject({
  text: requiredText(1000),
  decision: z.enum(resolutionDecisions),
  target: z.strictObject({ kind: z.enum(resolutionTargetKinds), id: id.nullable().default(null) }),
});

/** What happened at a meeting whose date has come: attendance, the agenda as held, resolutions and minutes. */
export const recordMeetingInput = z.strictObject({
  meetingId: id,
  expectedVersion: z.int().min(1),
  attendees: z.array(attendee).min(1).max(500),
  agenda: z.array(agendaItem).max(100),
  resolutions: z.array(resolution).max(200),
  minutes: z
    .string()
    .max(20_000)
    .transform((value) => value.replace(/\r\n?/g, '\n').trim()),
});

/** Meetings, newest first, each with its resolutions; filtered by kind, by state or by what a resolution decides. */
export const listMeetingsInput = z.strictObject({
  kind: z.enum(meetingKinds).optional(),
  state: z.enum(['planned', 'held']).optional(),
  /** Only meetings with a resolution of this kind, and only those resolutions (a picker's "approved at…"). */
  targetKind: z.enum(resolutionTargetKinds).optional(),
  ...page,
});

export const meetingInput = z.strictObject({ meetingId: id });

/** The quorum rule: a number of people present, or null for "more than half of those listed". */
export const setQuorumInput = z.strictObject({ quorum: z.int().min(1).max(500).nullable() });
