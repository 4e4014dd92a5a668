import type { CalendarDate } from './calendar-date';

/**
 * The dates a field can plausibly hold. A date outside them is a typing slip — a B.E. year typed where C.E. was
 * meant (2569-01-01), a digit dropped (1800) — and is refused at the boundary, naming the field, before any rule
 * judges it. Rules that need today (a birth date in the future) are the backend's; these are fixed bounds.
 */
export type DateRange = { min: CalendarDate; max: CalendarDate };

export const plausibleDates = {
  /** People alive to join a fund or be supported by a member: born from 1900. */
  birth: { min: '1900-01-01', max: '2100-12-31' },
  /**
   * Anything in a fund's own life — founding, applications and approvals, receipts, status events, claims and
   * their events, rule and plan-rate starts, "as of" days: community funds and the savings groups before them
   * date from the second half of the twentieth century.
   */
  record: { min: '1950-01-01', max: '2100-12-31' },
} as const satisfies Record<string, DateRange>;

export function isWithin(date: CalendarDate, range: DateRange): boolean {
  return date >= range.min && date <= range.max;
}
