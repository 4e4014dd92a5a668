import type { GrantSource, GrantStatus, GrantStatusChange } from '../../../../shared/api/grant-types';
import { sql } from 'kysely';
import { defineBulkInsert, defineSqlStatement, defineStatement, param, type Connection } from '../execute';
import type { ExternalGrantsTable, GrantReversalsTable, MatchingRoundMembersTable, MatchingRoundsTable } from '../schema';

/** A grant of the register as it is stored, with its journal entry's number and its matching round. */
export type GrantRecord = {
  id: number;
  uuid: string;
  source: GrantSource;
  subject: string;
  reference: string;
  approvingBody: string;
  requestedOn: string | null;
  approvedOn: string | null;
  amountRequestedSatang: number | null;
  amountApprovedSatang: number | null;
  status: GrantStatus;
  receivedOn: string | null;
  receivedSatang: number | null;
  accountCode: string | null;
  journalEntryId: number | null;
  journalEntryNo: string | null;
  round: { roundId: number; roundNo: number; cutoffYear: number; membersCounted: number } | null;
  reversal: { reversedOn: string; reason: string; journalEntryNo: string } | null;
  version: number;
};

export type NewGrant = Pick<
  GrantRecord,
  'uuid' | 'source' | 'subject' | 'reference' | 'approvingBody' | 'requestedOn' | 'amountRequestedSatang' | 'status'
> & { createdAt: string };

type GrantRow = ExternalGrantsTable & {
  entry_no: string | null;
  round_id: number | null;
  round_no: number | null;
  cutoff_year: number | null;
  members_counted: number | null;
  reversed_on: string | null;
  reversal_reason: string | null;
  reversal_entry_no: string | null;
};

const grantColumns = (db: Parameters<Parameters<typeof defineStatement>[0]>[0]) =>
  db
    .selectFrom('external_grants as g')
    .leftJoin('journal_entries as j', 'j.id', 'g.journal_entry_id')
    .leftJoin('matching_rounds as r', 'r.grant_id', 'g.id')
    .leftJoin('grant_reversals as v', 'v.grant_id', 'g.id')
    .leftJoin('journal_entries as vj', 'vj.id', 'v.journal_entry_id')
    .selectAll('g')
    .select([
      'j.entry_no',
      'r.id as round_id',
      'r.round_no',
      'r.cutoff_year',
      'r.members_counted',
      'v.reversed_on',
      'v.reason as reversal_reason',
      'vj.entry_no as reversal_entry_no',
    ]);

const selectGrants = defineStatement<Record<string, never>, GrantRow>((db) => grantColumns(db).orderBy('g.id', 'desc'));
const selectGrant = defineStatement<{ id: number }, GrantRow>((db) => grantColumns(db).where('g.id', '=', param('id')));

function grantOf(row: GrantRow): GrantRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    source: row.source as GrantSource,
    subject: row.title,
    reference: row.reference,
    approvingBody: row.approving_body,
    requestedOn: row.requested_on,
    approvedOn: row.approved_on,
    amountRequestedSatang: row.amount_requested_satang,
    amountApprovedSatang: row.amount_approved_satang,
    // The grant's row never changes once received: its reversal, a row of its own, makes it read as reversed.
    status: row.reversed_on === null ? (row.status as GrantStatus) : 'reversed',
    receivedOn: row.received_on,
    receivedSatang: row.received_satang,
    accountCode: row.account_code,
    journalEntryId: row.journal_entry_id,
    journalEntryNo: row.entry_no,
    round:
      row.round_id === null
        ? null
        : { roundId: row.round_id, roundNo: row.round_no ?? 0, cutoffYear: row.cutoff_year ?? 0, membersCounted: row.members_counted ?? 0 },
    reversal:
      row.reversed_on === null
        ? null
        : { reversedOn: row.reversed_on, reason: row.reversal_reason ?? '', journalEntryNo: row.reversal_entry_no ?? '' },
    version: row.version,
  };
}

