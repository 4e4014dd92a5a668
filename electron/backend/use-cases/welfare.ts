import type { CommunityCategory, RuleChange, WelfareSummary, WelfareTypeView } from '../../../shared/api/fund-types';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { failure, success, type Result } from '../../../shared/domain/result';
import { isWelfareCategory } from '../../../shared/domain/welfare/categories';
import { checkRuleVersions, type BenefitRuleVersion } from '../../../shared/domain/welfare/rules';
import { welfareTemplates } from '../../../shared/domain/welfare/templates';
import type { Connection } from '../db/execute';
import { readFund, updateWelfareSettings, welfareSettingsOf, type WelfareSettings } from '../db/repositories/fund-repository';
import {
  communityByCategory,
  findRuleVersion,
  findWelfareType,
  findWelfareTypeIdByCode,
  insertRuleVersion,
  insertWelfareType,
  listRuleVersions,
  listWelfareTypes,
  paidWelfareByType,
  replaceRuleVersion,
  ruleVersionIds,
  ruleVersionResolutions,
  ruleVersionsInUse,
  type WelfareTypeRecord,
} from '../db/repositories/welfare-repository';
import { citeResolution, resolutionReference } from '../steps/resolution-citations';
import { ruleAdoptions } from '../db/repositories/bylaw-repository';
import { checkRuleAmounts } from '../steps/amount-ceilings';
import type { UseCaseContext } from './use-case-context';

const communityCategories: CommunityCategory[] = ['non-member-help', 'disaster', 'culture', 'sport', 'environment', 'public-benefit'];

function typeView(connection: Connection, type: WelfareTypeRecord): WelfareTypeView {
  return {
    ...type,
    versions: listRuleVersions(connection, type.id),
    usedBy: ruleVersionsInUse(connection, type.id),
    restsOn: Object.fromEntries(
      ruleVersionResolutions(connection, type.id).map((resolution) => [resolution.effectiveFrom, resolutionReference(resolution)]),
    ),
    versionIds: ruleVersionIds(connection, type.id),
    adoptedBy: ruleAdoptions(connection, type.id),
  };
}

/**
 * The resolution a rule version rests on (rule-version, approved, held by the day it takes effect): required by
 * the fund's setting for versions from its opening date on; a rule in force before then is entered from paper.
 */
function ruleCitation(connection: Connection, resolutionId: number | null, effectiveFrom: string, versionId: number | null) {
  return citeResolution(connection, {
    resolutionId,
    field: 'resolutionId',
    kind: 'rule-version',
    decisions: ['approved'],
    targetId: versionId,
    takesEffectOn: effectiveFrom,
    settingApplies: effectiveFrom >= readFund(connection).openedOn,
  });
}

/** A rule-check failure named on the API's `version.*` field. */
function versionFailure<T>(checked: Result<unknown> & { ok: false }): Result<T> {
  return failure(
    checked.error.code,
    checked.error.field ? `version.${checked.error.field.replace(/^versions\.\d+\./, '')}` : 'version',
    checked.error.params,
  );
}

export function templateList(): Result<{ key: string; nameTh: string; nameEn: string }[]> {
  return success(welfareTemplates.map(({ key, nameTh, nameEn }) => ({ key, nameTh, nameEn })));
}

/** A template's welfare types become the fund's own rule data; types the fund already has are left alone. */
export function applyTemplate(
  context: UseCaseContext,
  input: { templateKey: string; effectiveFrom: string; resolutionId: number | null },
): Result<WelfareTypeView[]> {
  const template = welfareTemplates.find((candidate) => candidate.key === input.templateKey);
  if (!template) return failure('welfare-template-unknown', 'templateKey');
  const { connection } = context;
  const citation = ruleCitation(connection, input.resolutionId, input.effectiveFrom, null);
  if (!citation.ok) return citation;
  const now = context.call.at;
  const added = template.build(input.effectiveFrom).filter((type) => findWelfareTypeIdByCode(connection, type.code) === undefined);
  // Applying it again would change nothing: say so rather than answer as if something was adopted.
  if (added.length === 0) return failure('welfare-template-applied', 'templateKey');
  for (const type of added) {
    const id = insertWelfareType(connection, {
      code: type.code,
      category: type.category,
      nameTh: type.nameTh,
      nameEn: type.nameEn,
      createdAt: now,
    });
    for (const version of type.versions) insertRuleVersion(connection, id, version, now, citation.value?.resolutionId ?? null);
    context.audit({ entity: 'welfare_type', entityId: id, after: type });
  }
  return success(listWelfareTypes(connection).map((type) => typeView(connection, type)));
}

export function typeList(context: UseCaseContext): Result<WelfareTypeView[]> {
  return success(listWelfareTypes(context.connection).map((type) => typeView(context.connection, type)));
}

/**
 * A welfare type of the fund's own (beyond the template), mapped to one of the status form's categories so the
 * §5–7 summary counts it; it starts with its first rule version. Its code is made here and never changes.
 */
