/**
 * Business dates are ISO Gregorian 'YYYY-MM-DD' text (Decision 3); periods are 'YYYY-MM'.
 * No `Date` here: calendar arithmetic is done on integers so that it is the same on every machine and zone.
 */
export type CalendarDate = string;
export type Period = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const periodPattern = /^(\d{4})-(\d{2})$/;

export function isLeapYear(gregorianYear: number): boolean {
  return (gregorianYear % 4 === 0 && gregorianYear % 100 !== 0) || gregorianYear % 400 === 0;
}

export function daysInMonth(gregorianYear: number, month: number): number {
  if (month === 2) return isLeapYear(gregorianYear) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type DateParts = { year: number; month: number; day: number };

/** Splits an ISO date; undefined when the text is not a real calendar date (2026-02-30 is not). */
export function parseIsoDate(value: string): DateParts | undefined {
  const match = isoDatePattern.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1800 || year > 2400 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

export function isValidPeriod(value: string): boolean {
  const match = periodPattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 1800 && year <= 2400 && month >= 1 && month <= 12;
}

export function formatIsoDate(parts: DateParts): CalendarDate {
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** Months since year 0: lets periods be compared and counted as integers. */
export function periodIndex(period: Period): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

export function periodFromIndex(index: number): Period {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function periodOfDate(date: CalendarDate): Period {
  return date.slice(0, 7);
}

export function addMonths(period: Period, count: number): Period {
  return periodFromIndex(periodIndex(period) + count);
}

export function lastDayOfPeriod(period: Period): CalendarDate {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return formatIsoDate({ year, month, day: daysInMonth(year, month) });
}

/** ISO dates compare correctly as text; this names the intent. */
export function compareDates(left: CalendarDate, right: CalendarDate): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Days from `from` to `to` (negative when `to` is earlier), by the proleptic Gregorian day count. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

function dayNumber(date: CalendarDate): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  // Days-from-civil (Howard Hinnant): exact for all Gregorian dates.
  const year = parts.month <= 2 ? parts.year - 1 : parts.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const monthShifted = parts.month + (parts.month > 2 ? -3 : 9);
  const dayOfYear = Math.floor((153 * monthShifted + 2) / 5) + parts.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra;
}

/**
 * The fiscal year a date belongs to, named by the Gregorian year it ends in (Decision 4):
 * with the default start month 10, 2023-10-01 … 2024-09-30 is fiscal year 2024 (ปีงบประมาณ 2567).
 */
export function fiscalYearOf(date: CalendarDate, startMonth: number): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (startMonth === 1) return year;
  return month >= startMonth ? year + 1 : year;
}

/** The twelve months of a fiscal year in order (Decision 4): fiscal year 2024 from 10 is 2023-10 … 2024-09. */
export function fiscalYearPeriods(fiscalYear: number, startMonth: number): Period[] {
  const first = startMonth === 1 ? `${fiscalYear}-01` : `${fiscalYear - 1}-${String(startMonth).padStart(2, '0')}`;
  return Array.from({ length: 12 }, (_unused, index) => addMonths(first, index));
}

export const buddhistEraOffset = 543;

export function toBuddhistYear(gregorianYear: number): number {
  return gregorianYear + buddhistEraOffset;
}

/** The day before a date (2026-03-01 → 2026-02-28); the date is assumed valid. */
export function previousDay(date: CalendarDate): CalendarDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (day > 1) return formatIsoDate({ year, month, day: day - 1 });
  if (month > 1) return formatIsoDate({ year, month: month - 1, day: daysInMonth(year, month - 1) });
  return formatIsoDate({ year: year - 1, month: 12, day: 31 });
}

export function nextDay(date: CalendarDate): CalendarDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (day < daysInMonth(year, month)) return formatIsoDate({ year, month, day: day + 1 });
  if (month < 12) return formatIsoDate({ year, month: month + 1, day: 1 });
  return formatIsoDate({ year: year + 1, month: 1, day: 1 });
}
