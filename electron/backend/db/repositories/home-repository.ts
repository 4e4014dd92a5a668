import type { MembersByStatus } from '../../../../shared/api/home-types';
import { defineStatement, type Connection } from '../execute';

// Through the members_status index (status first): a count per status without reading the member rows.
const selectStatusCounts = defineStatement<Record<string, never>, { status: string; members: number }>((db) =>
  db
    .selectFrom('members')
    .select((eb) => ['status', eb.fn.countAll<number>().as('members')])
    .where('voided_on', 'is', null)
    .groupBy('status'),
);

/** Members of the register by their status today; a registration voided as made in error is in none. */
export function membersByStatus(connection: Connection): MembersByStatus {
  const counts: MembersByStatus = { active: 0, resigned: 0, deceased: 0, lapsed: 0 };
  for (const row of selectStatusCounts.all(connection, {}))
    if (row.status in counts) counts[row.status as keyof MembersByStatus] = row.members;
  return counts;
}

const selectClaimCounts = defineStatement<Record<string, never>, { state: string; claims: number }>((db) =>
  db
    .selectFrom('welfare_claims')
    .select((eb) => ['state', eb.fn.countAll<number>().as('claims')])
    .where('state', 'in', ['pending', 'approved'])
    .groupBy('state'),
);

/** Claims that wait for someone: the committee (pending) or the treasurer's payment (approved). */
export function claimsWaiting(connection: Connection): { pending: number; approved: number } {
  const rows = selectClaimCounts.all(connection, {});
  const count = (state: string) => rows.find((row) => row.state === state)?.claims ?? 0;
  return { pending: count('pending'), approved: count('approved') };
}
