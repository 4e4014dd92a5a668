import type { WelfareClaim, WelfareClaimState } from '../../../../shared/api/fund-types';
import type { Decision } from '../../../../shared/domain/welfare/decide-claim';
import { sql } from 'kysely';
import { escapeLike } from './member-repository';
import { defineStatement, param, queryBuilder, runBuilt, type Connection, type QueryBuilder } from '../execute';
import { newRecordId } from '../record-ids';
import type { WelfareClaimsTable } from '../schema';

/** Where the committee and the treasurer have taken a claim: approved with a meeting, rejected with a reason, paid by a voucher. */
export type ClaimProgress = {
  state: WelfareClaimState;
  decisionRef: string | null;
  /** The resolution the committee's decision cites (issue 17); null when it was recorded in words. */
  decisionResolutionId: number | null;
  rejectionReason: string | null;
  voucherId: number | null;
};

/** A claim's own facts and the engine's decision on them, as recorded. */
type ClaimFacts = {
  typeId: number;
  memberId: number;
  eventDate: string;
  units: number | null;
  recipientKind: WelfareClaim['recipientKind'];
  dependentId: number | null;
  documentsReceived: string[];
  decision: Decision;
  amountSatang: number;
  unitsPaid: number;
};

export type NewClaim = ClaimFacts & ClaimProgress & { requestId: string; claimNo: string; createdAt: string };

type NewClaimRow = Omit<WelfareClaimsTable, 'id' | 'reversed' | 'claim_no'> & { claim_no: string };

const insertClaimStatement = defineStatement<NewClaimRow>((db) =>
  db.insertInto('welfare_claims').values({
    uuid: param('uuid'),
    request_id: param('request_id'),
    claim_no: param('claim_no'),
    type_id: param('type_id'),
    member_id: param('member_id'),
    event_date: param('event_date'),
    units: param('units'),
    recipient_kind: param('recipient_kind'),
    dependent_id: param('dependent_id'),
    documents_json: param('documents_json'),
    decision_json: param('decision_json'),
    computed_satang: param('computed_satang'),
    units_paid: param('units_paid'),
    state: param('state'),
    decision_ref: param('decision_ref'),
    decision_resolution_id: param('decision_resolution_id'),
    rejection_reason: param('rejection_reason'),
    voucher_id: param('voucher_id'),
    created_at: param('created_at'),
    updated_at: param('updated_at'),
  }),
);

export function insertClaim(connection: Connection, claim: NewClaim): number {
  return Number(
    insertClaimStatement.run(connection, {
      uuid: newRecordId(),
      request_id: claim.requestId,
      claim_no: claim.claimNo,
      type_id: claim.typeId,
      member_id: claim.memberId,
      event_date: claim.eventDate,
      units: claim.units,
      recipient_kind: claim.recipientKind,
      dependent_id: claim.dependentId,
      documents_json: JSON.stringify(claim.documentsReceived),
      decision_json: JSON.stringify(claim.decision),
      computed_satang: claim.amountSatang,
      units_paid: claim.unitsPaid,
      state: claim.state,
      decision_ref: claim.decisionRef,
      decision_resolution_id: claim.decisionResolutionId,
      rejection_reason: claim.rejectionReason,
      voucher_id: claim.voucherId,
      created_at: claim.createdAt,
      updated_at: claim.createdAt,
    }).lastInsertRowid,
  );
}

/** A claim with what the register shows beside it: the type's names and category, the member's number, name and village. */
export type ClaimRecord = ClaimFacts &
  ClaimProgress & {
    id: number;
    claimNo: string | null;
    /** When the claim was recorded (an instant): no meeting before that day decided it. */
    recordedAt: string;
    isReversed: boolean;
    typeNameTh: string;
    typeNameEn: string;
    category: string;
    memberNo: string;
    memberName: string;
    village: string;
    moo: number | null;
  };

type ClaimRow = WelfareClaimsTable & {
  type_name_th: string;
  type_name_en: string;
  category: string;
  member_no: string;
  title: string;
  first_name: string;
  last_name: string;
  village: string | null;
  moo: number | null;
};

