import { daysInMonth, formatIsoDate, parseIsoDate, type CalendarDate } from '../calendar-date';

/**
 * Completed months and years between two ISO dates (Decision 11): a month or year is complete on its
 * anniversary day; an anniversary that does not exist in the target month falls on that month's last day, so a
 * 29 Feb anniversary (membership or birthday) falls on 28 Feb in a common year, and 31 Jan + 1 month is 28/29 Feb.
 * Both dates must be valid ISO dates; when `to` is before `from` the result is negative or zero.
 */
export function completedMonths(from: CalendarDate, to: CalendarDate): number {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start || !end) return 0;
  if (to < from) return -completedMonths(to, from);
  let months = (end.year - start.year) * 12 + (end.month - start.month);
  if (end.day < Math.min(start.day, daysInMonth(end.year, end.month))) months -= 1;
  return months;
}

/** Completed years by anniversary (29 Feb anniversaries fall on 28 Feb in a common year). */
export function completedYears(from: CalendarDate, to: CalendarDate): number {
  const months = completedMonths(from, to);
  return months >= 0 ? Math.floor(months / 12) : -Math.floor(-months / 12);
}

/** Age in completed years on `date` (29 Feb birthdays fall on 28 Feb in a common year). */
export function ageOn(birthDate: CalendarDate, date: CalendarDate): number {
  return completedYears(birthDate, date);
}

/** The anniversary of `date` in `year`: 29 Feb becomes 28 Feb when `year` is not a leap year. */
export function anniversaryIn(date: CalendarDate, year: number): CalendarDate {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  return formatIsoDate({ year, month: parts.month, day: Math.min(parts.day, daysInMonth(year, parts.month)) });
}
