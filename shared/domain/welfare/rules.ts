import { isValidIsoDate, type CalendarDate } from '../calendar-date';
import { failure, success, type Result } from '../result';
import type { WelfareCategory } from './categories';

/**
 * Welfare rules are data, effective-dated (Decision 11). A welfare type has rule versions; the version in force
 * on the event date judges a claim, so an amendment never changes how an earlier event is judged.
 * Optional numbers may be absent or null (null = "no such condition/cap"). Money is integer satang.
 */
export type WelfareGender = 'male' | 'female';

/** Who may receive (Decision 11): the member, a registered dependent, the beneficiaries, a non-member. */
export type RecipientKind = 'member' | 'dependent' | 'beneficiary' | 'non-member';
export const recipientKinds: readonly RecipientKind[] = ['member', 'dependent', 'beneficiary', 'non-member'];

export type BenefitUnit = 'night' | 'day';

export type WaitingFrom = 'approval' | 'application' | 'first-payment' | 'paid-days';
export const waitingFromKinds: readonly WaitingFrom[] = ['approval', 'application', 'first-payment', 'paid-days'];

/**
 * A tier of an amount scaled by completed years of membership: applies from `fromYears` until the next tier.
 * `extraPerYear` adds `amountSatang` for each completed year beyond `beyondYears` (e.g. 20,000 + 500 per year
 * beyond 15 years).
 */
export type MembershipTier = {
  fromYears: number;
  amountSatang: number;
  extraPerYear?: { amountSatang: number; beyondYears: number } | null;
};

export type BenefitAmount =
  | { kind: 'per-event'; amountSatang: number }
  | {
      kind: 'per-unit';
      unit: BenefitUnit;
      perUnitSatang: number;
      maxUnitsPerEvent?: number | null;
      maxAmountPerEventSatang?: number | null;
    }
  | { kind: 'by-membership-years'; tiers: readonly MembershipTier[] };

/** Yearly caps over the fund's fiscal year (Decision 4). `units` only for per-unit amounts. */
export type YearlyCap = { count?: number | null; units?: number | null; amountSatang?: number | null };
export type LifetimeCap = { count?: number | null; amountSatang?: number | null };

export type RequiredDocument = { key: string; nameTh: string; nameEn: string };

export type BenefitRuleVersion = {
  effectiveFrom: CalendarDate;
  /** The bylaw clause this version is written in (e.g. "ระเบียบ ข้อ 17.6"), quoted on every decision it makes. */
  clause?: string | null;
  /** Optional last day (inclusive); without it a version runs until the next one starts. */
  effectiveTo?: CalendarDate | null;
  /** Days counted from the start the bylaw names (`waitingFrom`): that day is day 0; eligible when days ≥ waitingDays. */
  waitingDays: number;
  /**
   * Where the waiting period starts (Decision 11, per rule): the spell's approval date (default), the application
   * date, the first payment, or — for "1 baht a day" funds — the days of contributions paid up.
   */
  waitingFrom?: WaitingFrom | null;
  /** Completed years of membership required (e.g. elderly allowance after ≥ 3 years). */
  minMembershipYears?: number | null;
  /** Age in completed years of the recipient (member or dependent) on the event date. */
  ageMin?: number | null;
  ageMax?: number | null;
  gender?: WelfareGender | null;
  /** Most months in arrears allowed on the event date; absent = the default 3, null = not checked. */
  maxArrearsMonths?: number | null;
  amount: BenefitAmount;
  yearlyCap?: YearlyCap | null;
  lifetimeCap?: LifetimeCap | null;
  recipients: readonly RecipientKind[];
  requiredDocuments: readonly RequiredDocument[];
};

export type WelfareType = {
  code: string;
  category: WelfareCategory;
  nameTh: string;
  nameEn: string;
  versions: readonly BenefitRuleVersion[];
};

export const defaultMaxArrearsMonths = 3;
/** No claim covers more nights or days than a (leap) year has. */
export const maxUnitsPerClaim = 366;
const maxSatang = 100_000_000_00; // 100 million baht: far above any welfare benefit
const maxDays = 36_600;
const maxAge = 150;
const maxClauseLength = 100;

/** The version in force on `date`: the latest one starting on or before it, unless it has ended before `date`. */
export function ruleInForce<V extends Pick<BenefitRuleVersion, 'effectiveFrom' | 'effectiveTo'>>(
  versions: readonly V[],
  date: CalendarDate,
): V | undefined {
  let found: V | undefined;
  for (const version of versions) {
    if (version.effectiveFrom <= date && (!found || version.effectiveFrom > found.effectiveFrom)) found = version;
  }
  if (found && found.effectiveTo != null && found.effectiveTo < date) return undefined;
  return found;
}

