import { daysInMonth, parseIsoDate, toBuddhistYear, formatIsoDate, buddhistEraOffset } from './calendar-date';
import { localDateTimeOf } from './local-time';
import { toAsciiDigits } from './money/money-format';

/** Screens and paper show Buddhist-era dates (Decision 3); storage stays ISO Gregorian. */
export const thaiMonthNames = {
  long: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
  short: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
} as const;

export const englishMonthNames = {
  long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

export type DateStyle = 'short' | 'long' | 'numeric';

/** '2024-02-29' → '29 ก.พ. 2567' (short), '29 กุมภาพันธ์ พ.ศ. 2567' (long), '29/02/2567' (numeric). */
export function formatDate(iso: string, locale: 'th' | 'en', style: DateStyle = 'short'): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  const year = toBuddhistYear(parts.year);
  if (style === 'numeric') return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${year}`;
  const names = locale === 'th' ? thaiMonthNames : englishMonthNames;
  const month = names[style][parts.month - 1] ?? '';
  if (style === 'long') return locale === 'th' ? `${parts.day} ${month} พ.ศ. ${year}` : `${parts.day} ${month} B.E. ${year}`;
  return `${parts.day} ${month} ${year}`;
}

/** A stored instant as the fund reads it, in Thai time: '2026-09-30T18:30:00Z' → '1 ต.ค. 2569 01:30 น.'. */
export function formatInstant(instant: string, locale: 'th' | 'en'): string {
  const local = localDateTimeOf(instant);
  if (!local) return instant;
  return `${formatDate(local.date, locale)} ${local.time}${locale === 'th' ? ' น.' : ''}`;
}

/** The day of a stored instant, in Thai time: '2026-09-30T18:30:00Z' → '1 ต.ค. 2569'. */
export function formatInstantDate(instant: string, locale: 'th' | 'en'): string {
  const local = localDateTimeOf(instant);
  return local ? formatDate(local.date, locale) : instant;
}

/** '2024-02' → 'ก.พ. 2567' / 'Feb 2567'. */
export function formatPeriod(period: string, locale: 'th' | 'en'): string {
  const month = Number(period.slice(5, 7));
  const names = locale === 'th' ? thaiMonthNames.short : englishMonthNames.short;
  return `${names[month - 1] ?? period.slice(5, 7)} ${toBuddhistYear(Number(period.slice(0, 4)))}`;
}

/**
 * What a user types as a date: d/m/yyyy in B.E. (also with - or . and Thai digits). A year ≥ 2400 is B.E.;
 * a two-digit year is B.E. 25yy; a Gregorian-looking year is refused, because screens always take B.E.
 * Leap years are tested on the Gregorian year: 29/02/2567 exists, 29/02/2566 does not.
 */
export function parseBuddhistDate(text: string): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(toAsciiDigits(text).trim());
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const rawYear = match[3] ?? '';
  let buddhistYear = Number(rawYear);
  if (rawYear.length === 2) buddhistYear += 2500;
  else if (buddhistYear < 2400) return undefined;
  const year = buddhistYear - buddhistEraOffset;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const iso = formatIsoDate({ year, month, day });
  return parseIsoDate(iso) ? iso : undefined;
}

/** The fiscal year named by the C.E. year it ends in, shown as its B.E. year (Decision 4). */
export function fiscalYearLabel(fiscalYear: number): number {
  return toBuddhistYear(fiscalYear);
}
