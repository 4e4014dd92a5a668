import type { CalendarDate } from '../domain/calendar-date';
import type { AccessScreen, ConsentMethod } from '../domain/privacy/consent';
import type { RetentionStatus } from '../domain/privacy/retention';
import type { MemberProfile } from './fund-types';

/** A member's consent to the fund keeping her personal data (issue 20 §3): given or refused, when and how. */
export type MemberConsent = {
  given: boolean;
  recordedOn: CalendarDate;
  method: ConsentMethod;
  /** The paper form's number, when it has one. */
  formNo: string;
};

/** What `members.revealPersonal` answers: the fields lists and the member page mask until someone asks. */
export type PersonalData = { memberId: number } & Pick<
  MemberProfile,
  | 'citizenId'
  | 'noIdReason'
  | 'birthDate'
  | 'houseNo'
  | 'soi'
  | 'road'
  | 'subdistrict'
  | 'district'
  | 'province'
  | 'postcode'
  | 'phone'
  | 'beneficiaries'
>;

/** One look at a member's full personal data: who, when (UTC instant), where. */
export type AccessLogRow = { id: number; at: string; actor: string; screen: AccessScreen };

/** A resigned or deceased member whose retention period is over (or the ones cleared already). */
export type RetentionRow = {
  memberId: number;
  memberNo: string;
  fullName: string;
  status: RetentionStatus;
  endedOn: CalendarDate;
  dueFrom: CalendarDate;
};

/** The yearly review of retention (reliability §(e)): the rule, the day, and the members due for the committee. */
export type RetentionReview = { keepYears: number; asOf: CalendarDate; due: RetentionRow[] };

export type RetentionCleared = { cleared: number; clearedOn: CalendarDate };

/**
 * Everything the fund holds about one member, as her data export carries it (PDPA s.30, s.31): the JSON inside
 * the printed PDF. Money in satang, dates ISO, instants UTC, as everywhere in the API.
 */
export type MemberDataExport = {
  format: 'swf-member-data-v1';
  madeAt: string;
  fund: { uuid: string; name: string };
  member: {
    memberNo: string;
    title: string;
    firstName: string;
    lastName: string;
    gender: 'male' | 'female';
    village: string;
    appliedOn: CalendarDate;
    approvedOn: CalendarDate;
    approvalRef: string;
    status: string;
    statusSince: CalendarDate;
    categories: string[];
    personalClearedOn: CalendarDate | null;
  };
  personal: PersonalData;
  consent: MemberConsent | null;
  dependents: { fullName: string; relationship: string; gender: string; birthDate: CalendarDate; citizenId: string | null }[];
  receipts: {
    receiptNo: string;
    receivedOn: CalendarDate;
    periods: string[];
    totalSatang: number;
    entryFee: boolean;
    voidedOn: CalendarDate | null;
  }[];
  welfare: {
    claimNo: string;
    type: string;
    eventDate: CalendarDate;
    state: string;
    amountSatang: number;
    payments: { voucherNo: string; paidOn: CalendarDate; payeeName: string; netSatang: number }[];
  }[];
  accessLog: AccessLogRow[];
};