function claimRowToRecord(row: ClaimRow): ClaimRecord {
  return {
    id: row.id,
    claimNo: row.claim_no,
    recordedAt: row.created_at,
    typeId: row.type_id,
    memberId: row.member_id,
    eventDate: row.event_date,
    units: row.units,
    recipientKind: row.recipient_kind as WelfareClaim['recipientKind'],
    dependentId: row.dependent_id,
    documentsReceived: JSON.parse(row.documents_json) as string[],
    decision: JSON.parse(row.decision_json) as Decision,
    amountSatang: row.computed_satang,
    unitsPaid: row.units_paid,
    state: row.state as WelfareClaimState,
    decisionRef: row.decision_ref,
    decisionResolutionId: row.decision_resolution_id,
    rejectionReason: row.rejection_reason,
    voucherId: row.voucher_id,
    isReversed: row.reversed === 1,
    typeNameTh: row.type_name_th,
    typeNameEn: row.type_name_en,
    category: row.category,
    memberNo: row.member_no,
    memberName: `${row.title}${row.first_name} ${row.last_name}`,
    village: row.village ?? '',
    moo: row.moo,
  };
}

function claimRecords(db: QueryBuilder) {
  return db
    .selectFrom('welfare_claims as c')
    .innerJoin('welfare_types as t', 't.id', 'c.type_id')
    .innerJoin('members as m', 'm.id', 'c.member_id')
    .leftJoin('villages as v', 'v.id', 'm.village_id')
    .selectAll('c')
    .select([
      't.name_th as type_name_th',
      't.name_en as type_name_en',
      't.category',
      'm.member_no',
      'm.title',
      'm.first_name',
      'm.last_name',
      'v.name as village',
      'v.moo',
    ]);
}

const selectClaim = defineStatement<{ id: number }, ClaimRow>((db) => claimRecords(db).where('c.id', '=', param('id')));
const selectClaimByRequest = defineStatement<{ request_id: string }, { id: number }>((db) =>
  db.selectFrom('welfare_claims').select('id').where('request_id', '=', param('request_id')),
);

export function findClaim(connection: Connection, id: number): ClaimRecord | undefined {
  const row = selectClaim.get(connection, { id });
  return row && claimRowToRecord(row);
}

export function findClaimIdByRequest(connection: Connection, requestId: string): number | undefined {
  return selectClaimByRequest.get(connection, { request_id: requestId })?.id;
}

const updateStateStatement = defineStatement<{
  id: number;
  state: string;
  decision_ref: string | null;
  decision_resolution_id: number | null;
  rejection_reason: string | null;
  voucher_id: number | null;
  updated_at: string;
}>((db) =>
  db
    .updateTable('welfare_claims')
    .set({
      state: param('state'),
      decision_ref: param('decision_ref'),
      decision_resolution_id: param('decision_resolution_id'),
      rejection_reason: param('rejection_reason'),
      voucher_id: param('voucher_id'),
      updated_at: param('updated_at'),
    })
    .where('id', '=', param('id')),
);

/** The committee's decision and the payment move a claim along; a paid claim never changes (trigger). */
export function updateClaimState(connection: Connection, change: ClaimProgress & { id: number; updatedAt: string }): void {
  updateStateStatement.run(connection, {
    id: change.id,
    state: change.state,
    decision_ref: change.decisionRef,
    decision_resolution_id: change.decisionResolutionId,
    rejection_reason: change.rejectionReason,
    voucher_id: change.voucherId,
    updated_at: change.updatedAt,
  });
}

type DecisionColumns = {
  id: number;
  documents_json: string;
  decision_json: string;
  computed_satang: number;
  units_paid: number;
  updated_at: string;
};

const updateDecisionStatement = defineStatement<DecisionColumns>((db) =>
  db
    .updateTable('welfare_claims')
    .set({
      documents_json: param('documents_json'),
      decision_json: param('decision_json'),
      computed_satang: param('computed_satang'),
      units_paid: param('units_paid'),
      updated_at: param('updated_at'),
    })
    .where('id', '=', param('id'))
    .where('state', '=', 'pending'),
);

/** A pending claim judged again (documents arrived, another claim rejected): its decision replaced, on record in the audit. */
export function updateClaimDecision(
  connection: Connection,
  change: Pick<ClaimFacts, 'documentsReceived' | 'decision' | 'amountSatang' | 'unitsPaid'> & { id: number; updatedAt: string },
): void {
  updateDecisionStatement.run(connection, {
    id: change.id,
    documents_json: JSON.stringify(change.documentsReceived),
    decision_json: JSON.stringify(change.decision),
    computed_satang: change.amountSatang,
    units_paid: change.unitsPaid,
    updated_at: change.updatedAt,
  });
}

