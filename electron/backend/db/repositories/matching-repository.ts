import type { StatusEventKind } from '../../../../shared/domain/members/spells';
import { defineStatement, param, type Connection } from '../execute';
import { timesMatchedBefore } from './grant-repository';

/** A member as the matching list reads them: who, where, since when, and their status events up to the cut-off. */
export type MatchingMemberRecord = {
  memberId: number;
  memberNo: string;
  fullName: string;
  moo: number | null;
  village: string;
  birthDate: string;
  approvedOn: string;
  events: { kind: StatusEventKind; effectiveOn: string }[];
  timesMatched: number;
};

type MemberRow = {
  id: number;
  member_no: string;
  title: string;
  first_name: string;
  last_name: string;
  moo: number | null;
  village: string;
  birth_date: string;
  approved_on: string;
};

const selectMembers = defineStatement<{ cutoff: string }, MemberRow>((db) =>
  db
    .selectFrom('members')
    // Where a member lives is her village in the register (none: the empty place).
    .leftJoin('villages', 'villages.id', 'members.village_id')
    .select((eb) => [
      'members.id',
      'members.member_no',
      'members.title',
      'members.first_name',
      'members.last_name',
      'villages.moo',
      eb.fn.coalesce('villages.name', eb.val('')).as('village'),
      'members.birth_date',
      'members.approved_on',
    ])
    .where('members.voided_on', 'is', null)
    .where('members.approved_on', '<=', param('cutoff'))
    .orderBy('villages.moo')
    .orderBy('members.sort_key')
    .orderBy('members.id'),
);

const selectEvents = defineStatement<{ cutoff: string }, { member_id: number; kind: string; effective_on: string }>((db) =>
  db
    .selectFrom('member_status_events')
    .select(['member_id', 'kind', 'effective_on'])
    .where('voided_on', 'is', null)
    .where('effective_on', '<=', param('cutoff'))
    .orderBy('member_id')
    .orderBy('effective_on')
    .orderBy('id'),
);

/**
 * Every member approved by the cut-off, by village and Thai name order, with their status events up to it, and
 * how many matching rounds of earlier cut-offs counted them (the rounds the grant register records, past rounds
 * included; a cancelled grant's round counts nobody).
 */
const selectStandingFacts = defineStatement<{ cutoff: string }, { id: number; birth_date: string; approved_on: string }>((db) =>
  db
    .selectFrom('members')
    .select(['id', 'birth_date', 'approved_on'])
    .where('voided_on', 'is', null)
    .where('approved_on', '<=', param('cutoff')),
);

/** What a member's standing at the cut-off needs and nothing more: for counts, read from a narrow index, unsorted. */
export type MatchingStandingFacts = Pick<MatchingMemberRecord, 'birthDate' | 'approvedOn' | 'events' | 'timesMatched'>;

export function matchingStandingFacts(connection: Connection, cutoff: string): MatchingStandingFacts[] {
  const events = eventsUpTo(connection, cutoff);
  const times = timesMatchedBefore(connection, Number(cutoff.slice(0, 4)));
  return selectStandingFacts.all(connection, { cutoff }).map((row) => ({
    birthDate: row.birth_date,
    approvedOn: row.approved_on,
    events: events.get(row.id) ?? [],
    timesMatched: times.get(row.id) ?? 0,
  }));
}

function eventsUpTo(connection: Connection, cutoff: string): Map<number, MatchingMemberRecord['events']> {
  const events = new Map<number, MatchingMemberRecord['events']>();
  for (const row of selectEvents.all(connection, { cutoff })) {
    const list = events.get(row.member_id) ?? [];
    list.push({ kind: row.kind as StatusEventKind, effectiveOn: row.effective_on });
    events.set(row.member_id, list);
  }
  return events;
}

export function matchingMembers(connection: Connection, cutoff: string): MatchingMemberRecord[] {
  const events = eventsUpTo(connection, cutoff);
  const times = timesMatchedBefore(connection, Number(cutoff.slice(0, 4)));
  return selectMembers.all(connection, { cutoff }).map((row) => ({
    memberId: row.id,
    memberNo: row.member_no,
    fullName: `${row.title}${row.first_name} ${row.last_name}`,
    moo: row.moo,
    village: row.village,
    birthDate: row.birth_date,
    approvedOn: row.approved_on,
    events: events.get(row.id) ?? [],
    timesMatched: times.get(row.id) ?? 0,
  }));
}
