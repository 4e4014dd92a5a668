import { z } from 'zod';
import { id, isoDate, plainText } from './common-schemas';

/** The day an assessment stands at; today when left out (a day after today is refused). */
export const assessInput = z.strictObject({ asOf: isoDate.optional() });

export const keptAssessmentInput = z.strictObject({ assessmentId: id });

/**
 * The certification thresholds (issue 17 §5's defaults: 3, 12, 3, 12) and the fund's coordinator for status form
 * §1, saved with a version check like every edited setting.
 */
export const certificationSettingsInput = z.strictObject({
  expectedVersion: z.int().min(1),
  meetingMonths: z.int().min(1).max(24),
  payoutMonths: z.int().min(1).max(36),
  minWelfareTypes: z.int().min(1).max(50),
  syncMonths: z.int().min(1).max(36),
  coordinatorName: plainText(120),
  coordinatorPhone: plainText(40),
});

/** The certification report of a live assessment (recorded in the history first) or of a kept one. */
export const certificationExportInput = z.strictObject({
  asOf: isoDate.optional(),
  assessmentId: id.optional(),
  format: z.enum(['pdf', 'xlsx']),
});
