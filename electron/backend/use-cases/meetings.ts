import type { z } from 'zod';
import type { addAgendaInput, addMeetingInput, listMeetingsInput, recordMeetingInput } from '../../../shared/api/meeting-schemas';
import type { Meeting, MeetingList, MeetingSeat, MeetingSummary } from '../../../shared/api/meeting-types';
import {
  hasDateCome,
  isQuorumMet,
  meetingNumberByDate,
  presentForQuorum,
  quorumNeeded,
  type QuorumBasis,
} from '../../../shared/domain/meetings/meetings';
import { failure, success, type Result } from '../../../shared/domain/result';
import { newRecordId } from '../db/record-ids';
import {
  agendaOf,
  attendeesOf,
  findMeeting,
  insertAttendees,
  insertMeeting,
  insertResolutions,
  isMeetingNoTaken,
  listMeetings,
  markMeetingRecorded,
  memberExists,
  numberedMeetings,
  readQuorumRule,
  replaceAgenda,
  resolutionsOf,
  resolutionTargetExists,
  touchMeeting,
  writeQuorumRule,
  type MeetingRecord,
} from '../db/repositories/meeting-repository';
import type { ExportFormat, ProducedFile } from '../../../shared/api/fund-types';
import { readFundProfile } from '../db/repositories/fund-repository';
import { readPrintSettings } from '../db/repositories/print-settings-repository';
import { meetingInvitationDocument, meetingMinutesDocument, meetingName } from '../files/reports/meeting-documents';
import { documentText } from '../messages';
import { produce } from '../steps/produced-files';
import { committeeOn } from '../steps/committee';
import type { JobUseCaseContext, UseCaseContext } from './use-case-context';

type AddInput = z.output<typeof addMeetingInput>;
type AgendaInput = z.output<typeof addAgendaInput>;
type RecordInput = z.output<typeof recordMeetingInput>;
type ListInput = z.output<typeof listMeetingsInput>;

function summaryOf(record: MeetingRecord, resolutions: MeetingSummary['resolutions']): MeetingSummary {
  return {
    id: record.id,
    uuid: record.uuid,
    kind: record.kind,
    meetingNo: record.meetingNo,
    meetingYear: record.meetingYear,
    meetingOn: record.meetingOn,
    startsAt: record.startsAt,
    place: record.place,
    state: record.recordedAt === null ? 'planned' : 'held',
    version: record.version,
    resolutions,
  };
}

/** The seats holding office on a committee meeting's day (none for another kind, or when no term runs then). */
function seatsAt(context: UseCaseContext, meeting: Pick<MeetingRecord, 'kind' | 'meetingOn'>): MeetingSeat[] {
  if (meeting.kind !== 'committee') return [];
  const committee = committeeOn(context.connection, meeting.meetingOn);
  return (committee?.seats ?? []).map((seat) => ({
    seatId: seat.id,
    name: seat.fullName,
    memberId: seat.memberId,
    memberNo: seat.memberNo,
    position: seat.position,
  }));
}

/** The fund's quorum rule, and for a committee meeting while a term runs, the committee's size that day. */
function quorumBasis(context: UseCaseContext, meeting: Pick<MeetingRecord, 'kind'>, seats: readonly MeetingSeat[]): QuorumBasis {
  const hasTerm = meeting.kind === 'committee' && seats.length > 0;
  return { rule: readQuorumRule(context.connection), seats: hasTerm ? seats.length : null };
}

/** A meeting with its agenda, attendance (and whether the quorum was met), resolutions and minutes. */
export function meetingResult(context: UseCaseContext, meetingId: number): Result<Meeting> {
  const { connection } = context;
  const record = findMeeting(connection, meetingId);
  if (!record) return failure('meeting-not-found', 'meetingId');
  const attendees = attendeesOf(connection, record.id);
  const seats = seatsAt(context, record);
  const basis = quorumBasis(context, record, seats);
  const present = attendees.filter((attendee) => attendee.isPresent).length;
  return success({
    ...summaryOf(record, resolutionsOf(connection, [record.id]).get(record.id) ?? []),
    agenda: agendaOf(connection, record.id),
    attendees,
    seats,
    minutes: record.minutes,
    recordedAt: record.recordedAt,
    quorum:
      record.recordedAt === null
        ? null
        : {
            ...basis,
            needed: quorumNeeded(basis, attendees.length),
            present,
            absent: attendees.length - present,
            counted: presentForQuorum(basis, attendees),
            isMet: isQuorumMet(basis, presentForQuorum(basis, attendees), attendees.length),
          },
  });
}

