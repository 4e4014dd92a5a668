import type { FundProfile, PlanRate, PrintedFund } from '../../../../shared/api/fund-types';
import type { FundDues } from '../../../../shared/domain/contributions/arrears';
import type { DuesSettings } from '../../../../shared/domain/contributions/periods';
import { defineStatement, param, type Connection } from '../execute';
import type { FundMeetingColumns, FundTable } from '../schema';

const selectFund = defineStatement<Record<string, never>, FundTable>((db) => db.selectFrom('fund').selectAll().where('id', '=', 1));

export type WelfareSettings = { deductArrearsAtDeath: boolean; membershipCounting: 'current-spell' | 'first-spell' };

/** What the use cases need of the fund beyond its profile: its dates, numbering, welfare and dues settings. */
export type FundSettings = Pick<
  FundProfile,
  | 'uuid'
  | 'name'
  | 'address'
  | 'subdistrictName'
  | 'districtName'
  | 'provinceName'
  | 'postcode'
  | 'fundCode'
  | 'foundedOn'
  | 'openedOn'
  | 'fiscalYearStartMonth'
  | 'receiptPrefix'
  | 'version'
> &
  WelfareSettings & {
    dues: DuesSettings;
    /** Nothing is posted on or before this date; null while no period is locked. */
    lockedThrough: string | null;
    /** The money account (a ledger code) the forms offer first. */
    usualAccount: string;
    /** Decision 14: administration costs are checked against this percentage of the year's receipts and income. */
    adminCostPercent: number;
  };

