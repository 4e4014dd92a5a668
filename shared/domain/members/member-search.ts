import { toAsciiDigits } from '../money/money-format';

/** One lower-case text the member list searches with LIKE: number, citizen ID digits, and the full name. */
export function memberSearchText(parts: { memberNo: string; citizenId: string | null; firstName: string; lastName: string }): string {
  return [parts.memberNo, parts.citizenId ?? '', `${parts.firstName} ${parts.lastName}`].join(' ').toLowerCase();
}

/** What the user typed, shaped like the stored text: Thai digits as ASCII, an ID typed with dashes as digits. */
export function normalizeSearchQuery(query: string): string {
  const text = toAsciiDigits(query).trim().toLowerCase();
  return /^[\d\s-]+$/.test(text) ? text.replace(/[\s-]/g, '') : text.replace(/\s+/g, ' ');
}