/** Meetings, the latest first, each with its resolutions (only those of `targetKind` when a picker asks). */
export function meetingList(context: UseCaseContext, input: ListInput): Result<MeetingList> {
  const { connection } = context;
  const page = listMeetings(connection, input, input);
  const resolutions = resolutionsOf(
    connection,
    page.rows.map((row) => row.id),
    input.targetKind,
  );
  return success({
    rows: page.rows.map((row) => summaryOf(row, resolutions.get(row.id) ?? [])),
    total: page.total,
    offset: input.offset,
    quorumRule: readQuorumRule(connection),
  });
}

/**
 * A meeting joins the record, planned: its kind, date, time, place and agenda. Its number (ครั้งที่ N/ปี) counts
 * within its kind and calendar year; left out, it is the next after the meetings dated on or before it, and a
 * meeting dated before one already numbered after that is refused, naming the number it would take and the next
 * free one, rather than numbered out of date order (numbers already given never change). A day already past is
 * fine: its attendance and resolutions are then recorded at once.
 */
export function addMeeting(context: UseCaseContext, input: AddInput): Result<Meeting> {
  const { connection } = context;
  const year = Number(input.meetingOn.slice(0, 4));
  let meetingNo = input.meetingNo;
  if (meetingNo === null) {
    const byDate = meetingNumberByDate(numberedMeetings(connection, input.kind, year), input.meetingOn);
    if (byDate.laterMeeting)
      return failure('meeting-number-out-of-order', 'meetingNo', {
        meetingNo: byDate.meetingNo,
        laterNo: byDate.laterMeeting.meetingNo,
        laterOn: byDate.laterMeeting.meetingOn,
        nextFree: byDate.nextFree,
        year: year + 543,
      });
    meetingNo = byDate.meetingNo;
  }
  if (isMeetingNoTaken(connection, input.kind, year, meetingNo))
    return failure('meeting-number-taken', 'meetingNo', { meetingNo, year: year + 543 });
  const meeting = {
    uuid: newRecordId(),
    kind: input.kind,
    meetingNo,
    meetingYear: year,
    meetingOn: input.meetingOn,
    startsAt: input.startsAt,
    place: input.place,
  };
  const id = insertMeeting(connection, { ...meeting, createdAt: context.call.at });
  replaceAgenda(
    connection,
    id,
    input.agenda.map((text) => ({ uuid: newRecordId(), text })),
  );
  context.audit({ entity: 'meeting', entityId: id, after: { ...meeting, agenda: input.agenda } });
  return meetingResult(context, id);
}

/** A meeting still to be held: not recorded yet. Its version guards two people editing its agenda at once. */
function plannedMeeting(context: UseCaseContext, meetingId: number, expectedVersion: number): Result<MeetingRecord> {
  const found = findMeeting(context.connection, meetingId);
  if (!found) return failure('meeting-not-found', 'meetingId');
  if (found.recordedAt !== null) return failure('meeting-recorded', 'meetingId', { date: found.meetingOn });
  if (found.version !== expectedVersion) return failure('version-conflict', 'expectedVersion');
  return success(found);
}

/** More items at the end of a planned meeting's agenda (the committee's meeting paper adds the waiting claims). */
export function addAgenda(context: UseCaseContext, input: AgendaInput): Result<Meeting> {
  const found = plannedMeeting(context, input.meetingId, input.expectedVersion);
  if (!found.ok) return found;
  const before = agendaOf(context.connection, found.value.id);
  const after = [...before, ...input.items];
  if (after.length > 500) return failure('meeting-agenda-long', 'items', { count: 500 });
  replaceAgenda(
    context.connection,
    found.value.id,
    after.map((text) => ({ uuid: newRecordId(), text })),
  );
  touchMeeting(context.connection, found.value.id, context.call.at);
  context.audit({ entity: 'meeting', entityId: found.value.id, before: { agenda: before }, after: { agenda: after } });
  return meetingResult(context, found.value.id);
}

/**
 * Every attendee who is a member names one that exists, and no member is listed twice; a seat named is one
 * holding office on the meeting's day, listed once.
 */
function checkAttendees(context: UseCaseContext, attendees: RecordInput['attendees'], seats: readonly MeetingSeat[]): Result<void> {
  const seen = new Set<number>();
  const seatsSeen = new Set<number>();
  for (const [index, attendee] of attendees.entries()) {
    if (attendee.seatId !== null) {
      if (!seats.some((seat) => seat.seatId === attendee.seatId))
        return failure('meeting-seat-not-holding', `attendees.${index}.seatId`, { name: attendee.name });
      if (seatsSeen.has(attendee.seatId)) return failure('meeting-attendee-twice', `attendees.${index}.seatId`, { name: attendee.name });
      seatsSeen.add(attendee.seatId);
    }
    if (attendee.memberId === null) continue;
    if (!memberExists(context.connection, attendee.memberId)) return failure('member-not-found', `attendees.${index}.memberId`);
    if (seen.has(attendee.memberId)) return failure('meeting-attendee-twice', `attendees.${index}.memberId`, { name: attendee.name });
    seen.add(attendee.memberId);
  }
  return success(undefined);
}

