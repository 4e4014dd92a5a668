import type { MatchingCounts, MatchingEligibility, MatchingRow } from '../../../shared/api/report-types';
import { ageBandOn, matchingCutoff, matchingStanding, type AgeBand } from '../../../shared/domain/matching/eligibility';
import type { Connection } from '../db/execute';
import { readFund } from '../db/repositories/fund-repository';
import { matchingMembers, matchingStandingFacts } from '../db/repositories/matching-repository';

const emptyCounts = (): MatchingCounts => ({ members: 0, eligible: 0, underAYear: 0, matchedOut: 0 });
const ageBands: readonly AgeBand[] = ['child', 'working-age', 'elderly'];

/**
 * The matching-eligibility list at 30 September of `year` (Decision 15): the counts a matching proposal asks for
 * (domain §(a)3 4.2: members, members with a full year; the villages they come from; the age groups covered) and
 * the eligible members, `limit` from `offset`, by village and Thai name order.
 */
export function matchingEligibilityOf(connection: Connection, year: number, page: { offset: number; limit: number }): MatchingEligibility {
  const cutoff = matchingCutoff(year);
  const counting = readFund(connection).membershipCounting;
  const counts = emptyCounts();
  const villages = new Map<string, { moo: number | null; village: string } & MatchingCounts>();
  const ages = new Map(ageBands.map((band) => [band, { band, ...emptyCounts() }]));
  const eligible: MatchingRow[] = [];
  for (const member of matchingMembers(connection, cutoff)) {
    const standing = matchingStanding(member, cutoff, counting);
    if (standing.kind === 'not-member') continue;
    const key = `${member.moo ?? ''}|${member.village}`;
    const village = villages.get(key) ?? { moo: member.moo, village: member.village, ...emptyCounts() };
    villages.set(key, village);
    for (const tally of [counts, village, ages.get(ageBandOn(member.birthDate, cutoff)) ?? emptyCounts()]) {
      tally.members += 1;
      if (standing.kind === 'eligible') tally.eligible += 1;
      else if (standing.kind === 'under-a-year') tally.underAYear += 1;
      else tally.matchedOut += 1;
    }
    if (standing.kind === 'eligible')
      eligible.push({
        memberId: member.memberId,
        memberNo: member.memberNo,
        fullName: member.fullName,
        moo: member.moo,
        village: member.village,
        memberSince: standing.memberSince,
        completedYears: standing.completedYears,
        timesMatched: member.timesMatched,
      });
  }
  return {
    cutoff,
    counts,
    byVillage: [...villages.values()],
    byAge: [...ages.values()],
    rows: eligible.slice(page.offset, page.offset + page.limit),
    total: eligible.length,
    offset: page.offset,
  };
}

/** The list's counts alone (the status form's §3.2), without names, villages or order: what the status form needs. */
export function matchingCountsOf(connection: Connection, year: number): MatchingCounts {
  const cutoff = matchingCutoff(year);
  const counting = readFund(connection).membershipCounting;
  const counts = emptyCounts();
  for (const member of matchingStandingFacts(connection, cutoff)) {
    const standing = matchingStanding(member, cutoff, counting);
    if (standing.kind === 'not-member') continue;
    counts.members += 1;
    if (standing.kind === 'eligible') counts.eligible += 1;
    else if (standing.kind === 'under-a-year') counts.underAYear += 1;
    else counts.matchedOut += 1;
  }
  return counts;
}
