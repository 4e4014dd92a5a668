import type { TFunction } from 'i18next';
import type { MeetingSummary } from '../../../shared/api/meeting-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';

/** "ประชุมคณะกรรมการ ครั้งที่ 2/2569": what a meeting is called on screen (its number counts within its B.E. year). */
export function meetingTitle(t: TFunction, meeting: Pick<MeetingSummary, 'kind' | 'meetingNo' | 'meetingYear'>): string {
  return t('ui.meetings.name', {
    kind: t(`ui.meetings.kinds.${meeting.kind}`),
    meetingNo: meeting.meetingNo,
    year: toBuddhistYear(meeting.meetingYear),
  });
}

/** The meeting's title with its date: "ประชุมคณะกรรมการ ครั้งที่ 2/2569 (20/11/2569)". */
export function meetingTitleOn(t: TFunction, meeting: MeetingSummary, language: 'th' | 'en'): string {
  return `${meetingTitle(t, meeting)} (${formatDate(meeting.meetingOn, language)})`;
}
