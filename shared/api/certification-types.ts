import type { CalendarDate } from '../domain/calendar-date';
import type { Assessment, CertificationThresholds, CriterionStatus } from '../domain/certification/assessment';

export type { Assessment, AssessmentLine, AssessmentPart, CertificationLink, CriterionResult } from '../domain/certification/assessment';

export type CertificationSettings = CertificationThresholds & {
  /** ผู้ประสานงาน of status form §1: no other record of the fund holds it. */
  coordinatorName: string;
  coordinatorPhone: string;
  version: number;
};

/** An assessment kept in the history exactly as it was computed. */
export type KeptAssessment = {
  id: number;
  uuid: string;
  asOf: CalendarDate;
  /** The instant it was computed and kept. */
  computedAt: string;
  recordedBy: string;
  assessment: Assessment;
};

/** A kept assessment as the history lists it: its four lights in CODI's order. */
export type KeptAssessmentSummary = Omit<KeptAssessment, 'assessment'> & { statuses: CriterionStatus[] };

export type CertificationHistory = { items: KeptAssessmentSummary[] };
