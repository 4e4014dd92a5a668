import { daysInMonth, formatIsoDate, nextDay, type CalendarDate } from '../calendar-date';

/**
 * The certification self-assessment (domain §(e), Decision 16, issue 17 §5): CODI's four criteria judged from the
 * fund's data as of a day. A criterion passes or fails, never scores; it is made of parts, each with its status,
 * what was found (dated evidence lines) and, when it fails, what to fix. Lines are codes and parameters (A5),
 * translated where they are shown: dates in B.E., money in baht.
 */

/**
 * A part's status. `not-applicable`: the check does not apply yet (a fund in its first fiscal year has no year end
 * to close); `not-yet-available`: the app could not check it yet, never a silent pass — no part is judged so today,
 * but assessments kept before the sync file of issue 18 hold it for their sync part and are shown as they were kept.
 */
export type PartStatus = 'pass' | 'fail' | 'not-applicable' | 'not-yet-available';

/**
 * A criterion's light: green `pass`, red `fail`, amber `incomplete` — every part passes or does not apply, but one
 * cannot be checked yet, so the criterion cannot be called passed. A failing part makes the criterion fail
 * whatever else it holds.
 */
export type CriterionStatus = 'pass' | 'fail' | 'incomplete';

export type CriterionKey = 'current-data' | 'committee' | 'bylaws' | 'welfare';
export const criterionKeys: readonly CriterionKey[] = ['current-data', 'committee', 'bylaws', 'welfare'];

export type PartKey =
  | 'profile'
  | 'member-dates'
  | 'books-closed'
  | 'sync-export'
  | 'term'
  | 'officers'
  | 'meeting'
  | 'bylaw'
  | 'clauses'
  | 'member-payout'
  | 'community-payment'
  | 'welfare-types';

/** A sentence of evidence or of what to fix: a translation key under `certification.` and its parameters. */
export type AssessmentLine = { code: string; params: Record<string, string | number> };

/** Where the evidence is seen and the fix is made: a page of the app (the renderer opens it). */
export type CertificationLink =
  | { page: 'settings' }
  | { page: 'sync' }
  | { page: 'committee' }
  | { page: 'meetings' }
  | { page: 'members' }
  | { page: 'welfare' }
  | { page: 'community' }
  | { page: 'bylaws' }
  | { page: 'cashbook'; tab: 'yearEnd' }
  | { page: 'voucher'; voucherId: number };

export type AssessmentPart = {
  key: PartKey;
  status: PartStatus;
  evidence: AssessmentLine[];
  /** What to do to make it pass; empty unless it fails. */
  fixes: AssessmentLine[];
  link: CertificationLink | null;
};

export type CriterionResult = { key: CriterionKey; status: CriterionStatus; parts: AssessmentPart[] };

/** The thresholds (fund settings, issue 17 §5's defaults). */
export type CertificationThresholds = {
  /** A committee meeting recorded within this many months before the day (criterion 2). */
  meetingMonths: number;
  /** A member payout and a community payment within this many months (criterion 4). */
  payoutMonths: number;
  /** Welfare types with a rule in force (criterion 4). */
  minWelfareTypes: number;
  /** A sync file exported within this many months (criterion 1, once the sync issue lands). */
  syncMonths: number;
};

export const defaultThresholds: CertificationThresholds = { meetingMonths: 3, payoutMonths: 12, minWelfareTypes: 3, syncMonths: 12 };

export type Assessment = { asOf: CalendarDate; thresholds: CertificationThresholds; criteria: CriterionResult[] };

export const line = (code: string, params: Record<string, string | number> = {}): AssessmentLine => ({
  code: `certification.${code}`,
  params,
});

/** A part that passes when `isPassed`; its fixes are kept only when it fails. */
export function judgedPart(
  key: PartKey,
  isPassed: boolean,
  evidence: AssessmentLine[],
  fixes: AssessmentLine[],
  link: CertificationLink | null,
): AssessmentPart {
  return { key, status: isPassed ? 'pass' : 'fail', evidence, fixes: isPassed ? [] : fixes, link };
}

/** The criterion's light from its parts: any failure fails it; else a part not checkable yet leaves it incomplete. */
export function criterionStatus(parts: readonly Pick<AssessmentPart, 'status'>[]): CriterionStatus {
  if (parts.some((part) => part.status === 'fail')) return 'fail';
  if (parts.some((part) => part.status === 'not-yet-available')) return 'incomplete';
  return 'pass';
}

export function criterion(key: CriterionKey, parts: AssessmentPart[]): CriterionResult {
  return { key, status: criterionStatus(parts), parts };
}

/** The first day of the `months` months that end on `day`: 3 months to 2026-11-25 start on 2026-08-26. */
export function windowStart(day: CalendarDate, months: number): CalendarDate {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  // 31 May less 3 months is the last day of February: a month without that day ends the count on its last day.
  return nextDay(formatIsoDate({ year, month, day: Math.min(Number(day.slice(8, 10)), daysInMonth(year, month)) }));
}
