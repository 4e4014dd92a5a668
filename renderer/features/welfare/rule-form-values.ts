import type { api } from '../../api/client';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import {
  defaultMaxArrearsMonths,
  type BenefitAmount,
  type BenefitRuleVersion,
  type BenefitUnit,
  type RecipientKind,
  type WaitingFrom,
} from '../../../shared/domain/welfare/rules';

/**
 * The amend form's values. Field names follow the API's `version.*` paths so a backend refusal lands on the
 * right field by name; money fields keep those names but hold baht text (MoneyInput), converted only on submit.
 */
export type AmountKind = BenefitAmount['kind'];
/** What welfare.addRuleVersion takes (mutable arrays, unlike the domain type). */
type VersionInput = Parameters<(typeof api.fund)['welfare.addRuleVersion']>[0]['version'];
type Count = number | null | undefined;
export type TierValues = {
  fromYears?: number | null;
  amountSatang?: string;
  extraPerYear?: { amountSatang?: string; beyondYears?: Count };
};
export type DocumentValues = { key?: string; nameTh?: string; nameEn?: string };
export type RuleFormValues = {
  effectiveFrom: string;
  /** The resolution the version rests on (issue 17); sent beside the version, not inside it. */
  resolutionId?: number | null;
  clause?: string;
  waitingDays?: Count;
  waitingFrom: WaitingFrom;
  minMembershipYears?: Count;
  ageMin?: Count;
  ageMax?: Count;
  gender: 'any' | 'male' | 'female';
  maxArrearsMonths?: Count;
  amount: {
    kind: AmountKind;
    amountSatang?: string;
    unit: BenefitUnit;
    perUnitSatang?: string;
    maxUnitsPerEvent?: Count;
    maxAmountPerEventSatang?: string;
    tiers: TierValues[];
  };
  yearlyCap: { count?: Count; units?: Count; amountSatang?: string };
  lifetimeCap: { count?: Count; amountSatang?: string };
  recipients: RecipientKind[];
  requiredDocuments: DocumentValues[];
};

const bahtText = (satang: number | null | undefined) => (satang == null ? '' : formatBaht(satang));
/** Empty text means "no such cap"; the form's rules have already refused text that is not an amount. */
const satangOrNull = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : (parseBaht(text) ?? null));
const countOrNull = (value: Count) => (typeof value === 'number' ? value : null);

/** The form pre-filled from the version in force last, so an amendment starts from today's numbers. */
export function formValuesFrom(version: BenefitRuleVersion | undefined, effectiveFrom: string): RuleFormValues {
  const amount = version?.amount;
  return {
    effectiveFrom,
    clause: version?.clause ?? '',
    waitingDays: version?.waitingDays ?? 180,
    waitingFrom: version?.waitingFrom ?? 'approval',
    minMembershipYears: version?.minMembershipYears ?? null,
    ageMin: version?.ageMin ?? null,
    ageMax: version?.ageMax ?? null,
    gender: version?.gender ?? 'any',
    // Absent means the default is checked; the form shows that number so what she sees is what applies.
    maxArrearsMonths: version?.maxArrearsMonths !== undefined ? version.maxArrearsMonths : defaultMaxArrearsMonths,
    amount: {
      kind: amount?.kind ?? 'per-event',
      amountSatang: amount?.kind === 'per-event' ? bahtText(amount.amountSatang) : '',
      unit: amount?.kind === 'per-unit' ? amount.unit : 'night',
      perUnitSatang: amount?.kind === 'per-unit' ? bahtText(amount.perUnitSatang) : '',
      maxUnitsPerEvent: amount?.kind === 'per-unit' ? (amount.maxUnitsPerEvent ?? null) : null,
      maxAmountPerEventSatang: amount?.kind === 'per-unit' ? bahtText(amount.maxAmountPerEventSatang) : '',
      tiers:
        amount?.kind === 'by-membership-years'
          ? amount.tiers.map((tier) => ({
              fromYears: tier.fromYears,
              amountSatang: bahtText(tier.amountSatang),
              extraPerYear: {
                amountSatang: bahtText(tier.extraPerYear?.amountSatang),
                beyondYears: tier.extraPerYear?.beyondYears ?? null,
              },
            }))
          : [{ fromYears: 0, amountSatang: '' }],
    },
    yearlyCap: {
      count: version?.yearlyCap?.count ?? null,
      units: version?.yearlyCap?.units ?? null,
      amountSatang: bahtText(version?.yearlyCap?.amountSatang),
    },
    lifetimeCap: { count: version?.lifetimeCap?.count ?? null, amountSatang: bahtText(version?.lifetimeCap?.amountSatang) },
    recipients: [...(version?.recipients ?? ['member'])],
    requiredDocuments: (version?.requiredDocuments ?? []).map((document) => ({ ...document })),
  };
}