type Check = Result<true>;
const ok: Check = success(true);

function checkInteger(value: number | null | undefined, field: string, min: number, max: number): Check {
  if (value == null) return ok;
  if (!Number.isSafeInteger(value) || value < min || value > max) return failure('rule-number-invalid', field, { min, max });
  return ok;
}

function firstFailure(checks: readonly (() => Check)[]): Check {
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return ok;
}

function checkAmount(amount: BenefitAmount, field: string): Check {
  switch (amount.kind) {
    case 'per-event':
      return checkInteger(amount.amountSatang, `${field}.amountSatang`, 1, maxSatang);
    case 'per-unit':
      if (amount.unit !== 'night' && amount.unit !== 'day') return failure('rule-unit-invalid', `${field}.unit`);
      return firstFailure([
        () => checkInteger(amount.perUnitSatang, `${field}.perUnitSatang`, 1, maxSatang),
        () => checkInteger(amount.maxUnitsPerEvent, `${field}.maxUnitsPerEvent`, 1, maxUnitsPerClaim),
        () => checkInteger(amount.maxAmountPerEventSatang, `${field}.maxAmountPerEventSatang`, 1, maxSatang),
      ]);
    case 'by-membership-years': {
      if (amount.tiers.length === 0) return failure('rule-tiers-required', `${field}.tiers`);
      let previous = -1;
      for (const [index, tier] of amount.tiers.entries()) {
        const tierField = `${field}.tiers.${index}`;
        const checked = firstFailure([
          () => checkInteger(tier.fromYears, `${tierField}.fromYears`, 0, maxAge),
          () => checkInteger(tier.amountSatang, `${tierField}.amountSatang`, 0, maxSatang),
          () => checkInteger(tier.extraPerYear?.amountSatang, `${tierField}.extraPerYear.amountSatang`, 1, maxSatang),
          () => checkInteger(tier.extraPerYear?.beyondYears, `${tierField}.extraPerYear.beyondYears`, 0, maxAge),
        ]);
        if (!checked.ok) return checked;
        if (tier.fromYears <= previous)
          return failure('rule-tiers-not-increasing', `${tierField}.fromYears`, { fromYears: tier.fromYears });
        previous = tier.fromYears;
      }
      return ok;
    }
    default:
      return failure('rule-amount-kind-invalid', `${field}.kind`);
  }
}

function checkVersion(version: BenefitRuleVersion, field: string): Check {
  if (!isValidIsoDate(version.effectiveFrom)) return failure('rule-date-invalid', `${field}.effectiveFrom`);
  if (version.effectiveTo != null) {
    if (!isValidIsoDate(version.effectiveTo)) return failure('rule-date-invalid', `${field}.effectiveTo`);
    if (version.effectiveTo < version.effectiveFrom) return failure('rule-ends-before-start', `${field}.effectiveTo`);
  }
  const numbers = firstFailure([
    () => checkInteger(version.waitingDays, `${field}.waitingDays`, 0, maxDays),
    () => (version.waitingDays == null ? failure('rule-number-invalid', `${field}.waitingDays`, { min: 0, max: maxDays }) : ok),
    () =>
      version.waitingFrom != null && !waitingFromKinds.includes(version.waitingFrom)
        ? failure('rule-waiting-from-unknown', `${field}.waitingFrom`)
        : ok,
    () =>
      version.clause != null && version.clause.length > maxClauseLength
        ? failure('rule-clause-too-long', `${field}.clause`, { max: maxClauseLength })
        : ok,
    () => checkInteger(version.minMembershipYears, `${field}.minMembershipYears`, 0, maxAge),
    () => checkInteger(version.ageMin, `${field}.ageMin`, 0, maxAge),
    () => checkInteger(version.ageMax, `${field}.ageMax`, 0, maxAge),
    () => checkInteger(version.maxArrearsMonths, `${field}.maxArrearsMonths`, 0, 1200),
    () => checkInteger(version.yearlyCap?.count, `${field}.yearlyCap.count`, 1, 10_000),
    () => checkInteger(version.yearlyCap?.units, `${field}.yearlyCap.units`, 1, maxUnitsPerClaim),
    () => checkInteger(version.yearlyCap?.amountSatang, `${field}.yearlyCap.amountSatang`, 1, maxSatang),
    () => checkInteger(version.lifetimeCap?.count, `${field}.lifetimeCap.count`, 1, 10_000),
    () => checkInteger(version.lifetimeCap?.amountSatang, `${field}.lifetimeCap.amountSatang`, 1, maxSatang),
    () => checkAmount(version.amount, `${field}.amount`),
  ]);
  if (!numbers.ok) return numbers;
  if (version.ageMin != null && version.ageMax != null && version.ageMin > version.ageMax) {
    return failure('rule-age-range-inverted', `${field}.ageMax`, { ageMin: version.ageMin, ageMax: version.ageMax });
  }
  if (version.gender != null && version.gender !== 'male' && version.gender !== 'female')
    return failure('rule-gender-invalid', `${field}.gender`);
  if (version.yearlyCap?.units != null && version.amount.kind !== 'per-unit')
    return failure('rule-units-cap-needs-per-unit', `${field}.yearlyCap.units`);
  if (version.recipients.length === 0) return failure('rule-recipients-required', `${field}.recipients`);
  const kinds = new Set<string>();
  for (const [index, kind] of version.recipients.entries()) {
    if (!recipientKinds.includes(kind)) return failure('rule-recipient-invalid', `${field}.recipients.${index}`);
    if (kinds.has(kind)) return failure('rule-recipient-duplicate', `${field}.recipients.${index}`, { recipient: kind });
    kinds.add(kind);
  }
  const documents = new Set<string>();
  for (const [index, document] of version.requiredDocuments.entries()) {
    if (document.key.trim() === '') return failure('rule-document-key-required', `${field}.requiredDocuments.${index}.key`);
    if (documents.has(document.key))
      return failure('rule-document-duplicate', `${field}.requiredDocuments.${index}.key`, { document: document.key });
    documents.add(document.key);
  }
  return ok;
}

