import { daysInMonth, formatIsoDate, previousDay as dayBefore, type CalendarDate } from './calendar-date';

/**
 * The fund keeps Thai time (Asia/Bangkok, UTC+7, no daylight saving) wherever a moment becomes a day or a time a
 * person reads: "today" for a claim's fiscal year, the time an edit was recorded. Instants are stored as UTC ISO
 * text (`2026-09-30T18:30:00.000Z`); read as UTC they are seven hours off, and late at night a day off (issue 14
 * §8). Plain arithmetic, so it is the same on a laptop set to any zone.
 */
export const fundUtcOffsetMinutes = 7 * 60;

export type LocalDateTime = { date: CalendarDate; time: string };

const instantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The fund's local date and time (HH:MM) of an instant; undefined when the text is not an ISO instant. */
export function localDateTimeOf(instant: string): LocalDateTime | undefined {
  const match = instantPattern.exec(instant);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, , zone] = match;
  const zoneMinutes =
    zone === 'Z' || zone === undefined ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  let minutes = Number(hour) * 60 + Number(minute) - zoneMinutes + fundUtcOffsetMinutes;
  let parts = { year: Number(year), month: Number(month), day: Number(day) };
  while (minutes >= 24 * 60) {
    minutes -= 24 * 60;
    parts = nextDay(parts);
  }
  while (minutes < 0) {
    minutes += 24 * 60;
    parts = previousDay(parts);
  }
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { date: formatIsoDate(parts), time };
}

/** The fund's local calendar day of an instant (the backend's "today"). */
export function localDateOf(instant: string): CalendarDate {
  const local = localDateTimeOf(instant);
  if (!local) throw new RangeError(`not an ISO instant: ${instant}`);
  return local.date;
}

type Parts = { year: number; month: number; day: number };

function nextDay({ year, month, day }: Parts): Parts {
  if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
  return month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
}

function previousDay({ year, month, day }: Parts): Parts {
  if (day > 1) return { year, month, day: day - 1 };
  return month === 1 ? { year: year - 1, month: 12, day: 31 } : { year, month: month - 1, day: daysInMonth(year, month - 1) };
}

/** The instant (UTC ISO, as instants are stored) the fund's local day begins: a day filter over stored instants. */
export function localDayStart(date: CalendarDate): string {
  // UTC+7 has no daylight saving: the local midnight is the UTC day before at 24:00 less the offset.
  const minutes = 24 * 60 - fundUtcOffsetMinutes;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${dayBefore(date)}T${time}:00.000Z`;
}