function fundRowToProfile(row: FundTable): FundProfile {
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

function fundRowToSettings(row: FundTable): FundSettings {
  return {
    uuid: row.uuid,
    name: row.name,
    address: row.address,
    subdistrictName: row.subdistrict_name,
    districtName: row.district_name,
    provinceName: row.province_name,
    postcode: row.postcode,
    fundCode: row.fund_code,
    foundedOn: row.founded_on,
    openedOn: row.opened_on,
    fiscalYearStartMonth: row.fiscal_year_start_month,
    receiptPrefix: row.receipt_prefix,
    version: row.version,
    deductArrearsAtDeath: row.deduct_arrears_at_death === 1,
    membershipCounting: row.membership_counting === 'first-spell' ? 'first-spell' : 'current-spell',
    dues: { duesFrom: row.dues_from === 'application' ? 'application' : 'approval', dueDay: row.due_day },
    lockedThrough: row.locked_through,
    usualAccount: row.usual_account,
    adminCostPercent: row.admin_cost_percent,
  };
}

/** What the pure dues functions need of the fund: its opening date and Decision 7's settings. */
export function fundDues(fund: FundSettings): FundDues {
  return { openedOn: fund.openedOn, settings: fund.dues };
}

/** The fund row always exists in a file made by funds.create; its absence means a foreign or broken file. */
function readFundRow(connection: Connection): FundTable {
  const row = selectFund.get(connection, {});
  if (!row) throw new Error('fund row missing');
  return row;
}

export function readFund(connection: Connection): FundSettings {
  return fundRowToSettings(readFundRow(connection));
}

/** The fund as the API shows it. */
export function readFundProfile(connection: Connection): FundProfile {
  return fundRowToProfile(readFundRow(connection));
}

export function readFundIfPresent(connection: Connection): FundSettings | undefined {
  const row = selectFund.get(connection, {});
  return row && fundRowToSettings(row);
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

/** The fund's editable profile: what creating a fund and editing it both write. */
export type FundProfileFields = Omit<FundProfile, 'uuid' | 'version'>;

function profileToColumns(profile: FundProfileFields, version: number): FundUpdate {
  return {
    name: profile.name,
    fund_code: profile.fundCode,
    is_code_provisional: profile.isCodeProvisional ? 1 : 0,
    level: profile.level,
    province_code: profile.provinceCode,
    province_name: profile.provinceName,
    district_code: profile.districtCode,
    district_name: profile.districtName,
    subdistrict_code: profile.subdistrictCode,
    subdistrict_name: profile.subdistrictName,
    address: profile.address,
    postcode: profile.postcode,
    founded_on: profile.foundedOn,
    opened_on: profile.openedOn,
    fiscal_year_start_month: profile.fiscalYearStartMonth,
    receipt_prefix: profile.receiptPrefix,
    version,
  };
}

type NewFundRow = Omit<
  FundTable,
  'deduct_arrears_at_death' | 'membership_counting' | 'dues_from' | 'due_day' | 'locked_through' | 'usual_account' | 'admin_cost_percent'
> &
  Pick<FundMeetingColumns, 'approvals_cite_resolution'>;

const insertFundStatement = defineStatement<NewFundRow>((db) =>
  db.insertInto('fund').values({
    ...profileParams,
    id: param('id'),
    uuid: param('uuid'),
    member_secret: param('member_secret'),
    created_at: param('created_at'),
    // A fund made now keeps its meetings in the app from the start, so its approvals cite resolutions (issue 17)
    // unless its maker asks otherwise; the column's default, off, is for funds upgraded from an earlier version.
    approvals_cite_resolution: param('approvals_cite_resolution'),
  }),
);

/** The one fund row of a new file (id 1: every read takes that row); its welfare settings keep their defaults. */
export function insertFund(
  connection: Connection,
  fund: {
    uuid: string;
    profile: FundProfileFields;
    memberSecret: string;
    version: number;
    createdAt: string;
    approvalsCiteResolution: boolean;
  },
): void {
  insertFundStatement.run(connection, {
    ...profileToColumns(fund.profile, fund.version),
    id: 1,
    uuid: fund.uuid,
    member_secret: fund.memberSecret,
    created_at: fund.createdAt,
    approvals_cite_resolution: fund.approvalsCiteResolution ? 1 : 0,
  });
}

const updateWelfareSettingsStatement = defineStatement<{ deduct_arrears_at_death: number; membership_counting: string }>((db) =>
  db
    .updateTable('fund')
    .set({ deduct_arrears_at_death: param('deduct_arrears_at_death'), membership_counting: param('membership_counting') })
    .where('id', '=', 1),
);

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

/** The fund as its receipts and vouchers print it. */
export function printedFundOf(fund: FundSettings): PrintedFund {
  const { name, address, subdistrictName, districtName, provinceName, postcode, fundCode } = fund;
  return { name, address, subdistrictName, districtName, provinceName, postcode, fundCode };
}

export function welfareSettingsOf(fund: FundSettings): WelfareSettings {
  return { deductArrearsAtDeath: fund.deductArrearsAtDeath, membershipCounting: fund.membershipCounting };
}

const updateDuesSettingsStatement = defineStatement<{ dues_from: string; due_day: number | null }>((db) =>
  db
    .updateTable('fund')
    .set({ dues_from: param('dues_from'), due_day: param('due_day') })
    .where('id', '=', 1),
);

/** Decision 7's settings: dues from the month of approval or of application, and the day a month falls due. */
export function updateDuesSettings(connection: Connection, settings: DuesSettings): void {
  updateDuesSettingsStatement.run(connection, { dues_from: settings.duesFrom, due_day: settings.dueDay });
}

const updateAdminCostStatement = defineStatement<{ admin_cost_percent: number }>((db) =>
  db
    .updateTable('fund')
    .set({ admin_cost_percent: param('admin_cost_percent') })
    .where('id', '=', 1),
);

/** Decision 14's limit: administration costs against this percent of the fiscal year's receipts and income. */
export function updateAdminCostPercent(connection: Connection, percent: number): void {
  updateAdminCostStatement.run(connection, { admin_cost_percent: percent });
}

const updateFundStatement = defineStatement<FundUpdate>((db) => db.updateTable('fund').set(profileParams).where('id', '=', 1));

export function updateFund(connection: Connection, profile: FundProfileFields, version: number): void {
  updateFundStatement.run(connection, profileToColumns(profile, version));
}

const selectRates = defineStatement<
  Record<string, never>,
  { id: number; effective_from: string; monthly_satang: number; entry_fee_satang: number; receipt_no: string | null }
>((db) =>
  db
    .selectFrom('plan_rates as p')
    .leftJoin('receipts as r', 'r.id', 'p.used_by_receipt_id')
    .select(['p.id', 'p.effective_from', 'p.monthly_satang', 'p.entry_fee_satang', 'r.receipt_no'])
    .orderBy('p.effective_from'),
);
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
    usedBy: rate.receipt_no,
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

export function insertPlanRate(connection: Connection, rate: Omit<PlanRate, 'id' | 'usedBy'>, createdAt: string): number {
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

const updateRateStatement = defineStatement<{ id: number; monthly_satang: number; entry_fee_satang: number }>((db) =>
  db
    .updateTable('plan_rates')
    .set({ monthly_satang: param('monthly_satang'), entry_fee_satang: param('entry_fee_satang') })
    .where('id', '=', param('id')),
);
const deleteBundlesStatement = defineStatement<{ rate_id: number }>((db) =>
  db.deleteFrom('plan_bundles').where('rate_id', '=', param('rate_id')),
);

/** A correction of a rate no receipt has used: its prices are replaced (triggers refuse it for a used rate). */
export function replacePlanRate(connection: Connection, id: number, rate: Omit<PlanRate, 'id' | 'usedBy' | 'effectiveFrom'>): void {
  updateRateStatement.run(connection, { id, monthly_satang: rate.monthlySatang, entry_fee_satang: rate.entryFeeSatang });
  deleteBundlesStatement.run(connection, { rate_id: id });
  for (const bundle of rate.bundles)
    insertBundleStatement.run(connection, { rate_id: id, months: bundle.months, price_satang: bundle.priceSatang });
}

const updateLock = defineStatement<{ locked_through: string }>((db) =>
  db
    .updateTable('fund')
    .set({ locked_through: param('locked_through') })
    .where('id', '=', 1),
);

/** Locks every date up to and including `through` (the caller has checked it only moves forward). */
export function setLockedThrough(connection: Connection, through: string): void {
  updateLock.run(connection, { locked_through: through });
}

const updateUsualAccount = defineStatement<{ usual_account: string }>((db) =>
  db
    .updateTable('fund')
    .set({ usual_account: param('usual_account') })
    .where('id', '=', 1),
);

export function setUsualAccount(connection: Connection, accountCode: string): void {
  updateUsualAccount.run(connection, { usual_account: accountCode });
}
