import { failure, success, type Result } from '../result';

/**
 * The committee (domain §(b) Committee, issue 17 §1): terms (ชุดที่) that never overlap, and seats held within
 * them, each for its own days. Pure checks over plain records; the use case loads them and writes.
 */

/**
 * Offices seen in real funds (domain §(b), [S3]), in the order a committee list prints them: as status form §8's
 * example does (ประธาน, รองประธาน, เหรัญญิก, the กรรมการ, then เลขานุการ), advisors last.
 */
export const committeePositions = [
  'chair',
  'vice-chair',
  'treasurer',
  'assistant-treasurer',
  'registrar',
  'welfare-officer',
  'public-relations',
  'internal-auditor',
  'external-auditor',
  'member',
  'secretary',
  'assistant-secretary',
  'advisor',
] as const;
export type CommitteePosition = (typeof committeePositions)[number];

/**
 * Offices one person holds at a time. A vice-chair is not among them: funds often have รองประธาน คนที่ 1 and 2;
 * the chair, the secretary and the treasurer sign the fund's papers and are one each.
 */
export const singleHolderPositions: readonly CommitteePosition[] = ['chair', 'secretary', 'treasurer'];

/** Whom a seat represents in the community: status form §8.1's boxes, in its order. */
export const communityRoles = ['member-representatives', 'local-government', 'headmen', 'monks', 'experts', 'other'] as const;
export type CommunityRole = (typeof communityRoles)[number];

/** Days a term runs, both included. */
export type TermDays = { id: number; termNo: number; startsOn: string; endsOn: string };

/** A seat's days as the checks need them; a null end runs to the end of its term. */
export type SeatDays = {
  id: number;
  position: CommitteePosition;
  name: string;
  memberId: number | null;
  startsOn: string;
  endsOn: string | null;
};

/** The last day a seat holds office: its own end, or its term's. */
export function seatLastDay(seat: Pick<SeatDays, 'endsOn'>, term: Pick<TermDays, 'endsOn'>): string {
  return seat.endsOn ?? term.endsOn;
}

const overlaps = (startA: string, endA: string, startB: string, endB: string) => startA <= endB && startB <= endA;

/** A new term: it ends on or after it starts, its number is new, and it shares no day with another term. */
export function checkNewTerm(terms: readonly TermDays[], term: Omit<TermDays, 'id'>): Result<true> {
  if (term.endsOn < term.startsOn) return failure('committee-term-ends-before-start', 'endsOn', { startsOn: term.startsOn });
  const sameNumber = terms.find((other) => other.termNo === term.termNo);
  if (sameNumber) return failure('committee-term-number-taken', 'termNo', { termNo: term.termNo });
  const clash = terms.find((other) => overlaps(other.startsOn, other.endsOn, term.startsOn, term.endsOn));
  if (clash) return failure('committee-term-overlap', 'startsOn', { termNo: clash.termNo, startsOn: clash.startsOn, endsOn: clash.endsOn });
  return success(true);
}

/**
 * A seat's days checked against its term and the other seats of the term: inside the term, and no single-holder
 * office held by two people on one day (a chair replaced mid-term is fine: one seat ends, the next begins the
 * day after). `seat.id` is the seat being changed, left out of the comparison; 0 for a new one.
 */
export function checkSeatDays(term: TermDays, seats: readonly SeatDays[], seat: SeatDays): Result<true> {
  if (seat.startsOn < term.startsOn || seat.startsOn > term.endsOn)
    return failure('committee-seat-outside-term', 'startsOn', { termNo: term.termNo, startsOn: term.startsOn, endsOn: term.endsOn });
  if (seat.endsOn !== null && seat.endsOn < seat.startsOn)
    return failure('committee-seat-ends-before-start', 'endsOn', { startsOn: seat.startsOn });
  if (seat.endsOn !== null && seat.endsOn > term.endsOn)
    return failure('committee-seat-outside-term', 'endsOn', { termNo: term.termNo, startsOn: term.startsOn, endsOn: term.endsOn });
  const lastDay = seatLastDay(seat, term);
  for (const other of seats) {
    if (other.id === seat.id || !overlaps(other.startsOn, seatLastDay(other, term), seat.startsOn, lastDay)) continue;
    if (singleHolderPositions.includes(seat.position) && other.position === seat.position)
      return failure('committee-office-held', 'position', {
        position: seat.position,
        name: other.name,
        startsOn: other.startsOn,
        endsOn: seatLastDay(other, term),
      });
    if (seat.memberId !== null && other.memberId === seat.memberId)
      return failure('committee-person-seated', 'person', { name: other.name, position: other.position });
  }
  return success(true);
}

/** The seats holding office on a day, in the list's order: by office, then by the day each began. */
export function seatsOn<S extends SeatDays>(term: TermDays, seats: readonly S[], day: string): S[] {
  return seats
    .filter((seat) => seat.startsOn <= day && day <= seatLastDay(seat, term))
    .sort(
      (left, right) =>
        committeePositions.indexOf(left.position) - committeePositions.indexOf(right.position) ||
        left.startsOn.localeCompare(right.startsOn) ||
        left.id - right.id,
    );
}

/** The term running on a day, if any (terms never overlap, so at most one). */
export function termOn<T extends TermDays>(terms: readonly T[], day: string): T | undefined {
  return terms.find((term) => term.startsOn <= day && day <= term.endsOn);
}

/**
 * The day a fiscal year's committee is read on for status form §8: the year's last day reached (`asOf`), or the
 * last day of the latest term that ran within the year when none runs then. Undefined: no term in the year.
 */
export function committeeDayOf(terms: readonly TermDays[], yearStart: string, asOf: string): string | undefined {
  const inYear = terms.filter((term) => overlaps(term.startsOn, term.endsOn, yearStart, asOf));
  const latest = inYear.sort((left, right) => right.startsOn.localeCompare(left.startsOn))[0];
  if (!latest) return undefined;
  return latest.endsOn < asOf ? latest.endsOn : asOf;
}
