import { z } from 'zod';
import { recipientKeyFileMaxBytes } from './sync-personal-format';

/**
 * `sync.export`'s options (Decision 18): pseudonymous unless the treasurer chooses full data, which then needs
 * the regional workspace's key file, given as its text (`sync.recipientKey` reads a picked file for her first).
 */
export const syncExportInput = z.strictObject({
  /** `incremental`: only the records new, changed or gone since the last file (its chain's next link). */
  kind: z.enum(['full', 'incremental']).default('full'),
  personalData: z.enum(['pseudonymous', 'encrypted-full']).default('pseudonymous'),
  recipientKey: z.string().max(recipientKeyFileMaxBytes).optional(),
});

/** A key file the person picked or uploaded, by its id in the host's file store. */
export const recipientKeyInput = z.strictObject({ fileId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'bad-file-id' }) });
