import { z } from 'zod';
import { importEras } from '../domain/import/import-columns';
import { contributionHistoryFields } from '../domain/history/contribution-history-rows';
import { welfareHistoryFields } from '../domain/history/welfare-history-rows';
import { fileId, id, moneyAccountCode, requiredNote } from './common-schemas';

/** Which column fills which field of a history sheet; the backend refuses a field chosen twice, naming both columns. */
function mappingOf<F extends readonly [string, ...string[]]>(fields: F) {
  return z
    .array(z.strictObject({ column: z.int().min(0).max(59), field: z.enum(fields), era: z.enum(importEras).default('auto') }))
    .max(60);
}

export const contributionHistoryPreviewInput = z.strictObject({ fileId, mapping: mappingOf(contributionHistoryFields) });

/**
 * The commit names what the treasurer saw (the file's hash, how many rows the preview accepted) and, when rows
 * on or after the opening date post as receipts, the money account the money went into (there is no default).
 */
export const contributionHistoryCommitInput = contributionHistoryPreviewInput.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  acceptedCount: z.int().min(1),
  accountCode: moneyAccountCode.nullable().default(null),
});

export const welfareHistoryPreviewInput = z.strictObject({ fileId, mapping: mappingOf(welfareHistoryFields) });

export const welfareHistoryCommitInput = welfareHistoryPreviewInput.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  acceptedCount: z.int().min(1),
});

/** A history line imported by mistake is voided with a reason, never edited or deleted (migration 0034). */
export const historyVoidInput = z.strictObject({ historyId: id, reason: requiredNote(300) });
export const memberHistoryInput = z.strictObject({ memberId: id });
