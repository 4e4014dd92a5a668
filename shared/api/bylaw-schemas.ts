import { z } from 'zod';
import { clauseItems } from '../domain/bylaws/clause-groups';
import { fileId, id, isoDate, plainNote, plainText, requiredNote, requiredText } from './common-schemas';

/** One essential-clause item the version covers, and where it is found: "ข้อ 5–7", "หมวด 2". */
const clause = z.strictObject({ item: z.enum(clauseItems as [string, ...string[]]), foundAt: requiredText(100) });

/**
 * A bylaw version as adopted (issue 17 §3): never edited once recorded; a correction is the next amendment. The
 * adopting meeting is a resolution on record or, for a bylaw adopted before the fund kept its meetings here, words.
 */
export const addBylawInput = z.strictObject({
  bylawTitle: requiredText(200),
  /** 0 for the bylaw as first adopted, then 1, 2 …: always the next number. */
  amendmentNo: z.int().min(0).max(999),
  adoptedOn: isoDate,
  resolutionId: id.nullable().default(null),
  /** The adopting meeting as typed: "ประชุมใหญ่สามัญประจำปี 2551 เมื่อวันที่ 15 มีนาคม 2551". */
  adoptedAtText: plainText(300),
  /** The bylaw's text as typed; it may be long, or blank when the signed paper is attached instead. */
  bodyText: plainNote(200_000),
  clauses: z.array(clause).max(50).default([]),
  /** The welfare rule versions this bylaw adopts (welfare.types names each version's id). */
  ruleVersionIds: z.array(id).max(200).default([]),
  attachments: z.array(fileId).max(10).default([]),
});

/** The signed paper attached to a version already recorded (a scan found later): an addition, not an edit. */
export const attachBylawInput = z.strictObject({ versionId: id, fileId });

/** A version entered by mistake, taken back with a reason: only the latest, and kept, struck through. */
export const voidBylawInput = z.strictObject({ versionId: id, reason: requiredNote(300) });

export const bylawVersionInput = z.strictObject({ versionId: id });
export const bylawAttachmentInput = z.strictObject({ attachmentId: id });
