import { formatIsoDate, isLeapYear, parseIsoDate, type CalendarDate } from '../calendar-date';
import { ageOn } from '../welfare/durations';

/** Status form §3.3 flags the treasurer sets on a member; several may hold at once (domain §(a)2, §(b) Member). */
export const storedMemberCategories = ['disadvantaged', 'disabled', 'orphan'] as const;
export type StoredMemberCategory = (typeof storedMemberCategories)[number];

/**
 * The status form's categories in its order: บุคคลทั่วไป, เด็ก/เยาวชน, ผู้สูงอายุ, ผู้ด้อยโอกาส, ผู้พิการ, กำพร้า.
 * Child and elderly are not stored: domain §(b) Member says they are derived from age at the report's date
 * ([S2] does the same), so they are worked out here as of a date and can never go stale. General is a member in
 * none of the others.
 */
export const memberCategories = ['general', 'child', 'elderly', 'disadvantaged', 'disabled', 'orphan'] as const;
export type MemberCategory = (typeof memberCategories)[number];

/** Children and youth are under 18, the elderly 60 or older, in completed years (domain §(g)6). */
export const childUnderAge = 18;
export const elderlyFromAge = 60;

/** The categories a member falls in on `date`: her flags, and child or elderly by her age then. */
export function memberCategoriesOn(birthDate: CalendarDate, flags: readonly StoredMemberCategory[], date: CalendarDate): MemberCategory[] {
  const age = ageOn(birthDate, date);
  const found: MemberCategory[] = [];
  if (age < childUnderAge) found.push('child');
  if (age >= elderlyFromAge) found.push('elderly');
  for (const category of memberCategories) if ((flags as readonly string[]).includes(category)) found.push(category);
  return found.length === 0 ? ['general'] : found;
}

/**
 * The latest birth date of someone aged `age` or more on `date`, as `ageOn` counts (a 29 Feb birthday falls on
 * 28 Feb in a common year): the bound a list filters ages by in SQL. Someone is under `age` when born after it.
 */
export function latestBirthDateAged(age: number, date: CalendarDate): CalendarDate {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  const year = parts.year - age;
  if (parts.month === 2 && parts.day >= 28 && isLeapYear(year) && !isLeapYear(parts.year))
    return formatIsoDate({ year, month: 2, day: 29 });
  if (parts.month === 2 && parts.day === 29 && !isLeapYear(year)) return formatIsoDate({ year, month: 2, day: 28 });
  return formatIsoDate({ year, month: parts.month, day: parts.day });
}
