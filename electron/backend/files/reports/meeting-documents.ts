import type { FundProfile } from '../../../../shared/api/fund-types';
import type { Meeting } from '../../../../shared/api/meeting-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import type { DocumentModel, DocumentTable } from '../../../../shared/domain/documents/document-model';
import { documentText } from '../../messages';
import { fundPlaceLine } from './fund-headings';
import { signatureOf } from './signatures';

export type MeetingDocumentInput = {
  readonly fund: FundProfile;
  readonly meeting: Meeting;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.meeting.${key}`, params);

/** "การประชุมคณะกรรมการ ครั้งที่ 3/2569": the meeting's kind and its number within its B.E. year. */
export function meetingName(meeting: Pick<Meeting, 'kind' | 'meetingNo' | 'meetingYear'>): string {
  return text('name', { kind: text(`kinds.${meeting.kind}`), meetingNo: meeting.meetingNo, year: meeting.meetingYear + 543 });
}

/** When and where: "วันที่ 20 พฤศจิกายน 2569 เวลา 09:30 น. ณ ศาลาหมู่บ้าน" (time and place only when known). */
function whenAndWhere(meeting: Meeting): string {
  return [
    text('on', { date: formatDate(meeting.meetingOn, 'th', 'long') }),
    meeting.startsAt ? text('at', { time: meeting.startsAt }) : '',
    meeting.place ? text('place', { place: meeting.place }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function agendaTable(meeting: Meeting): DocumentTable {
  return {
    name: text('agenda'),
    columns: [
      { header: text('item'), kind: 'count', width: 0.8, align: 'center' },
      { header: text('subject'), kind: 'text', width: 8 },
    ],
    rows: meeting.agenda.map((item, index) => ({ cells: [index + 1, item] })),
    emptyText: text('noAgenda'),
  };
}

/** The invitation (หนังสือเชิญประชุม): who is invited to which meeting, when and where, and its agenda. */
export function meetingInvitationDocument(input: MeetingDocumentInput): DocumentModel {
  const { meeting } = input;
  return {
    title: text('invitationTitle'),
    headings: [input.fund.name, fundPlaceLine(input.fund), meetingName(meeting), whenAndWhere(meeting)],
    facts: [],
    tables: [agendaTable(meeting)],
    notes: [text('invitationNote')],
    signatures: [signatureOf(input.signers, 'chair'), signatureOf(input.signers, 'secretary')],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name, meeting: meetingName(meeting) }) },
    orientation: 'portrait',
  };
}

function attendanceTable(meeting: Meeting, isPresent: boolean): DocumentTable {
  const people = meeting.attendees.filter((attendee) => attendee.isPresent === isPresent);
  return {
    name: text(isPresent ? 'present' : 'absent'),
    columns: [
      { header: text('line'), kind: 'count', width: 0.7, align: 'center' },
      { header: text('person'), kind: 'text', width: 4, wrap: 'spaces' },
      { header: text('role'), kind: 'text', width: 2.5 },
      { header: text('memberNo'), kind: 'text', width: 1.4, align: 'center' },
    ],
    rows: people.map((attendee, index) => ({ cells: [index + 1, attendee.name, attendee.role || null, attendee.memberNo] })),
    emptyText: text('nobody'),
  };
}

/**
 * The minutes (รายงานการประชุม): the meeting, who came and who did not, whether the quorum was met, the agenda,
 * each resolution with its decision and the record it decided, and the minutes as written; signed by the one
 * who wrote them and the chair who checked them.
 */
export function meetingMinutesDocument(input: MeetingDocumentInput): DocumentModel {
  const { meeting } = input;
  const quorum = meeting.quorum;
  return {
    title: text('minutesTitle'),
    headings: [input.fund.name, fundPlaceLine(input.fund), meetingName(meeting), whenAndWhere(meeting)],
    facts: quorum
      ? [
          { label: text('presentCount'), value: quorum.present, kind: 'count' },
          { label: text('absentCount'), value: quorum.absent, kind: 'count' },
          { label: text('quorum'), value: text(quorum.isMet ? 'quorumMet' : 'quorumNotMet', { needed: quorum.needed }), kind: 'text' },
        ]
      : [{ label: text('state'), value: text('planned'), kind: 'text' }],
    tables: [
      attendanceTable(meeting, true),
      attendanceTable(meeting, false),
      agendaTable(meeting),
      {
        name: text('resolutions'),
        columns: [
          { header: text('resolutionNo'), kind: 'count', width: 0.8, align: 'center' },
          { header: text('resolution'), kind: 'text', width: 5 },
          { header: text('decision'), kind: 'text', width: 1.3, align: 'center' },
          { header: text('target'), kind: 'text', width: 2.6, wrap: 'spaces' },
        ],
        rows: meeting.resolutions.map((resolution) => ({
          cells: [
            resolution.resolutionNo,
            resolution.text,
            text(`decisions.${resolution.decision}`),
            resolution.targetKind === 'other'
              ? null
              : `${text(`targets.${resolution.targetKind}`)}${resolution.targetLabel ? ` ${resolution.targetLabel}` : ''}`,
          ],
        })),
        emptyText: text('noResolutions'),
      },
    ],
    notes: meeting.minutes ? [text('minutes'), ...meeting.minutes.split('\n').filter((line) => line.trim() !== '')] : [],
    signatures: [
      { ...signatureOf(input.signers, 'secretary'), role: text('writtenBy') },
      { ...signatureOf(input.signers, 'chair'), role: text('checkedBy') },
    ],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name, meeting: meetingName(meeting) }) },
    orientation: 'portrait',
  };
}
