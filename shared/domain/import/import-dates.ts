import { buddhistEraOffset, daysInMonth, formatIsoDate, type CalendarDate, type Period } from '../calendar-date';
import { englishMonthNames, thaiMonthNames } from '../buddhist-date';
import { toAsciiDigits } from '../money/money-format';
import type { ImportCell } from './import-cells';
import type { ImportEra } from './import-columns';

/**
 * Reading a date or a month from a cell (Decision 3, handbook §(f)4): d/m/y (with / - . or spaces), y-m-d (real
 * funds keep B.E. years in that shape), "15 มี.ค. 2567", a date cell, Thai or Arabic digits. A year of 2400 or more
 * is B.E.; a column said to be C.E. that holds one, or a B.E. column holding a C.E. year, is a problem, not a guess;
 * a two-digit year is read as B.E. 25yy (C.E. 20yy or 19yy in a C.E. column) with a warning. Leap years are tested
 * on the C.E. year, so 29/02/2567 exists and 31/02/2567 does not.
 */
export type DateProblem =
  | { code: 'import-date-unreadable' }
  | { code: 'import-date-impossible' }
  | { code: 'import-be-year-in-ce-column'; year: number }
  | { code: 'import-ce-year-in-be-column'; year: number }
  | { code: 'import-year-543-off'; year: number }
  | { code: 'import-date-in-future' };

export type DateReading<T> = { ok: true; value: T; twoDigitYear: boolean } | { ok: false; problem: DateProblem };

type RawDate = { year: number; month: number; day: number; twoDigitYear: boolean; era: 'be' | 'ce' | undefined };

const monthWords: readonly (readonly string[])[] = Array.from({ length: 12 }, (_, index) => [
  thaiMonthNames.long[index] ?? '',
  thaiMonthNames.short[index] ?? '',
  (thaiMonthNames.short[index] ?? '').replace(/\./g, ''),
  (englishMonthNames.long[index] ?? '').toLowerCase(),
  (englishMonthNames.short[index] ?? '').toLowerCase(),
]);

function monthOfWord(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\s/g, '');
  const index = monthWords.findIndex((words) => words.includes(key) || words.includes(key.replace(/\./g, '')));
  return index < 0 ? undefined : index + 1;
}

const numericDate = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$/;
const isoShaped = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const wordDate = /^(\d{1,2})\s*([^\d\s]+?)\s*(พ\.ศ\.|ค\.ศ\.|b\.e\.|c\.e\.)?\s*(\d{4}|\d{2})$/i;
const numericMonth = /^(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$/;
const isoMonth = /^(\d{4})-(\d{1,2})$/;
const wordMonth = /^([^\d\s]+?)\s*(พ\.ศ\.|ค\.ศ\.|b\.e\.|c\.e\.)?\s*(\d{4}|\d{2})$/i;

function eraWord(word: string | undefined): 'be' | 'ce' | undefined {
  if (!word) return undefined;
  return /พ|b/i.test(word) ? 'be' : 'ce';
}

function rawOfText(text: string): RawDate | undefined {
  const cleaned = toAsciiDigits(text)
    .normalize('NFC')
    .trim()
    .replace(/^วันที่\s*/, '');
  let match = numericDate.exec(cleaned);
  if (match) return raw(match[3], Number(match[2]), Number(match[1]), undefined);
  match = isoShaped.exec(cleaned);
  if (match) return raw(match[1], Number(match[2]), Number(match[3]), undefined);
  match = wordDate.exec(cleaned);
  if (match) {
    const month = monthOfWord(match[2] ?? '');
    return month === undefined ? undefined : raw(match[4], month, Number(match[1]), eraWord(match[3]));
  }
  return undefined;
}

function raw(yearText: string | undefined, month: number, day: number, era: 'be' | 'ce' | undefined): RawDate {
  const text = yearText ?? '';
  return { year: Number(text), month, day, twoDigitYear: text.length === 2, era };
}

/** An Excel day number typed into a text column (days since 1899-12-30), for sheets saved through CSV. */
function rawOfSerial(serial: number): RawDate | undefined {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465) return undefined;
  // Civil-from-days (Howard Hinnant), counted from 0000-03-01; 1899-12-30 is day 693 959 of that count.
  const days = serial + 693_959 - 60;
  const era = Math.floor(days / 146_097);
  const dayOfEra = days - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthShifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthShifted + 2) / 5) + 1;
  const month = monthShifted < 10 ? monthShifted + 3 : monthShifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day, twoDigitYear: false, era: undefined };
}

