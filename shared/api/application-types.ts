import type { CalendarDate } from '../domain/calendar-date';
import type { MeetingKind } from './meeting-types';
import type { MemberProfile } from './fund-types';

/** What an applicant writes on the form: the member form without the committee's approval and the opening's dues. */
export type ApplicantProfile = Omit<MemberProfile, 'approvedOn' | 'approvalRef' | 'paidThroughPeriod' | 'noArrearsAtOpening'>;

export type ApplicationState = 'waiting' | 'approved' | 'refused';

/** The resolution that decided an application, as the form's committee block prints it. */
export type ApplicationDecision = {
  resolutionId: number;
  resolutionNo: number;
  /** "การประชุมคณะกรรมการกองทุน ครั้งที่ 2/2569 มติที่ 3". */
  reference: string;
  meetingKind: MeetingKind;
  meetingNo: number;
  meetingYear: number;
  meetingOn: CalendarDate;
  /** ชุดที่ of the committee term sitting on the meeting day, when the fund keeps its terms. */
  termNo: number | null;
  decidedOn: CalendarDate;
  /** The member the approval made (null when refused). */
  memberId: number | null;
  memberNo: string | null;
  refusalReason: string;
};

export type ApplicationRow = {
  id: number;
  uuid: string;
  state: ApplicationState;
  appliedOn: CalendarDate;
  citizenId: string | null;
  fullName: string;
  village: string;
  decidedOn: CalendarDate | null;
  memberNo: string | null;
};

export type Application = ApplicationRow & { profile: ApplicantProfile; decision: ApplicationDecision | null };
