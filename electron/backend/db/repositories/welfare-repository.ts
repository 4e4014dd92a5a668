import type { BenefitRuleVersion } from '../../../../shared/domain/welfare/rules';
import { sql } from 'kysely';
import { escapeLike } from './member-repository';
import { defineStatement, param, queryBuilder, runBuilt, type Connection, type QueryBuilder } from '../execute';
import type { WelfareClaimsTable, WelfareTypesTable } from '../schema';

const insertTypeStatement = defineStatement<Omit<WelfareTypesTable, 'id'>>((db) =>
  db.insertInto('welfare_types').values({
    code: param('code'),
    category: param('category'),
    name_th: param('name_th'),
    name_en: param('name_en'),
    created_at: param('created_at'),
  }),
);

export function insertWelfareType(connection: Connection, row: Omit<WelfareTypesTable, 'id'>): number {
  return Number(insertTypeStatement.run(connection, row).lastInsertRowid);
}

const selectTypes = defineStatement<Record<string, never>, WelfareTypesTable>((db) =>
  db.selectFrom('welfare_types').selectAll().orderBy('id'),
);
const selectType = defineStatement<{ id: number }, WelfareTypesTable>((db) =>
  db.selectFrom('welfare_types').selectAll().where('id', '=', param('id')),
);
const selectTypeByCode = defineStatement<{ code: string }, { id: number }>((db) =>
  db.selectFrom('welfare_types').select('id').where('code', '=', param('code')),
);

export function listWelfareTypes(connection: Connection): WelfareTypesTable[] {
  return selectTypes.all(connection, {});
}

export function findWelfareType(connection: Connection, id: number): WelfareTypesTable | undefined {
  return selectType.get(connection, { id });
}

export function findWelfareTypeIdByCode(connection: Connection, code: string): number | undefined {
  return selectTypeByCode.get(connection, { code })?.id;
}

const insertVersionStatement = defineStatement<{ type_id: number; effective_from: string; rule_json: string; created_at: string }>((db) =>
  db.insertInto('welfare_rule_versions').values({
    type_id: param('type_id'),
    effective_from: param('effective_from'),
    rule_json: param('rule_json'),
    created_at: param('created_at'),
  }),
);

export function insertRuleVersion(connection: Connection, typeId: number, version: BenefitRuleVersion, createdAt: string): void {
  insertVersionStatement.run(connection, {
    type_id: typeId,
    effective_from: version.effectiveFrom,
    rule_json: JSON.stringify(version),
    created_at: createdAt,
  });
}

const selectVersions = defineStatement<{ type_id: number }, { rule_json: string }>((db) =>
  db.selectFrom('welfare_rule_versions').select('rule_json').where('type_id', '=', param('type_id')).orderBy('effective_from'),
);

export function listRuleVersions(connection: Connection, typeId: number): BenefitRuleVersion[] {
  return selectVersions.all(connection, { type_id: typeId }).map((row) => JSON.parse(row.rule_json) as BenefitRuleVersion);
}

type NewClaim = Omit<WelfareClaimsTable, 'id' | 'reversed' | 'claim_no'> & { claim_no: string };

const insertClaimStatement = defineStatement<NewClaim>((db) =>
  db.insertInto('welfare_claims').values({
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
    rejection_reason: param('rejection_reason'),
    voucher_id: param('voucher_id'),
    created_at: param('created_at'),
    updated_at: param('updated_at'),
  }),
);

export function insertClaim(connection: Connection, row: NewClaim): number {
  return Number(insertClaimStatement.run(connection, row).lastInsertRowid);
}

/** A claim with what the register shows beside it: the type's names and category, the member's number, name and village. */
export type ClaimRecord = WelfareClaimsTable & {
  type_name_th: string;
  type_name_en: string;
  category: string;
  member_no: string;
  title: string;
  first_name: string;
  last_name: string;
  village: string;
  moo: number | null;
};

function claimRecords(db: QueryBuilder) {
  return db
    .selectFrom('welfare_claims as c')
    .innerJoin('welfare_types as t', 't.id', 'c.type_id')
    .innerJoin('members as m', 'm.id', 'c.member_id')
    .selectAll('c')
    .select([
      't.name_th as type_name_th',
      't.name_en as type_name_en',
      't.category',
      'm.member_no',
      'm.title',
      'm.first_name',
      'm.last_name',
      'm.village',
      'm.moo',
    ]);
}

const selectClaim = defineStatement<{ id: number }, ClaimRecord>((db) => claimRecords(db).where('c.id', '=', param('id')));
const selectClaimByRequest = defineStatement<{ request_id: string }, { id: number }>((db) =>
  db.selectFrom('welfare_claims').select('id').where('request_id', '=', param('request_id')),
);

export function findClaim(connection: Connection, id: number): ClaimRecord | undefined {
  return selectClaim.get(connection, { id });
}

export function findClaimIdByRequest(connection: Connection, requestId: string): number | undefined {
  return selectClaimByRequest.get(connection, { request_id: requestId })?.id;
}

const updateStateStatement = defineStatement<{
  id: number;
  state: string;
  decision_ref: string | null;
  rejection_reason: string | null;
  voucher_id: number | null;
  updated_at: string;
}>((db) =>
  db
    .updateTable('welfare_claims')
    .set({
      state: param('state'),
      decision_ref: param('decision_ref'),
      rejection_reason: param('rejection_reason'),
      voucher_id: param('voucher_id'),
      updated_at: param('updated_at'),
    })
    .where('id', '=', param('id')),
);

