import type { z } from 'zod';
import type { fundProfileInput, planRateInput } from '../../../shared/api/fund-contract';
import type { FundProfile, PlanRate, RuleChange } from '../../../shared/api/fund-types';
import { checkPlanRate } from '../../../shared/domain/contributions/plan';
import { failure, success, type Result } from '../../../shared/domain/result';
import {
  insertFund,
  insertPlanRate,
  listPlanRates,
  readFund,
  readFundProfile,
  replacePlanRate,
  updateFund,
  type FundProfileFields,
} from '../db/repositories/fund-repository';
import { saveSigningKey } from '../db/repositories/sync-identity-repository';
import { checkAmountCeiling } from '../steps/amount-ceilings';
import { newFundIdentity } from '../sync/fund-identity';
import type { UseCaseContext } from './use-case-context';
import { newRecordId } from '../db/record-ids';
import { insertFirstPerson } from '../db/repositories/people-repository';

type ProfileInput = z.output<typeof fundProfileInput>;
type RateInput = z.output<typeof planRateInput>;

function checkProfileDates(profile: ProfileInput, openedOn: string, today: string): Result<void> {
  if (profile.foundedOn > today) return failure('date-in-future', 'profile.foundedOn');
  if (openedOn < profile.foundedOn) return failure('opened-before-founding', 'profile.openedOn');
  return success(undefined);
}

/** Until CODI assigns a code, a provisional one from the tambon code (domain.md §(g)1), flagged as such. */
function fundCodeOf(profile: ProfileInput): { fundCode: string; isCodeProvisional: boolean } {
  if (profile.fundCode !== '') return { fundCode: profile.fundCode, isCodeProvisional: false };
  return { fundCode: `${profile.subdistrictCode || '000000'}-01`, isCodeProvisional: true };
}

function profileFields(profile: ProfileInput, openedOn: string): FundProfileFields {
  return {
    name: profile.name,
    ...fundCodeOf(profile),
    level: profile.level,
    provinceCode: profile.provinceCode,
    provinceName: profile.provinceName,
    districtCode: profile.districtCode,
    districtName: profile.districtName,
    subdistrictCode: profile.subdistrictCode,
    subdistrictName: profile.subdistrictName,
    address: profile.address,
    postcode: profile.postcode,
    foundedOn: profile.foundedOn,
    openedOn,
    fiscalYearStartMonth: profile.fiscalYearStartMonth,
    receiptPrefix: profile.receiptPrefix,
  };
}

function checkRate(rate: RateInput, fund: { foundedOn: string }, field: string): Result<void> {
  const checked = checkPlanRate(rate);
  if (!checked.ok) return failure(checked.error.code, `${field}.${checked.error.field ?? 'bundles'}`, checked.error.params);
  if (rate.effectiveFrom < fund.foundedOn) return failure('date-before-founding', `${field}.effectiveFrom`, { foundedOn: fund.foundedOn });
  return success(undefined);
}

/** The first records of a new file: the fund row, its signing key, its first contribution rate and the audit row. */
export function initializeFund(
  context: UseCaseContext,
  profile: ProfileInput,
  plan: RateInput,
  approvalsCiteResolution = true,
): Result<FundProfile> {
  const now = context.call.at;
  const openedOn = profile.openedOn ?? context.clock.today();
  const dates = checkProfileDates(profile, openedOn, context.clock.today());
  if (!dates.ok) return dates;
  // The first rate must already be in force when the fund starts keeping books in the app.
  const firstRate = { ...plan, effectiveFrom: plan.effectiveFrom > openedOn ? openedOn : plan.effectiveFrom };
  const rateCheck = checkRate(firstRate, { foundedOn: profile.foundedOn }, 'plan');
  if (!rateCheck.ok) return rateCheck;
  const identity = newFundIdentity();
  insertFund(context.connection, {
    uuid: identity.fundUuid,
    profile: profileFields(profile, openedOn),
    memberSecret: identity.memberSecret,
    version: 1,
    createdAt: now,
    approvalsCiteResolution,
  });
  saveSigningKey(context.connection, identity.key, now);
  insertPlanRate(context.connection, firstRate, now);
  insertFirstPerson(context.connection, newRecordId(), now);
  const created = readFundProfile(context.connection);
  context.audit({ entity: 'fund', entityId: created.uuid, after: created });
  return success(created);
}

export function getFund(context: UseCaseContext): Result<FundProfile> {
  return success(readFundProfile(context.connection));
}

export function updateFundProfile(context: UseCaseContext, input: { expectedVersion: number; profile: ProfileInput }): Result<FundProfile> {
  const before = readFundProfile(context.connection);
  if (before.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  // The opening date anchors dues and the books: it is set once, at creation.
  const dates = checkProfileDates(input.profile, before.openedOn, context.clock.today());
  if (!dates.ok) return dates;
  updateFund(context.connection, profileFields(input.profile, before.openedOn), before.version + 1);
  const after = readFundProfile(context.connection);
  context.audit({ entity: 'fund', entityId: before.uuid, before, after });
  return success(after);
}

export function listRates(context: UseCaseContext): Result<PlanRate[]> {
  return success(listPlanRates(context.connection));
}

/**
 * A rate from its date on (Decision 7). A rate from the same date as a stored one corrects it while no receipt has
 * been priced by it; once one has, it is a money rule and fixed (issue 14), and a new rate must start later. The
 * answer says which happened. A price above the payment ceiling is a typo until the treasurer confirms it.
 */
export function addRate(
  context: UseCaseContext,
  input: RateInput & { isLargeAmountConfirmed: boolean },
): Result<PlanRate & { change: RuleChange }> {
  const fund = readFund(context.connection);
  const checked = checkRate(input, fund, '');
  if (!checked.ok) return failure(checked.error.code, checked.error.field?.replace(/^\./, ''), checked.error.params);
  const same = listPlanRates(context.connection).find((rate) => rate.effectiveFrom === input.effectiveFrom);
  if (same?.usedBy != null) return failure('rate-in-use', 'effectiveFrom', { effectiveFrom: input.effectiveFrom, receiptNo: same.usedBy });
  const prices: [number, string][] = [
    [input.monthlySatang, 'monthlySatang'],
    [input.entryFeeSatang, 'entryFeeSatang'],
    ...input.bundles.map((bundle, index): [number, string] => [bundle.priceSatang, `bundles.${index}.priceSatang`]),
  ];
  for (const [price, field] of prices) {
    const plausible = checkAmountCeiling(context.connection, 'payment', price, input.isLargeAmountConfirmed, field);
    if (!plausible.ok) return plausible;
  }
  const id = same ? same.id : insertPlanRate(context.connection, input, context.call.at);
  if (same) replacePlanRate(context.connection, same.id, input);
  const saved = listPlanRates(context.connection).find((rate) => rate.id === id);
  if (!saved) throw new Error('rate not stored');
  context.audit({ entity: 'plan_rate', entityId: id, ...(same ? { before: same } : {}), after: saved });
  return success({ ...saved, change: same ? 'corrected' : 'added' });
}
