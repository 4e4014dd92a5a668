import { z } from 'zod';
import { lapseReasons } from '../domain/members/lapses';
import { id, isoDate, plainNote, plainText } from './common-schemas';

/** The committee's list of proposed lapses as of a day (default today), for one village or all. */
export const lapseProposalsInput = z.strictObject({
  asOf: isoDate.optional(),
  /** Only the members of one village of the register; absent for every village, 0 for members with none. */
  villageId: z.int().min(0).optional(),
});

/** The fund's setting: how many overdue months put a member on the list (Decision 8, default 3). */
export const lapseSettingsInput = z.strictObject({ proposalMonths: z.int().min(1).max(120) });

/**
 * The committee's decision for several members at once: the resolution it rests on (or, while the fund's
 * approvals do not cite resolutions, the meeting in words), the day the lapse takes effect (the meeting's day
 * when left out), the reason and a note.
 */
export const recordLapsesInput = z.strictObject({
  memberIds: z
    .array(id)
    .min(1)
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate' }),
  resolutionId: id.nullable().default(null),
  /** The meeting as typed, for a fund whose approvals do not cite resolutions yet. */
  meetingRef: plainText(100),
  effectiveOn: isoDate.optional(),
  reason: z.enum(lapseReasons),
  note: plainNote(300),
});