/**
 * Checks a welfare type's rule versions: each version's numbers make sense, no two versions start on the same
 * day, and a version with an end date ends before the next one starts. Returns the versions oldest first.
 * Fields are dotted paths into the input (`versions.1.amount.perUnitSatang`).
 */
export function checkRuleVersions<V extends BenefitRuleVersion>(versions: readonly V[]): Result<V[]> {
  if (versions.length === 0) return failure('rule-versions-required', 'versions');
  for (const [index, version] of versions.entries()) {
    const checked = checkVersion(version, `versions.${index}`);
    if (!checked.ok) return failure(checked.error.code, checked.error.field, checked.error.params);
  }
  const order = versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) =>
      a.version.effectiveFrom < b.version.effectiveFrom ? -1 : a.version.effectiveFrom > b.version.effectiveFrom ? 1 : a.index - b.index,
    );
  for (let position = 1; position < order.length; position += 1) {
    const previous = order[position - 1];
    const current = order[position];
    if (!previous || !current) continue;
    if (previous.version.effectiveFrom === current.version.effectiveFrom) {
      return failure('rule-duplicate-effective-date', `versions.${current.index}.effectiveFrom`, {
        effectiveFrom: current.version.effectiveFrom,
      });
    }
    const previousEnd = previous.version.effectiveTo;
    if (previousEnd != null && previousEnd >= current.version.effectiveFrom) {
      return failure('rule-versions-overlap', `versions.${current.index}.effectiveFrom`, {
        effectiveFrom: current.version.effectiveFrom,
        previousEnd,
      });
    }
  }
  return success(order.map((entry) => entry.version));
}

/**
 * Every amount of money a rule version states, with its field path inside the version: what a plausibility
 * ceiling looks at (issue 14 §11), because a benefit typed 100 times too large is paid to everyone who claims.
 */
export function ruleVersionAmounts(version: BenefitRuleVersion): [amountSatang: number, field: string][] {
  const { amount } = version;
  const amounts: [number, string][] = [];
  if (amount.kind === 'per-event') amounts.push([amount.amountSatang, 'amount.amountSatang']);
  if (amount.kind === 'per-unit') {
    amounts.push([amount.perUnitSatang, 'amount.perUnitSatang']);
    if (amount.maxAmountPerEventSatang) amounts.push([amount.maxAmountPerEventSatang, 'amount.maxAmountPerEventSatang']);
  }
  if (amount.kind === 'by-membership-years')
    amount.tiers.forEach((tier, index) => {
      amounts.push([tier.amountSatang, `amount.tiers.${index}.amountSatang`]);
      if (tier.extraPerYear) amounts.push([tier.extraPerYear.amountSatang, `amount.tiers.${index}.extraPerYear.amountSatang`]);
    });
  if (version.yearlyCap?.amountSatang) amounts.push([version.yearlyCap.amountSatang, 'yearlyCap.amountSatang']);
  if (version.lifetimeCap?.amountSatang) amounts.push([version.lifetimeCap.amountSatang, 'lifetimeCap.amountSatang']);
  return amounts;
}
