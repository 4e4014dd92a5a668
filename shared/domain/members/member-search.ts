import { toAsciiDigits } from '../money/money-format';
import { normalizeThaiId } from './thai-id';

/**
 * One lower-case text the member list searches with LIKE (a covering index makes that fast enough): the
 * member number, the citizen ID as bare digits (however it was typed), and "first last". Stored per member.
 */
export function memberSearchText(parts: { memberNo: string; citizenId: string | null; firstName: string; lastName: string }): string {
  const citizenDigits = parts.citizenId === null ? '' : normalizeThaiId(toAsciiDigits(parts.citizenId));
  return [parts.memberNo.trim(), citizenDigits, `${parts.firstName.trim()} ${parts.lastName.trim()}`]
    .filter((part) => part !== '')
    .join(' ')
    .toLowerCase();
}

/**
 * What the user typed, shaped like the stored text: trimmed, lower case, Thai digits as ASCII, runs of spaces
 * as one; a query of only digits, dashes and spaces (an ID typed as 3-0123-…) becomes its bare digits.
 */
export function normalizeSearchQuery(query: string): string {
  const text = toAsciiDigits(query).trim().toLowerCase();
  return /^[\d\s-]+$/.test(text) ? text.replace(/[\s-]/g, '') : text.replace(/\s+/g, ' ');
}