/** A document key from its English name ("Copy of the ID card" → "copy-of-the-id-card"), else its position. */
export function documentKey(document: DocumentValues, index: number): string {
  const typed = document.key?.trim();
  if (typed) return typed;
  const slug = (document.nameEn ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || `document-${index + 1}`;
}

function amountFrom(values: RuleFormValues['amount']): VersionInput['amount'] {
  switch (values.kind) {
    case 'per-unit':
      return {
        kind: 'per-unit',
        unit: values.unit,
        perUnitSatang: satangOrNull(values.perUnitSatang) ?? 0,
        maxUnitsPerEvent: countOrNull(values.maxUnitsPerEvent),
        maxAmountPerEventSatang: satangOrNull(values.maxAmountPerEventSatang),
      };
    case 'by-membership-years':
      return {
        kind: 'by-membership-years',
        tiers: values.tiers.map((tier) => {
          const extra = satangOrNull(tier.extraPerYear?.amountSatang);
          return {
            fromYears: tier.fromYears ?? 0,
            amountSatang: satangOrNull(tier.amountSatang) ?? 0,
            extraPerYear: extra === null ? null : { amountSatang: extra, beyondYears: tier.extraPerYear?.beyondYears ?? 0 },
          };
        }),
      };
    default:
      return { kind: 'per-event', amountSatang: satangOrNull(values.amountSatang) ?? 0 };
  }
}

/** The version the API takes; empty caps are sent as null ("no such cap") rather than left out. */
export function versionFrom(values: RuleFormValues): VersionInput {
  const yearlyCap = {
    count: countOrNull(values.yearlyCap.count),
    units: values.amount.kind === 'per-unit' ? countOrNull(values.yearlyCap.units) : null,
    amountSatang: satangOrNull(values.yearlyCap.amountSatang),
  };
  const lifetimeCap = { count: countOrNull(values.lifetimeCap.count), amountSatang: satangOrNull(values.lifetimeCap.amountSatang) };
  return {
    effectiveFrom: values.effectiveFrom,
    clause: values.clause?.trim() ? values.clause.trim() : null,
    waitingDays: values.waitingDays ?? 0,
    waitingFrom: values.waitingFrom === 'approval' ? null : values.waitingFrom,
    minMembershipYears: countOrNull(values.minMembershipYears),
    ageMin: countOrNull(values.ageMin),
    ageMax: countOrNull(values.ageMax),
    gender: values.gender === 'any' ? null : values.gender,
    maxArrearsMonths: countOrNull(values.maxArrearsMonths),
    amount: amountFrom(values.amount),
    yearlyCap: Object.values(yearlyCap).every((value) => value === null) ? null : yearlyCap,
    lifetimeCap: Object.values(lifetimeCap).every((value) => value === null) ? null : lifetimeCap,
    recipients: values.recipients,
    requiredDocuments: (values.requiredDocuments ?? []).map((document, index) => ({
      key: documentKey(document, index),
      nameTh: document.nameTh?.trim() ?? '',
      nameEn: document.nameEn?.trim() ?? '',
    })),
  };
}