function rawOfCell(cell: ImportCell): RawDate | undefined {
  if (cell.kind === 'date') return { ...cell, twoDigitYear: false, era: undefined };
  if (cell.kind === 'number') return rawOfSerial(cell.value);
  if (cell.kind === 'text') return rawOfText(cell.text);
  return undefined;
}

/** The C.E. year a written year stands for in a column of this calendar, or why it cannot be taken. */
function gregorianYear(
  date: RawDate,
  columnEra: ImportEra,
  todayYear: number,
): { ok: true; year: number } | { ok: false; problem: DateProblem } {
  if (date.twoDigitYear) {
    if ((date.era ?? columnEra) !== 'ce') return { ok: true, year: 2500 + date.year - buddhistEraOffset };
    return { ok: true, year: date.year <= todayYear % 100 ? 2000 + date.year : 1900 + date.year };
  }
  const written = date.era ?? columnEra;
  const looksBuddhist = date.year >= 2400;
  if (looksBuddhist && written === 'ce' && date.era === undefined)
    return { ok: false, problem: { code: 'import-be-year-in-ce-column', year: date.year } };
  if (!looksBuddhist && written === 'be') return { ok: false, problem: { code: 'import-ce-year-in-be-column', year: date.year } };
  const year = looksBuddhist ? date.year - buddhistEraOffset : date.year;
  // A date converted twice or not at all is 543 years away from a plausible one.
  if (year > todayYear + 50 || year < 1880) return { ok: false, problem: { code: 'import-year-543-off', year: date.year } };
  return { ok: true, year };
}

/**
 * A date cell keeps a C.E. day whatever the screen showed (Thai Excel shows it in B.E.), so "B.E." said of its
 * column cannot apply to it; only a C.E. column still catches a B.E. year typed into a date cell.
 */
function cellEra(cell: ImportCell, era: ImportEra): ImportEra {
  return cell.kind === 'date' && era === 'be' ? 'auto' : era;
}

/** A whole date; `today` refuses dates after it. */
export function readImportDate(cell: ImportCell, era: ImportEra, today: CalendarDate): DateReading<CalendarDate> {
  const date = rawOfCell(cell);
  if (!date) return { ok: false, problem: { code: 'import-date-unreadable' } };
  const year = gregorianYear(date, cellEra(cell, era), Number(today.slice(0, 4)));
  if (!year.ok) return year;
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(year.year, date.month))
    return { ok: false, problem: { code: 'import-date-impossible' } };
  const iso = formatIsoDate({ year: year.year, month: date.month, day: date.day });
  if (iso > today) return { ok: false, problem: { code: 'import-date-in-future' } };
  return { ok: true, value: iso, twoDigitYear: date.twoDigitYear };
}

/** A month (the paid-through month): "3/2567", "2567-03", "มี.ค. 2567", or a whole date, whose month it takes. */
export function readImportMonth(cell: ImportCell, era: ImportEra, today: CalendarDate): DateReading<Period> {
  const whole = rawOfCell(cell);
  const date = whole ?? (cell.kind === 'text' ? rawOfMonthText(cell.text) : undefined);
  if (!date) return { ok: false, problem: { code: 'import-date-unreadable' } };
  const year = gregorianYear(date, cellEra(cell, era), Number(today.slice(0, 4)));
  if (!year.ok) return year;
  if (date.month < 1 || date.month > 12) return { ok: false, problem: { code: 'import-date-impossible' } };
  return { ok: true, value: `${year.year}-${String(date.month).padStart(2, '0')}`, twoDigitYear: date.twoDigitYear };
}

function rawOfMonthText(text: string): RawDate | undefined {
  const cleaned = toAsciiDigits(text).normalize('NFC').trim();
  let match = numericMonth.exec(cleaned);
  if (match) return raw(match[2], Number(match[1]), 1, undefined);
  match = isoMonth.exec(cleaned);
  if (match) return raw(match[1], Number(match[2]), 1, undefined);
  match = wordMonth.exec(cleaned);
  if (match) {
    const month = monthOfWord(match[1] ?? '');
    return month === undefined ? undefined : raw(match[3], month, 1, eraWord(match[2]));
  }
  return undefined;
}
