import { toBuddhistYear, type CalendarDate } from '../calendar-date';
import { judgedPart, line, windowStart, type AssessmentPart, type CertificationThresholds } from './assessment';

/** The offices criterion 2 asks to be held on the day (domain §(e)2, issue 17 §5). */
export const requiredOffices = ['chair', 'treasurer', 'secretary'] as const;
export type RequiredOffice = (typeof requiredOffices)[number];

export type CommitteeFacts = {
  asOf: CalendarDate;
  /** The term running on the day, if any. */
  term: { termNo: number; startsOn: CalendarDate; endsOn: CalendarDate } | null;
  /** Who holds each required office that day (seats of the running term). */
  holders: Partial<Record<RequiredOffice, string>>;
  /** The latest committee meeting held on or before the day whose record was entered. */
  lastMeeting: { meetingNo: number; meetingYear: number; meetingOn: CalendarDate } | null;
};

/** Criterion 2, มีโครงสร้างคณะกรรมการ: a term running, its three offices held, a recent committee meeting. */
export function committeeParts(facts: CommitteeFacts, thresholds: CertificationThresholds): AssessmentPart[] {
  const { term } = facts;
  const termPart = judgedPart(
    'term',
    term !== null,
    [
      term
        ? line('evidence.term', { termNo: term.termNo, from: term.startsOn, to: term.endsOn })
        : line('evidence.term-none', { date: facts.asOf }),
    ],
    [line('fix.term')],
    { page: 'committee' },
  );
  const missing = requiredOffices.filter((office) => !facts.holders[office]);
  const officers = judgedPart(
    'officers',
    missing.length === 0,
    requiredOffices.map((office) => {
      const name = facts.holders[office];
      return name ? line(`evidence.${office}-holder`, { name }) : line(`evidence.${office}-vacant`);
    }),
    missing.map((office) => line(`fix.${office}-vacant`)),
    { page: 'committee' },
  );
  const from = windowStart(facts.asOf, thresholds.meetingMonths);
  const meeting = facts.lastMeeting;
  const meetingPart = judgedPart(
    'meeting',
    meeting !== null && meeting.meetingOn >= from,
    [
      meeting
        ? line('evidence.meeting', { meetingNo: meeting.meetingNo, year: toBuddhistYear(meeting.meetingYear), date: meeting.meetingOn })
        : line('evidence.meeting-none'),
    ],
    [line('fix.meeting', { months: thresholds.meetingMonths, from })],
    { page: 'meetings' },
  );
  return [termPart, officers, meetingPart];
}