export function addWelfareType(
  context: UseCaseContext,
  input: {
    category: string;
    nameTh: string;
    nameEn: string;
    version: BenefitRuleVersion;
    resolutionId: number | null;
    isLargeAmountConfirmed: boolean;
  },
): Result<WelfareTypeView> {
  const { connection } = context;
  if (!isWelfareCategory(input.category)) return failure('welfare-category-unknown', 'category');
  const plausible = checkRuleAmounts(connection, input.version, input.isLargeAmountConfirmed);
  if (!plausible.ok) return plausible;
  const existing = listWelfareTypes(connection);
  if (existing.some((type) => type.nameTh === input.nameTh)) return failure('welfare-type-name-used', 'nameTh', { name: input.nameTh });
  const checked = checkRuleVersions([input.version]);
  if (!checked.ok) return versionFailure(checked);
  const citation = ruleCitation(connection, input.resolutionId, input.version.effectiveFrom, null);
  if (!citation.ok) return citation;
  const now = context.call.at;
  let serial = existing.length + 1;
  while (findWelfareTypeIdByCode(connection, `own-${serial}`) !== undefined) serial += 1;
  const id = insertWelfareType(connection, {
    code: `own-${serial}`,
    category: input.category,
    nameTh: input.nameTh,
    nameEn: input.nameEn,
    createdAt: now,
  });
  insertRuleVersion(connection, id, input.version, now, citation.value?.resolutionId ?? null);
  context.audit({
    entity: 'welfare_type',
    entityId: id,
    after: input,
  });
  const type = findWelfareType(connection, id);
  if (!type) throw new Error('welfare type not stored');
  return success(typeView(connection, type));
}

/**
 * A bylaw amendment: a new version from a date; versions may not overlap (checked by the engine's rules). A
 * version from the same date as one already stored corrects it, while no claim has been judged by it; once one
 * has, it is a money rule and fixed (issue 14), and the amendment must start on a later date. The answer says
 * which happened.
 */
export function addRuleVersion(
  context: UseCaseContext,
  input: { typeId: number; version: BenefitRuleVersion; resolutionId: number | null; isLargeAmountConfirmed: boolean },
): Result<WelfareTypeView & { change: RuleChange }> {
  const { connection } = context;
  const type = findWelfareType(connection, input.typeId);
  if (!type) return failure('welfare-type-not-found', 'typeId');
  const plausible = checkRuleAmounts(connection, input.version, input.isLargeAmountConfirmed);
  if (!plausible.ok) return plausible;
  const effectiveFrom = input.version.effectiveFrom;
  const stored = listRuleVersions(connection, input.typeId);
  const same = findRuleVersion(connection, input.typeId, effectiveFrom);
  if (same) {
    const claimNo = ruleVersionsInUse(connection, input.typeId)[effectiveFrom];
    if (claimNo !== undefined) return failure('rule-version-in-use', 'version.effectiveFrom', { effectiveFrom, claimNo });
  }
  const versions = same
    ? stored.map((version) => (version.effectiveFrom === effectiveFrom ? input.version : version))
    : [...stored, input.version];
  const checked = checkRuleVersions(versions);
  if (!checked.ok) return versionFailure(checked);
  const citation = ruleCitation(connection, input.resolutionId, effectiveFrom, same?.id ?? null);
  if (!citation.ok) return citation;
  const resolutionId = citation.value?.resolutionId ?? null;
  if (same) replaceRuleVersion(connection, same.id, input.version, resolutionId);
  else insertRuleVersion(connection, input.typeId, input.version, context.call.at, resolutionId);
  context.audit({
    entity: 'welfare_type',
    entityId: input.typeId,
    ...(same ? { before: same.version } : {}),
    after: { ...input.version, resolutionId },
  });
  return success({ ...typeView(connection, type), change: same ? 'corrected' : 'added' });
}

/** The fund's welfare settings (Decisions 6 and 11). */
export function welfareSettings(context: UseCaseContext): Result<WelfareSettings> {
  return success(welfareSettingsOf(readFund(context.connection)));
}

export function updateWelfareSettingsUseCase(context: UseCaseContext, input: WelfareSettings): Result<WelfareSettings> {
  const { connection } = context;
  const before = welfareSettingsOf(readFund(connection));
  updateWelfareSettings(connection, input);
  context.audit({ entity: 'fund', entityId: 1, before, after: input });
  return success(welfareSettingsOf(readFund(connection)));
}

const everYears = { from: 0, to: 9999 };

/** Status form §5–7 from the registers, never typed twice: cumulative since founding and the last full fiscal year. */
export function welfareSummary(context: UseCaseContext): Result<WelfareSummary> {
  const { connection, clock } = context;
  const fund = readFund(connection);
  const lastFiscalYear = fiscalYearOf(clock.today(), fund.fiscalYearStartMonth) - 1;
  const cumulative = paidWelfareByType(connection, everYears.from, everYears.to);
  const lastYear = paidWelfareByType(connection, lastFiscalYear, lastFiscalYear);
  const communityEver = communityByCategory(connection, everYears.from, everYears.to);
  const communityLast = communityByCategory(connection, lastFiscalYear, lastFiscalYear);
  const none = { persons: 0, amountSatang: 0 };
  const noActivity = { activities: 0, beneficiaries: 0, amountSatang: 0 };
  return success({
    lastFiscalYear,
    types: listWelfareTypes(connection).map((type) => ({
      typeId: type.id,
      category: type.category,
      nameTh: type.nameTh,
      nameEn: type.nameEn,
      cumulative: cumulative.get(type.id) ?? none,
      lastYear: lastYear.get(type.id) ?? none,
    })),
    community: communityCategories.map((category) => ({
      category,
      cumulative: communityEver.get(category) ?? noActivity,
      lastYear: communityLast.get(category) ?? noActivity,
    })),
  });
}
