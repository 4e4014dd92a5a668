import type { MeetingKind } from '../../../../shared/api/meeting-types';
import type { WelfareTypeView } from '../../../../shared/api/fund-types';
import type { BenefitRuleVersion } from '../../../../shared/domain/welfare/rules';
import { sql } from 'kysely';
import { defineStatement, param, type Connection } from '../execute';
import { newRecordId } from '../record-ids';
import type { WelfareTypesTable } from '../schema';

/** A welfare type without its rule versions (they are read apart, per type). */
export type WelfareTypeRecord = Omit<WelfareTypeView, 'versions' | 'usedBy' | 'restsOn' | 'versionIds' | 'adoptedBy'>;

function typeRowToRecord(row: WelfareTypesTable): WelfareTypeRecord {
  return { id: row.id, code: row.code, category: row.category, nameTh: row.name_th, nameEn: row.name_en };
}

const insertTypeStatement = defineStatement<Omit<WelfareTypesTable, 'id'>>((db) =>
  db.insertInto('welfare_types').values({
    uuid: param('uuid'),
    code: param('code'),
    category: param('category'),
    name_th: param('name_th'),
    name_en: param('name_en'),
    created_at: param('created_at'),
  }),
);

export function insertWelfareType(connection: Connection, type: Omit<WelfareTypeRecord, 'id'> & { createdAt: string }): number {
  return Number(
    insertTypeStatement.run(connection, {
      uuid: newRecordId(),
      code: type.code,
      category: type.category,
      name_th: type.nameTh,
      name_en: type.nameEn,
      created_at: type.createdAt,
    }).lastInsertRowid,
  );
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

export function listWelfareTypes(connection: Connection): WelfareTypeRecord[] {
  return selectTypes.all(connection, {}).map(typeRowToRecord);
}

export function findWelfareType(connection: Connection, id: number): WelfareTypeRecord | undefined {
  const row = selectType.get(connection, { id });
  return row && typeRowToRecord(row);
}

export function findWelfareTypeIdByCode(connection: Connection, code: string): number | undefined {
  return selectTypeByCode.get(connection, { code })?.id;
}

const insertVersionStatement = defineStatement<{
  uuid: string;
  type_id: number;
  effective_from: string;
  rule_json: string;
  created_at: string;
  resolution_id: number | null;
}>((db) =>
  db.insertInto('welfare_rule_versions').values({
    uuid: param('uuid'),
    type_id: param('type_id'),
    effective_from: param('effective_from'),
    rule_json: param('rule_json'),
    created_at: param('created_at'),
    resolution_id: param('resolution_id'),
  }),
);

/** A rule version, with the resolution it rests on (null: none cited). */
export function insertRuleVersion(
  connection: Connection,
  typeId: number,
  version: BenefitRuleVersion,
  createdAt: string,
  resolutionId: number | null,
): void {
  insertVersionStatement.run(connection, {
    uuid: newRecordId(),
    type_id: typeId,
    effective_from: version.effectiveFrom,
    rule_json: JSON.stringify(version),
    created_at: createdAt,
    resolution_id: resolutionId,
  });
}

/** A version's resolution, with its meeting: what the rule editor shows a version rests on. */
export type VersionResolution = {
  effectiveFrom: string;
  meetingKind: MeetingKind;
  meetingNo: number;
  meetingYear: number;
  resolutionNo: number;
};

const selectVersionResolutions = defineStatement<
  { type_id: number },
  { effective_from: string; kind: string; meeting_no: number; meeting_year: number; resolution_no: number }
>((db) =>
  db
    .selectFrom('welfare_rule_versions as v')
    .innerJoin('meeting_resolutions as r', 'r.id', 'v.resolution_id')
    .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
    .select(['v.effective_from', 'm.kind', 'm.meeting_no', 'm.meeting_year', 'r.resolution_no'])
    .where('v.type_id', '=', param('type_id')),
);

export function ruleVersionResolutions(connection: Connection, typeId: number): VersionResolution[] {
  return selectVersionResolutions.all(connection, { type_id: typeId }).map((row) => ({
    effectiveFrom: row.effective_from,
    meetingKind: row.kind as MeetingKind,
    meetingNo: row.meeting_no,
    meetingYear: row.meeting_year,
    resolutionNo: row.resolution_no,
  }));
}

const selectVersions = defineStatement<{ type_id: number }, { rule_json: string }>((db) =>
  db.selectFrom('welfare_rule_versions').select('rule_json').where('type_id', '=', param('type_id')).orderBy('effective_from'),
);

export function listRuleVersions(connection: Connection, typeId: number): BenefitRuleVersion[] {
  return selectVersions.all(connection, { type_id: typeId }).map((row) => JSON.parse(row.rule_json) as BenefitRuleVersion);
}

const selectVersionUse = defineStatement<{ type_id: number }, { effective_from: string; claim_no: string | null }>((db) =>
  db
    .selectFrom('welfare_rule_versions as v')
    .innerJoin('welfare_claims as c', 'c.id', 'v.used_by_claim_id')
    .select(['v.effective_from', 'c.claim_no'])
    .where('v.type_id', '=', param('type_id')),
);

/** The versions of a type a claim was judged by: effective date → the number of the first such claim. */
export function ruleVersionsInUse(connection: Connection, typeId: number): Record<string, string> {
  return Object.fromEntries(selectVersionUse.all(connection, { type_id: typeId }).map((row) => [row.effective_from, row.claim_no ?? '']));
}

const selectVersionIds = defineStatement<{ type_id: number }, { id: number; effective_from: string }>((db) =>
  db.selectFrom('welfare_rule_versions').select(['id', 'effective_from']).where('type_id', '=', param('type_id')),
);

/** Each of a type's rule versions by its effective date → its row id (what a bylaw version names to adopt it). */
export function ruleVersionIds(connection: Connection, typeId: number): Record<string, number> {
  return Object.fromEntries(selectVersionIds.all(connection, { type_id: typeId }).map((row) => [row.effective_from, row.id]));
}

const selectVersionRow = defineStatement<{ type_id: number; effective_from: string }, { id: number; rule_json: string }>((db) =>
  db
    .selectFrom('welfare_rule_versions')
    .select(['id', 'rule_json'])
    .where('type_id', '=', param('type_id'))
    .where('effective_from', '=', param('effective_from')),
);

/** The stored version of a type starting on a date, with its row id (to correct it while no claim used it). */
export function findRuleVersion(
  connection: Connection,
  typeId: number,
  effectiveFrom: string,
): { id: number; version: BenefitRuleVersion } | undefined {
  const row = selectVersionRow.get(connection, { type_id: typeId, effective_from: effectiveFrom });
  return row && { id: row.id, version: JSON.parse(row.rule_json) as BenefitRuleVersion };
}

const updateVersionStatement = defineStatement<{ id: number; rule_json: string; resolution_id: number | null }>((db) =>
  db
    .updateTable('welfare_rule_versions')
    .set({ rule_json: param('rule_json'), resolution_id: param('resolution_id') })
    .where('id', '=', param('id')),
);

/** A correction of a version no claim has used: its row takes the new rule and resolution (a trigger refuses a used one). */
export function replaceRuleVersion(connection: Connection, id: number, version: BenefitRuleVersion, resolutionId: number | null): void {
  updateVersionStatement.run(connection, { id, rule_json: JSON.stringify(version), resolution_id: resolutionId });
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