/**
 * A resolution names the kind of record it decides, and the record when it is already on file ('other' names
 * none); a record named must exist. A rule version or a bylaw written into the app after the meeting cites the
 * resolution from its own side instead.
 */
function checkResolutions(context: UseCaseContext, resolutions: RecordInput['resolutions']): Result<void> {
  for (const [index, resolution] of resolutions.entries()) {
    const { kind, id } = resolution.target;
    const field = `resolutions.${index}.target`;
    if (kind === 'other') {
      if (id !== null) return failure('resolution-target-other', field, { resolutionNo: index + 1 });
      continue;
    }
    if (id === null) continue;
    if (!resolutionTargetExists(context.connection, kind, id))
      return failure('resolution-target-not-found', field, { resolutionNo: index + 1, kind });
  }
  return success(undefined);
}

/**
 * What happened at the meeting: who was invited and who came (the quorum follows from the fund's rule), the
 * agenda as it was held, the resolutions numbered in order, and the minutes. Recorded once, and only once the
 * meeting's date has come. Resolutions need the quorum, and each must point at a record that exists.
 */
export function recordMeeting(context: UseCaseContext, input: RecordInput): Result<Meeting> {
  const { connection, clock } = context;
  const found = plannedMeeting(context, input.meetingId, input.expectedVersion);
  if (!found.ok) return found;
  const meeting = found.value;
  if (!hasDateCome(meeting.meetingOn, clock.today()))
    return failure('meeting-not-yet-held', input.resolutions.length > 0 ? 'resolutions' : 'attendees', { date: meeting.meetingOn });
  const seats = seatsAt(context, meeting);
  const attendees = checkAttendees(context, input.attendees, seats);
  if (!attendees.ok) return attendees;
  const basis = quorumBasis(context, meeting, seats);
  const present = presentForQuorum(basis, input.attendees);
  if (input.resolutions.length > 0 && !isQuorumMet(basis, present, input.attendees.length))
    return failure('meeting-no-quorum', 'resolutions', { present, needed: quorumNeeded(basis, input.attendees.length) });
  const targets = checkResolutions(context, input.resolutions);
  if (!targets.ok) return targets;
  const before = agendaOf(connection, meeting.id);
  replaceAgenda(
    connection,
    meeting.id,
    input.agenda.map((text) => ({ uuid: newRecordId(), text })),
  );
  insertAttendees(
    connection,
    meeting.id,
    input.attendees.map((attendee) => ({ ...attendee, uuid: newRecordId() })),
  );
  const resolutions = input.resolutions.map((resolution, index) => ({
    uuid: newRecordId(),
    resolutionNo: index + 1,
    text: resolution.text,
    decision: resolution.decision,
    targetKind: resolution.target.kind,
    targetId: resolution.target.id,
  }));
  insertResolutions(connection, meeting.id, resolutions, context.call.at);
  markMeetingRecorded(connection, meeting.id, input.minutes, context.call.at);
  context.audit({
    entity: 'meeting',
    entityId: meeting.id,
    before: { agenda: before },
    after: { agenda: input.agenda, attendees: input.attendees, resolutions, minutes: input.minutes },
  });
  return meetingResult(context, meeting.id);
}

/** The fund's quorum rule: a number of people present, or null for more than half of the committee or of those listed. */
export function setQuorum(context: UseCaseContext, input: { quorum: number | null }): Result<{ quorum: number | null }> {
  const before = readQuorumRule(context.connection);
  writeQuorumRule(context.connection, input.quorum);
  context.audit({ entity: 'fund', entityId: 1, before: { meetingQuorum: before }, after: { meetingQuorum: input.quorum } });
  return success({ quorum: input.quorum });
}

/** The invitation with its agenda, or the minutes with attendance and resolutions, through the one document path. */
export async function exportMeeting(
  context: JobUseCaseContext,
  input: { meetingId: number; format: ExportFormat },
  paper: 'invitation' | 'minutes',
): Promise<Result<ProducedFile>> {
  const { connection, clock } = context;
  context.job.progress(0, 2, 'reading');
  await context.job.checkpoint();
  const meeting = meetingResult(context, input.meetingId);
  if (!meeting.ok) return meeting;
  const made = paper === 'invitation' ? meetingInvitationDocument : meetingMinutesDocument;
  const document = made({
    fund: readFundProfile(connection),
    meeting: meeting.value,
    signers: readPrintSettings(connection).signers,
    printedOn: clock.today(),
  });
  const name = documentText(`documents.files.${paper === 'invitation' ? 'meetingInvitation' : 'meetingMinutes'}`, {
    // A file name holds no slash: ครั้งที่ 2/2569 becomes 2-2569.
    meeting: meetingName(meeting.value).replaceAll('/', '-'),
  });
  return success(await produce(context, document, name, input.format));
}
