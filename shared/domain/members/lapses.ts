import type { CalendarDate } from '../calendar-date';
import { spellsOf, type StatusEvent } from './spells';

/**
 * Why the committee ends a membership (Decision 8; issue 17 §4): arrears of the fund's number of months, or
 * another reason the bylaw names (ขาดคุณสมบัติ) — no longer qualifies, moved away, or another.
 */
export const lapseReasons = ['arrears', 'no-longer-qualifies', 'moved-away', 'other'] as const;
export type LapseReason = (typeof lapseReasons)[number];

/** The default of the fund's setting: three overdue months put a member on the list of proposed lapses. */
export const defaultLapseProposalMonths = 3;

/**
 * Whether the member is in an open spell at the end of the day (Decision 7's "as of"): approved by then, and
 * no resignation, death or lapse dated on or before it since her last start. A member whose exit is dated that
 * day is no longer proposed or lapsed: her spell has already ended. `events` are those in force, oldest first.
 */
export function isActiveOn(
  approvedOn: CalendarDate,
  events: readonly Pick<StatusEvent, 'kind' | 'effectiveOn'>[],
  day: CalendarDate,
): boolean {
  if (approvedOn > day) return false;
  const spells = spellsOf(
    approvedOn,
    events.filter((event) => event.effectiveOn <= day),
  );
  return spells.at(-1)?.end === null;
}