/** The committee's decision and the payment move a claim along; a paid claim never changes (trigger). */
export function updateClaimState(
  connection: Connection,
  row: {
    id: number;
    state: string;
    decision_ref: string | null;
    rejection_reason: string | null;
    voucher_id: number | null;
    updated_at: string;
  },
): void {
  updateStateStatement.run(connection, row);
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
export function updateClaimDecision(connection: Connection, row: DecisionColumns): void {
  updateDecisionStatement.run(connection, row);
}

const selectClaimsOnDate = defineStatement<{ member_id: number; event_date: string }, ClaimRecord>((db) =>
  claimRecords(db).where('c.member_id', '=', param('member_id')).where('c.event_date', '=', param('event_date')),
);

/** The member's claims for events on one date (a death on record: is a claim relying on it?). */
export function memberClaimsOnDate(connection: Connection, memberId: number, eventDate: string): ClaimRecord[] {
  return selectClaimsOnDate.all(connection, { member_id: memberId, event_date: eventDate });
}

const selectMemberClaims = defineStatement<{ member_id: number; type_id: number }, WelfareClaimsTable>((db) =>
  db
    .selectFrom('welfare_claims')
    .selectAll()
    .where('member_id', '=', param('member_id'))
    .where('type_id', '=', param('type_id'))
    .orderBy('event_date'),
);

export function memberClaimsOfType(connection: Connection, memberId: number, typeId: number): WelfareClaimsTable[] {
  return selectMemberClaims.all(connection, { member_id: memberId, type_id: typeId });
}

export type ClaimFilter = {
  query?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  typeId?: number | undefined;
  village?: string | undefined;
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
  if (filter.village !== undefined) query = query.where('m.village', '=', filter.village);
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
  const rows = runBuilt<ClaimRecord>(
    connection,
    query.orderBy('c.event_date', 'desc').orderBy('c.id', 'desc').limit(filter.limit).offset(filter.offset),
  );
  return { total: count?.total ?? 0, rows };
}

const selectVillages = defineStatement<Record<string, never>, { village: string }>((db) =>
  db.selectFrom('members').select('village').distinct().where('village', '<>', '').orderBy('village'),
);

/** The villages members live in, for the register's filter. */
export function listVillages(connection: Connection): string[] {
  return selectVillages.all(connection, {}).map((row) => row.village);
}

type PaidTotals = { type_id: number; persons: number; amount: number };

const selectPaidByType = defineStatement<{ from_year: number; to_year: number }, PaidTotals>((db) =>
  db
    .selectFrom('welfare_claims as c')
    .innerJoin('payment_vouchers as v', 'v.id', 'c.voucher_id')
    // A person helped is the member, or each of the member's dependents paid for (two children's school fees: two persons).
    .select((eb) => [
      'c.type_id',
      eb.fn
        .count<number>(sql`c.member_id || ':' || coalesce(c.dependent_id, 0)`)
        .distinct()
        .as('persons'),
      eb.fn.sum<number>('c.computed_satang').as('amount'),
    ])
    .where('c.state', '=', 'paid')
    .where('c.reversed', '=', 0)
    .where('v.fiscal_year', '>=', param('from_year'))
    .where('v.fiscal_year', '<=', param('to_year'))
    .groupBy('c.type_id'),
);

/** Paid welfare per type over a range of fiscal years: the persons helped and the amount (status form §5–6). */
export function paidWelfareByType(
  connection: Connection,
  fromYear: number,
  toYear: number,
): Map<number, { persons: number; amountSatang: number }> {
  return new Map(
    selectPaidByType
      .all(connection, { from_year: fromYear, to_year: toYear })
      .map((row) => [row.type_id, { persons: row.persons, amountSatang: row.amount }]),
  );
}

type CommunityTotals = { category: string; activities: number; beneficiaries: number; amount: number };

const selectCommunityByCategory = defineStatement<{ from_year: number; to_year: number }, CommunityTotals>((db) =>
  db
    .selectFrom('community_activities as a')
    .innerJoin('payment_vouchers as v', 'v.id', 'a.voucher_id')
    .leftJoin('voucher_reversals as x', 'x.voucher_id', 'a.voucher_id')
    .where('x.voucher_id', 'is', null)
    .select((eb) => [
      'a.category',
      eb.fn.countAll<number>().as('activities'),
      eb.fn.sum<number>('a.beneficiaries_count').as('beneficiaries'),
      eb.fn.sum<number>('v.amount_satang').as('amount'),
    ])
    .where('v.fiscal_year', '>=', param('from_year'))
    .where('v.fiscal_year', '<=', param('to_year'))
    .groupBy('a.category'),
);

/** Community welfare per category over a range of fiscal years (status form §7). */
export function communityByCategory(
  connection: Connection,
  fromYear: number,
  toYear: number,
): Map<string, { activities: number; beneficiaries: number; amountSatang: number }> {
  return new Map(
    selectCommunityByCategory
      .all(connection, { from_year: fromYear, to_year: toYear })
      .map((row) => [row.category, { activities: row.activities, beneficiaries: row.beneficiaries, amountSatang: row.amount }]),
  );
}
