import type { CalendarDate } from '../calendar-date';
import type { StatusEventKind } from '../members/spells';
import { spellsOf } from '../members/spells';
import { ageOn, completedYears } from '../welfare/durations';

/** CODI counts members for a matching round at 30 September, whatever the fund's own fiscal year (Decision 4). */
export function matchingCutoff(year: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-09-30`;
}

/** The latest cut-off on or before a day: the round a proposal written on that day counts members for. */
export function latestMatchingYear(today: CalendarDate): number {
  const year = Number(today.slice(0, 4));
  return today >= matchingCutoff(year) ? year : year - 1;
}

/** A government matching round counts a member at most this many times (Decision 15; status form §3.2). */
export const matchingTimesLimit = 3;

export type MatchingMember = {
  approvedOn: CalendarDate;
  /** The member's status events in force, oldest first (voided ones left out). */
  events: readonly { kind: StatusEventKind; effectiveOn: CalendarDate }[];
  /** How many earlier matching rounds counted the member. */
  timesMatched: number;
};

/** Where a member stands at a cut-off: not a member that day, or the list's reason, with the years counted. */
export type MatchingStandingAt =
  { kind: 'not-member' } | { kind: 'eligible' | 'under-a-year' | 'matched-out'; memberSince: CalendarDate; completedYears: number };

/**
 * Decision 15: a member counts for matching with at least one full year of membership at the cut-off and fewer
 * than three earlier matchings. Membership is the spell that holds the cut-off day (an exit on the day itself
 * still counts, Decision 6); its years count from that spell's start, or from the first approval when the fund
 * counts membership from the first spell.
 */
export function matchingStanding(
  member: MatchingMember,
  cutoff: CalendarDate,
  counting: 'current-spell' | 'first-spell',
): MatchingStandingAt {
  const events = member.events.filter((event) => event.effectiveOn <= cutoff);
  if (member.approvedOn > cutoff) return { kind: 'not-member' };
  const spell = spellsOf(member.approvedOn, events).find(
    (candidate) => candidate.start <= cutoff && (candidate.end === null || candidate.end >= cutoff),
  );
  if (!spell) return { kind: 'not-member' };
  const memberSince = counting === 'first-spell' ? member.approvedOn : spell.start;
  const years = completedYears(memberSince, cutoff);
  if (member.timesMatched >= matchingTimesLimit) return { kind: 'matched-out', memberSince, completedYears: years };
  return { kind: years >= 1 ? 'eligible' : 'under-a-year', memberSince, completedYears: years };
}

export type AgeBand = 'child' | 'working-age' | 'elderly';

/** Age bands of the status form's categories (domain (g)6): a child is under 18, an elder 60 or over. */
export function ageBandOn(birthDate: CalendarDate, date: CalendarDate): AgeBand {
  const age = ageOn(birthDate, date);
  if (age < 18) return 'child';
  return age >= 60 ? 'elderly' : 'working-age';
}
