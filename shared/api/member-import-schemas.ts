import { z } from 'zod';
import { importEras, importFields } from '../domain/members/import/import-fields';
import { fileId, plainText } from './common-schemas';

/** Which column fills which field; the backend refuses a field chosen twice, naming both columns. */
export const importMapping = z
  .array(
    z.strictObject({
      column: z.int().min(0).max(59),
      field: z.enum(importFields),
      era: z.enum(importEras).default('auto'),
    }),
  )
  .max(60);

export const importFileInput = z.strictObject({ fileId });

export const importPreviewInput = z.strictObject({
  fileId,
  mapping: importMapping,
  /** The approval's words for rows whose sheet gives none ("ทะเบียนสมาชิกเดิม มติที่ประชุม 1/2560"). */
  defaultApprovalRef: plainText(100),
});

/** The commit names what the treasurer saw: the file's hash and how many rows the preview accepted. */
export const importCommitInput = importPreviewInput.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  acceptedCount: z.int().min(1),
});
