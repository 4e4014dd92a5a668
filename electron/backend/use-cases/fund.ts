import { randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { fundProfileInput, planRateInput } from '../../../shared/api/fund-contract';
import type { FundProfile, PlanRate } from '../../../shared/api/fund-types';
import { checkPlanRate } from '../../../shared/domain/contributions/plan';
import { failure, success, type Result } from '../../../shared/domain/result';
import { fundRowToProfile, insertFund, insertPlanRate, listPlanRates, readFund, updateFund } from '../db/repositories/fund-repository';
import type { UseCaseContext } from './use-case-context';

type ProfileInput = z.output<typeof fundProfileInput>;
type RateInput = z.output<typeof planRateInput>;

function checkProfileDates(profile: ProfileInput, openedOn: string, today: string): Result<void> {
  if (profile.foundedOn > today) return failure('date-in-future', 'profile.foundedOn');
  if (openedOn < profile.foundedOn) return failure('opened-before-founding', 'profile.openedOn');
  return success(undefined);
}

/** Until CODI assigns a code, a provisional one from the tambon code (domain.md §(g)1), flagged as such. */
function fundCodeColumns(profile: ProfileInput): { fund_code: string; is_code_provisional: number } {
  if (profile.fundCode !== '') return { fund_code: profile.fundCode, is_code_provisional: 0 };
  return { fund_code: `${profile.subdistrictCode || '000000'}-01`, is_code_provisional: 1 };
}

function profileColumns(profile: ProfileInput, openedOn: string) {
  return {
    name: profile.name,
    ...fundCodeColumns(profile),
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
    opened_on: openedOn,
    fiscal_year_start_month: profile.fiscalYearStartMonth,
    receipt_prefix: profile.receiptPrefix,
  };
}

function checkRate(rate: RateInput, fund: { founded_on: string }, field: string): Result<void> {
  const checked = checkPlanRate(rate);
  if (!checked.ok) return failure(checked.error.code, `${field}.${checked.error.field ?? 'bundles'}`, checked.error.params);
  if (rate.effectiveFrom < fund.founded_on)
    return failure('date-before-founding', `${field}.effectiveFrom`, { foundedOn: fund.founded_on });
  return success(undefined);
}

/** The first records of a new file: the fund row, its first contribution rate and the audit row. */
export function initializeFund(context: UseCaseContext, profile: ProfileInput, plan: RateInput): Result<FundProfile> {
  const now = context.call.at;
  const openedOn = profile.openedOn ?? context.clock.today();
  const dates = checkProfileDates(profile, openedOn, context.clock.today());
  if (!dates.ok) return dates;
  // The first rate must already be in force when the fund starts keeping books in the app.
  const firstRate = { ...plan, effectiveFrom: plan.effectiveFrom > openedOn ? openedOn : plan.effectiveFrom };
  const rateCheck = checkRate(firstRate, { founded_on: profile.foundedOn }, 'plan');
  if (!rateCheck.ok) return rateCheck;
  insertFund(context.connection, {
    id: 1,
    uuid: randomUUID(),
    ...profileColumns(profile, openedOn),
    member_secret: randomBytes(32).toString('hex'),
    version: 1,
    created_at: now,
  });
  insertPlanRate(context.connection, firstRate, now);
  const created = fundRowToProfile(readFund(context.connection));
  context.audit({ entity: 'fund', entityId: created.uuid, after: created });
  return success(created);
}

export function getFund(context: UseCaseContext): Result<FundProfile> {
  return success(fundRowToProfile(readFund(context.connection)));
}

export function updateFundProfile(context: UseCaseContext, input: { expectedVersion: number; profile: ProfileInput }): Result<FundProfile> {
  const row = readFund(context.connection);
  if (row.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  // The opening date anchors dues and the books: it is set once, at creation.
  const dates = checkProfileDates(input.profile, row.opened_on, context.clock.today());
  if (!dates.ok) return dates;
  const before = fundRowToProfile(row);
  updateFund(context.connection, { ...profileColumns(input.profile, row.opened_on), version: row.version + 1 });
  const after = fundRowToProfile(readFund(context.connection));
  context.audit({ entity: 'fund', entityId: row.uuid, before, after });
  return success(after);
}

export function listRates(context: UseCaseContext): Result<PlanRate[]> {
  return success(listPlanRates(context.connection));
}

export function addRate(context: UseCaseContext, input: RateInput): Result<PlanRate> {
  const fund = readFund(context.connection);
  const checked = checkRate(input, fund, '');
  if (!checked.ok) return failure(checked.error.code, checked.error.field?.replace(/^\./, ''), checked.error.params);
  const rates = listPlanRates(context.connection);
  if (rates.some((rate) => rate.effectiveFrom === input.effectiveFrom)) return failure('rate-date-taken', 'effectiveFrom');
  const id = insertPlanRate(context.connection, input, context.call.at);
  const created = listPlanRates(context.connection).find((rate) => rate.id === id);
  if (!created) throw new Error('rate not stored');
  context.audit({ entity: 'plan_rate', entityId: id, after: created });
  return success(created);
}