/** Every grant of the register, the newest first. */
export function listGrants(connection: Connection): GrantRecord[] {
  return selectGrants.all(connection, {}).map(grantOf);
}

export function findGrant(connection: Connection, id: number): GrantRecord | undefined {
  const row = selectGrant.get(connection, { id });
  return row && grantOf(row);
}

const insertGrantStatement = defineStatement<Omit<ExternalGrantsTable, 'id'>, { id: number }>((db) =>
  db
    .insertInto('external_grants')
    .values({
      uuid: param('uuid'),
      source: param('source'),
      title: param('title'),
      reference: param('reference'),
      approving_body: param('approving_body'),
      requested_on: param('requested_on'),
      approved_on: param('approved_on'),
      amount_requested_satang: param('amount_requested_satang'),
      amount_approved_satang: param('amount_approved_satang'),
      status: param('status'),
      received_on: param('received_on'),
      received_satang: param('received_satang'),
      account_code: param('account_code'),
      journal_entry_id: param('journal_entry_id'),
      version: param('version'),
      created_at: param('created_at'),
      updated_at: param('updated_at'),
    })
    .returning('id'),
);

export function insertGrant(connection: Connection, grant: NewGrant): number {
  const row = insertGrantStatement.get(connection, {
    uuid: grant.uuid,
    source: grant.source,
    title: grant.subject,
    reference: grant.reference,
    approving_body: grant.approvingBody,
    requested_on: grant.requestedOn,
    approved_on: null,
    amount_requested_satang: grant.amountRequestedSatang,
    amount_approved_satang: null,
    status: grant.status,
    received_on: null,
    received_satang: null,
    account_code: null,
    journal_entry_id: null,
    version: 1,
    created_at: grant.createdAt,
    updated_at: grant.createdAt,
  });
  if (!row) throw new Error('grant not inserted');
  return row.id;
}

