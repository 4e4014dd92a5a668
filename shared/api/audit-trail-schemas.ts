import { z } from 'zod';
import { isoDate } from './common-schemas';

/**
 * The audit trail's filters (issue 20 §1): who (the actor as stored), the fund's local days from and to, and what
 * kind of change (the method that made it, the entity it changed). Each is optional; a value that cannot be one
 * is refused naming its field, never read as "no filter".
 */
export const auditTrailFilter = z.strictObject({
  actor: z.string().trim().min(1).max(80).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  method: z
    .string()
    .regex(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/, { message: 'bad-code' })
    .optional(),
  entity: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, { message: 'bad-code' })
    .optional(),
});

/** Where the next page starts: the last row shown (newest first, by time then id), never an offset. */
export const auditTrailCursor = z.strictObject({
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, { message: 'bad-format' }),
  id: z.int().min(1),
});

export const auditTrailInput = auditTrailFilter.extend({
  after: auditTrailCursor.optional(),
  limit: z.int().min(1).max(200).default(50),
});