const selectClaimsOnDate = defineStatement<{ member_id: number; event_date: string }, ClaimRow>((db) =>
  claimRecords(db).where('c.member_id', '=', param('member_id')).where('c.event_date', '=', param('event_date')),
);

/** The member's claims for events on one date (a death on record: is a claim relying on it?). */
export function memberClaimsOnDate(connection: Connection, memberId: number, eventDate: string): ClaimRecord[] {
  return selectClaimsOnDate.all(connection, { member_id: memberId, event_date: eventDate }).map(claimRowToRecord);
}

/** What an earlier claim of the same type weighs in a new decision (caps, repeats): no decision or documents read. */
export type MemberClaim = Pick<ClaimRecord, 'id' | 'eventDate' | 'dependentId' | 'amountSatang' | 'unitsPaid' | 'state' | 'isReversed'>;

const selectMemberClaims = defineStatement<
  { member_id: number; type_id: number },
  Pick<WelfareClaimsTable, 'id' | 'event_date' | 'dependent_id' | 'computed_satang' | 'units_paid' | 'state' | 'reversed'>
>((db) =>
  db
    .selectFrom('welfare_claims')
    .select(['id', 'event_date', 'dependent_id', 'computed_satang', 'units_paid', 'state', 'reversed'])
    .where('member_id', '=', param('member_id'))
    .where('type_id', '=', param('type_id'))
    .orderBy('event_date'),
);

/** The member's claims of a type, oldest event first: a what-if over the fund reads these once per member. */
export function memberClaimsOfType(connection: Connection, memberId: number, typeId: number): MemberClaim[] {
  return selectMemberClaims.all(connection, { member_id: memberId, type_id: typeId }).map((row) => ({
    id: row.id,
    eventDate: row.event_date,
    dependentId: row.dependent_id,
    amountSatang: row.computed_satang,
    unitsPaid: row.units_paid,
    state: row.state as WelfareClaimState,
    isReversed: row.reversed === 1,
  }));
}

export type ClaimFilter = {
  query?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  typeId?: number | undefined;
  villageId?: number | undefined;
  memberId?: number | undefined;
  state?: string | undefined;
};

/** The register's filters: only those given shape the query (compiled per shape, prepared once per shape). */
function filtered(filter: ClaimFilter) {
  let query = claimRecords(queryBuilder);
  if (filter.query !== undefined && filter.query !== '') {
    // A claim number exactly, or the member's number, ID or name as the member search reads them.
    const pattern = `%${escapeLike(filter.query)}%`;
    const text = filter.query;
    query = query.where((eb) =>
      eb.or([eb('c.claim_no', '=', text.toUpperCase()), eb(sql<string>`m.search_text`, 'like', sql<string>`${pattern} ESCAPE '\\'`)]),
    );
  }
  if (filter.from !== undefined) query = query.where('c.event_date', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('c.event_date', '<=', filter.to);
  if (filter.typeId !== undefined) query = query.where('c.type_id', '=', filter.typeId);
  if (filter.villageId !== undefined)
    query = filter.villageId === 0 ? query.where('m.village_id', 'is', null) : query.where('m.village_id', '=', filter.villageId);
  if (filter.memberId !== undefined) query = query.where('c.member_id', '=', filter.memberId);
  if (filter.state === 'reversed') query = query.where('c.reversed', '=', 1);
  else if (filter.state !== undefined) query = query.where('c.state', '=', filter.state).where('c.reversed', '=', 0);
  return query;
}

export function listClaims(
  connection: Connection,
  filter: ClaimFilter & { offset: number; limit: number },
): { total: number; rows: ClaimRecord[] } {
  const query = filtered(filter);
  const [count] = runBuilt<{ total: number }>(
    connection,
    query.clearSelect().select((eb) => eb.fn.countAll<number>().as('total')),
  );
  const rows = runBuilt<ClaimRow>(
    connection,
    query.orderBy('c.event_date', 'desc').orderBy('c.id', 'desc').limit(filter.limit).offset(filter.offset),
  );
  return { total: count?.total ?? 0, rows: rows.map(claimRowToRecord) };
}