const updateStatusStatement = defineStatement<{
  id: number;
  status: string;
  approved_on: string | null;
  amount_approved_satang: number | null;
  updated_at: string;
}>((db) =>
  db
    .updateTable('external_grants')
    .set((eb) => ({
      status: param('status'),
      approved_on: param('approved_on'),
      amount_approved_satang: param('amount_approved_satang'),
      updated_at: param('updated_at'),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', param('id')),
);

/** A step by hand (in process with its approval, or cancelled); the version moves on. */
export function updateGrantStatus(
  connection: Connection,
  change: { id: number; status: GrantStatus; approvedOn: string | null; amountApprovedSatang: number | null; updatedAt: string },
): void {
  updateStatusStatement.run(connection, {
    id: change.id,
    status: change.status,
    approved_on: change.approvedOn,
    amount_approved_satang: change.amountApprovedSatang,
    updated_at: change.updatedAt,
  });
}

const updateWordsStatement = defineStatement<{
  id: number;
  title: string;
  reference: string;
  amount_requested_satang: number | null;
  updated_at: string;
}>((db) =>
  db
    .updateTable('external_grants')
    .set((eb) => ({
      title: param('title'),
      reference: param('reference'),
      amount_requested_satang: param('amount_requested_satang'),
      updated_at: param('updated_at'),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', param('id')),
);

/** A draft or in-process grant's subject, reference and requested amount, corrected; the version moves on. */
export function updateGrantWords(
  connection: Connection,
  change: { id: number; subject: string; reference: string; amountRequestedSatang: number | null; updatedAt: string },
): void {
  updateWordsStatement.run(connection, {
    id: change.id,
    title: change.subject,
    reference: change.reference,
    amount_requested_satang: change.amountRequestedSatang,
    updated_at: change.updatedAt,
  });
}

const receivedStatement = defineStatement<{
  id: number;
  received_on: string;
  received_satang: number;
  account_code: string;
  journal_entry_id: number;
  updated_at: string;
}>((db) =>
  db
    .updateTable('external_grants')
    .set((eb) => ({
      status: 'received',
      received_on: param('received_on'),
      received_satang: param('received_satang'),
      account_code: param('account_code'),
      journal_entry_id: param('journal_entry_id'),
      updated_at: param('updated_at'),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', param('id')),
);

/** The grant's money arrived: the last change it takes (the trigger refuses any after it). */
export function markGrantReceived(
  connection: Connection,
  received: { id: number; receivedOn: string; receivedSatang: number; accountCode: string; journalEntryId: number; updatedAt: string },
): void {
  receivedStatement.run(connection, {
    id: received.id,
    received_on: received.receivedOn,
    received_satang: received.receivedSatang,
    account_code: received.accountCode,
    journal_entry_id: received.journalEntryId,
    updated_at: received.updatedAt,
  });
}

const insertChangeStatement = defineStatement<{
  uuid: string;
  grant_id: number;
  status: string;
  changed_on: string;
  note: string;
  actor: string;
  created_at: string;
}>((db) =>
  db.insertInto('grant_status_changes').values({
    uuid: param('uuid'),
    grant_id: param('grant_id'),
    status: param('status'),
    changed_on: param('changed_on'),
    note: param('note'),
    actor: param('actor'),
    created_at: param('created_at'),
  }),
);

export function insertStatusChange(connection: Connection, grantId: number, change: GrantStatusChange & { uuid: string }): void {
  insertChangeStatement.run(connection, {
    uuid: change.uuid,
    grant_id: grantId,
    status: change.status,
    changed_on: change.changedOn,
    note: change.note,
    actor: change.actor,
    created_at: change.at,
  });
}

const selectChanges = defineStatement<
  Record<string, never>,
  { grant_id: number; status: string; changed_on: string; note: string; actor: string; created_at: string }
>((db) =>
  db
    .selectFrom('grant_status_changes')
    .select(['grant_id', 'status', 'changed_on', 'note', 'actor', 'created_at'])
    .orderBy('grant_id')
    .orderBy('id'),
);

const selectReversals = defineStatement<
  Record<string, never>,
  { grant_id: number; reversed_on: string; reason: string; actor: string; created_at: string }
>((db) => db.selectFrom('grant_reversals').select(['grant_id', 'reversed_on', 'reason', 'actor', 'created_at']));

/** Each grant's status history, oldest step first; a reversal, always the last step, ends it. */
export function grantHistories(connection: Connection): Map<number, GrantStatusChange[]> {
  const histories = new Map<number, GrantStatusChange[]>();
  const add = (grantId: number, change: GrantStatusChange) => histories.set(grantId, [...(histories.get(grantId) ?? []), change]);
  for (const row of selectChanges.all(connection, {}))
    add(row.grant_id, {
      status: row.status as GrantStatus,
      changedOn: row.changed_on,
      note: row.note,
      actor: row.actor,
      at: row.created_at,
    });
  for (const row of selectReversals.all(connection, {}))
    add(row.grant_id, { status: 'reversed', changedOn: row.reversed_on, note: row.reason, actor: row.actor, at: row.created_at });
  return histories;
}

const insertReversalStatement = defineStatement<Omit<GrantReversalsTable, 'id'>>((db) =>
  db.insertInto('grant_reversals').values({
    uuid: param('uuid'),
    grant_id: param('grant_id'),
    reversed_on: param('reversed_on'),
    reason: param('reason'),
    journal_entry_id: param('journal_entry_id'),
    actor: param('actor'),
    created_at: param('created_at'),
  }),
);

/** A received grant taken back: its reversal's own row (the grant's row is posted money and stays as it was). */
export function insertGrantReversal(
  connection: Connection,
  reversal: { uuid: string; grantId: number; reversedOn: string; reason: string; journalEntryId: number; actor: string; createdAt: string },
): void {
  insertReversalStatement.run(connection, {
    uuid: reversal.uuid,
    grant_id: reversal.grantId,
    reversed_on: reversal.reversedOn,
    reason: reversal.reason,
    journal_entry_id: reversal.journalEntryId,
    actor: reversal.actor,
    created_at: reversal.createdAt,
  });
}

/** A matching round as stored, with its grant's status and amounts and how many members it names. */
export type RoundRecord = {
  id: number;
  uuid: string;
  roundNo: number;
  cutoffYear: number;
  grantId: number | null;
  grantStatus: GrantStatus | null;
  amountSatang: number | null;
  membersCounted: number;
  membersKnown: number;
  cancelled: boolean;
};

type RoundRow = MatchingRoundsTable & {
  grant_status: string | null;
  grant_reversed: number | null;
  grant_amount: number | null;
  members_known: number;
};

const roundColumns = (db: Parameters<Parameters<typeof defineStatement>[0]>[0]) =>
  db
    .selectFrom('matching_rounds as r')
    .leftJoin('external_grants as g', 'g.id', 'r.grant_id')
    .leftJoin('grant_reversals as v', 'v.grant_id', 'g.id')
    .selectAll('r')
    .select((eb) => [
      'g.status as grant_status',
      'v.id as grant_reversed',
      eb.fn.coalesce('g.received_satang', 'g.amount_approved_satang', 'g.amount_requested_satang').as('grant_amount'),
      eb
        .selectFrom('matching_round_members as m')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('m.round_id', '=', 'r.id')
        .as('members_known'),
    ]);

const selectRounds = defineStatement<Record<string, never>, RoundRow>((db) =>
  roundColumns(db).orderBy('r.cutoff_year').orderBy('r.round_no').orderBy('r.id'),
);
const selectRound = defineStatement<{ id: number }, RoundRow>((db) => roundColumns(db).where('r.id', '=', param('id')));

function roundOf(row: RoundRow): RoundRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    roundNo: row.round_no,
    cutoffYear: row.cutoff_year,
    grantId: row.grant_id,
    grantStatus: row.grant_reversed === null ? (row.grant_status as GrantStatus | null) : 'reversed',
    amountSatang: row.amount_satang ?? row.grant_amount,
    membersCounted: row.members_counted,
    membersKnown: row.members_known,
    cancelled: row.cancelled_on !== null,
  };
}

/** Every matching round, by cut-off year (cancelled ones too, marked). */
export function listRounds(connection: Connection): RoundRecord[] {
  return selectRounds.all(connection, {}).map(roundOf);
}

export function findRound(connection: Connection, id: number): RoundRecord | undefined {
  const row = selectRound.get(connection, { id });
  return row && roundOf(row);
}

const selectLiveByNumber = defineStatement<{ round_no: number; cutoff_year: number }, { round_no: number; cutoff_year: number }>((db) =>
  db
    .selectFrom('matching_rounds')
    .select(['round_no', 'cutoff_year'])
    .where('cancelled_on', 'is', null)
    .where((eb) => eb.or([eb('round_no', '=', param('round_no')), eb('cutoff_year', '=', param('cutoff_year'))])),
);

/** A round in force (not cancelled) with this number or this cut-off year: the same round recorded twice. */
export function liveRoundClash(connection: Connection, roundNo: number, cutoffYear: number): 'roundNo' | 'cutoffYear' | undefined {
  const rows = selectLiveByNumber.all(connection, { round_no: roundNo, cutoff_year: cutoffYear });
  if (rows.some((row) => row.round_no === roundNo)) return 'roundNo';
  return rows.length > 0 ? 'cutoffYear' : undefined;
}

const insertRoundStatement = defineStatement<Omit<MatchingRoundsTable, 'id'>, { id: number }>((db) =>
  db
    .insertInto('matching_rounds')
    .values({
      uuid: param('uuid'),
      round_no: param('round_no'),
      cutoff_year: param('cutoff_year'),
      grant_id: param('grant_id'),
      amount_satang: param('amount_satang'),
      members_counted: param('members_counted'),
      cancelled_on: param('cancelled_on'),
      created_at: param('created_at'),
    })
    .returning('id'),
);

const insertRoundMembers = defineBulkInsert<'matching_round_members', MatchingRoundMembersTable>('matching_round_members', [
  'round_id',
  'member_id',
]);

/** A round with the members it counted (those the fund knows), in one go. */
export function insertRound(
  connection: Connection,
  round: {
    uuid: string;
    roundNo: number;
    cutoffYear: number;
    grantId: number | null;
    amountSatang: number | null;
    membersCounted: number;
    memberIds: readonly number[];
    createdAt: string;
  },
): number {
  const row = insertRoundStatement.get(connection, {
    uuid: round.uuid,
    round_no: round.roundNo,
    cutoff_year: round.cutoffYear,
    grant_id: round.grantId,
    amount_satang: round.amountSatang,
    members_counted: round.membersCounted,
    cancelled_on: null,
    created_at: round.createdAt,
  });
  if (!row) throw new Error('round not inserted');
  insertRoundMembers(
    connection,
    round.memberIds.map((memberId) => ({ round_id: row.id, member_id: memberId })),
  );
  return row.id;
}

const cancelRoundStatement = defineStatement<{ grant_id: number; cancelled_on: string }>((db) =>
  db
    .updateTable('matching_rounds')
    .set({ cancelled_on: param('cancelled_on') })
    .where('grant_id', '=', param('grant_id')),
);

/** A cancelled grant's round stops counting its members, and its number and year are free again. */
export function cancelRoundOfGrant(connection: Connection, grantId: number, cancelledOn: string): void {
  cancelRoundStatement.run(connection, { grant_id: grantId, cancelled_on: cancelledOn });
}

type RoundMemberRow = {
  id: number;
  member_no: string;
  title: string;
  first_name: string;
  last_name: string;
  moo: number | null;
  village: string;
};

const selectRoundMembers = defineStatement<{ round_id: number; limit: number; offset: number }, RoundMemberRow>((db) =>
  db
    .selectFrom('matching_round_members as m')
    .innerJoin('members', 'members.id', 'm.member_id')
    .leftJoin('villages', 'villages.id', 'members.village_id')
    .select((eb) => [
      'members.id',
      'members.member_no',
      'members.title',
      'members.first_name',
      'members.last_name',
      'villages.moo',
      eb.fn.coalesce('villages.name', eb.val('')).as('village'),
    ])
    .where('m.round_id', '=', param('round_id'))
    .orderBy('villages.moo')
    .orderBy('members.sort_key')
    .orderBy('members.id')
    .limit(param('limit'))
    .offset(param('offset')),
);

/** The members a round counted, by village and Thai name order, a page at a time. */
export function roundMembers(connection: Connection, roundId: number, page: { offset: number; limit: number }) {
  return selectRoundMembers.all(connection, { round_id: roundId, limit: page.limit, offset: page.offset }).map((row) => ({
    memberId: row.id,
    memberNo: row.member_no,
    fullName: `${row.title}${row.first_name} ${row.last_name}`,
    moo: row.moo,
    village: row.village,
  }));
}

const selectExistingMembers = defineSqlStatement<{ ids: string }, { id: number }>(
  () => sql`SELECT id FROM members WHERE voided_on IS NULL AND id IN (SELECT value FROM json_each(${param('ids')}))`,
);

/** Which of these ids are members of the register (a voided registration is none). */
export function existingMemberIds(connection: Connection, ids: readonly number[]): Set<number> {
  return new Set(selectExistingMembers.all(connection, { ids: JSON.stringify(ids) }).map((row) => row.id));
}

const selectTimesMatched = defineStatement<{ cutoff_year: number }, { member_id: number; times: number }>((db) =>
  db
    .selectFrom('matching_round_members as m')
    .innerJoin('matching_rounds as r', 'r.id', 'm.round_id')
    .select((eb) => ['m.member_id', eb.fn.countAll<number>().as('times')])
    .where('r.cancelled_on', 'is', null)
    .where('r.cutoff_year', '<', param('cutoff_year'))
    .groupBy('m.member_id'),
);

/** How many rounds before a cut-off year counted each member (Decision 15): members never counted are left out. */
export function timesMatchedBefore(connection: Connection, cutoffYear: number): Map<number, number> {
  return new Map(selectTimesMatched.all(connection, { cutoff_year: cutoffYear }).map((row) => [row.member_id, row.times]));
}
