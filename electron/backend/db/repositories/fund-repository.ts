import type { FundProfile, PlanRate } from '../../../../shared/api/fund-types';
import { defineStatement, param, type Connection } from '../execute';
import type { FundTable } from '../schema';

const selectFund = defineStatement<Record<string, never>, FundTable>((db) => db.selectFrom('fund').selectAll().where('id', '=', 1));

export function fundRowToProfile(row: FundTable): FundProfile {
  return {
    uuid: row.uuid,
    name: row.name,
    fundCode: row.fund_code,
    isCodeProvisional: row.is_code_provisional === 1,
    level: row.level as FundProfile['level'],
    provinceCode: row.province_code,
    provinceName: row.province_name,
    districtCode: row.district_code,
    districtName: row.district_name,
    subdistrictCode: row.subdistrict_code,
    subdistrictName: row.subdistrict_name,
    address: row.address,
    postcode: row.postcode,
    foundedOn: row.founded_on,
    openedOn: row.opened_on,
    fiscalYearStartMonth: row.fiscal_year_start_month,
    receiptPrefix: row.receipt_prefix,
    version: row.version,
  };
}

/** The fund row always exists in a file made by funds.create; its absence means a foreign or broken file. */
export function readFund(connection: Connection): FundTable {
  const row = selectFund.get(connection, {});
  if (!row) throw new Error('fund row missing');
  return row;
}

export function readFundIfPresent(connection: Connection): FundTable | undefined {
  return selectFund.get(connection, {});
}

/** Every editable column as a named parameter: one list serves both the insert and the update. */
const profileColumns = [
  'name',
  'fund_code',
  'is_code_provisional',
  'level',
  'province_code',
  'province_name',
  'district_code',
  'district_name',
  'subdistrict_code',
  'subdistrict_name',
  'address',
  'postcode',
  'founded_on',
  'opened_on',
  'fiscal_year_start_month',
  'receipt_prefix',
  'version',
] as const;
type FundUpdate = Pick<FundTable, (typeof profileColumns)[number]>;
const profileParams = Object.fromEntries(profileColumns.map((column) => [column, param(column)])) as unknown as FundUpdate;

type NewFund = Omit<FundTable, 'deduct_arrears_at_death' | 'membership_counting'>;

const insertFundStatement = defineStatement<NewFund>((db) =>
  db.insertInto('fund').values({
    ...profileParams,
    id: param('id'),
    uuid: param('uuid'),
    member_secret: param('member_secret'),
    created_at: param('created_at'),
  }),
);

export function insertFund(connection: Connection, row: NewFund): void {
  insertFundStatement.run(connection, row);
}

const updateWelfareSettingsStatement = defineStatement<{ deduct_arrears_at_death: number; membership_counting: string }>((db) =>
  db
    .updateTable('fund')
    .set({ deduct_arrears_at_death: param('deduct_arrears_at_death'), membership_counting: param('membership_counting') })
    .where('id', '=', 1),
);

export type WelfareSettings = { deductArrearsAtDeath: boolean; membershipCounting: 'current-spell' | 'first-spell' };

/**
 * The fund's welfare settings: arrears at death deducted from the benefit (Decision 11, on by default), and
 * whether a reinstated member's years count from the new spell (Decision 6, the default) or the first.
 */
export function updateWelfareSettings(connection: Connection, settings: WelfareSettings): void {
  updateWelfareSettingsStatement.run(connection, {
    deduct_arrears_at_death: settings.deductArrearsAtDeath ? 1 : 0,
    membership_counting: settings.membershipCounting,
  });
}

export function welfareSettingsOf(fund: FundTable): WelfareSettings {
  return {
    deductArrearsAtDeath: fund.deduct_arrears_at_death === 1,
    membershipCounting: fund.membership_counting === 'first-spell' ? 'first-spell' : 'current-spell',
  };
}

const updateFundStatement = defineStatement<FundUpdate>((db) => db.updateTable('fund').set(profileParams).where('id', '=', 1));

export function updateFund(connection: Connection, row: FundUpdate): void {
  updateFundStatement.run(connection, row);
}

const selectRates = defineStatement<
  Record<string, never>,
  { id: number; effective_from: string; monthly_satang: number; entry_fee_satang: number }
>((db) => db.selectFrom('plan_rates').select(['id', 'effective_from', 'monthly_satang', 'entry_fee_satang']).orderBy('effective_from'));
const selectBundles = defineStatement<Record<string, never>, { rate_id: number; months: number; price_satang: number }>((db) =>
  db.selectFrom('plan_bundles').selectAll().orderBy('rate_id').orderBy('months'),
);

export function listPlanRates(connection: Connection): PlanRate[] {
  const bundles = selectBundles.all(connection, {});
  return selectRates.all(connection, {}).map((rate) => ({
    id: rate.id,
    effectiveFrom: rate.effective_from,
    monthlySatang: rate.monthly_satang,
    entryFeeSatang: rate.entry_fee_satang,
    bundles: bundles
      .filter((bundle) => bundle.rate_id === rate.id)
      .map((bundle) => ({ months: bundle.months, priceSatang: bundle.price_satang })),
  }));
}

const insertRateStatement = defineStatement<{
  effective_from: string;
  monthly_satang: number;
  entry_fee_satang: number;
  created_at: string;
}>((db) =>
  db.insertInto('plan_rates').values({
    effective_from: param('effective_from'),
    monthly_satang: param('monthly_satang'),
    entry_fee_satang: param('entry_fee_satang'),
    created_at: param('created_at'),
  }),
);
const insertBundleStatement = defineStatement<{ rate_id: number; months: number; price_satang: number }>((db) =>
  db.insertInto('plan_bundles').values({ rate_id: param('rate_id'), months: param('months'), price_satang: param('price_satang') }),
);

export function insertPlanRate(connection: Connection, rate: Omit<PlanRate, 'id'>, createdAt: string): number {
  const id = Number(
    insertRateStatement.run(connection, {
      effective_from: rate.effectiveFrom,
      monthly_satang: rate.monthlySatang,
      entry_fee_satang: rate.entryFeeSatang,
      created_at: createdAt,
    }).lastInsertRowid,
  );
  for (const bundle of rate.bundles)
    insertBundleStatement.run(connection, { rate_id: id, months: bundle.months, price_satang: bundle.priceSatang });
  return id;
}
