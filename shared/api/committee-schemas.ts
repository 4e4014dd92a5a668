import { z } from 'zod';
import { committeePositions, communityRoles } from '../domain/committee/committee';
import { id, isoDate, plainText, requiredText } from './common-schemas';

/** A new term of the committee (ชุดที่): its days, both included, and the meeting that appointed it, as typed. */
export const addCommitteeTermInput = z.strictObject({
  termNo: z.int().min(1).max(999),
  startsOn: isoDate,
  endsOn: isoDate,
  /** The meeting and resolution that appointed the term, in words (e.g. "ประชุมใหญ่ 1/2569 มติที่ 3"). */
  appointedBy: plainText(200),
  /** The resolution that appointed it (kind committee-appointment); its reference then stands for the words. */
  appointedByResolutionId: id.nullable().default(null),
});

/**
 * A seat of a term: a member of the fund (`memberId`) or an outsider by name, never both; the office in the fund,
 * the role in the community (a member representative names the หมู่ of the register), a phone, and the days it
 * holds office within the term (no end: to the end of the term).
 */
export const addCommitteeSeatInput = z.strictObject({
  termId: id,
  memberId: id.nullable().default(null),
  outsiderName: plainText(120),
  position: z.enum(committeePositions),
  communityRole: z.enum(communityRoles),
  villageId: id.nullable().default(null),
  /** Words beside the role: "นายก อบต.", what "other" is. */
  roleNote: plainText(120),
  phone: plainText(40),
  startsOn: isoDate,
  endsOn: isoDate.nullable().default(null),
});

/** Ends a seat on a day (included) within its term, with why: replaced, resigned, died. */
export const endCommitteeSeatInput = z.strictObject({
  seatId: id,
  expectedVersion: z.int().min(1),
  endsOn: isoDate,
  reason: requiredText(200),
});

export const committeeSettingsInput = z.strictObject({ seatsMustBeMembers: z.boolean() });
