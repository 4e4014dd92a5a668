import { fiscalYearOf, type CalendarDate } from '../calendar-date';

/** The memberships whose end starts the retention clock (issue 20 §3): a lapsed member may still return. */
export const retentionStatuses = ['resigned', 'deceased'] as const;
export type RetentionStatus = (typeof retentionStatuses)[number];

/** reliability.md §(e): personal fields are kept 10 years after the fiscal year closes (a per-fund setting). */
export const defaultKeepYears = 10;

/**
 * The first day a member's personal fields may be cleared: the day after the retention period that starts
 * when the fiscal year her membership ended in closes. With the fund's year starting in October and 10 years
 * kept, a resignation on 2024-01-01 (fiscal year 2024, closed 2024-09-30) is due from 2034-10-01.
 */
export function personalDataDueFrom(endedOn: CalendarDate, fiscalYearStartMonth: number, keepYears: number): CalendarDate {
  const fiscalYear = fiscalYearOf(endedOn, fiscalYearStartMonth);
  // Fiscal year F starts in F - 1 unless it starts in January; the period ends as fiscal year F + keepYears ends.
  const firstAfter = fiscalYear + keepYears + 1;
  const year = fiscalYearStartMonth === 1 ? firstAfter : firstAfter - 1;
  return `${year}-${String(fiscalYearStartMonth).padStart(2, '0')}-01`;
}
