import type { TFunction } from 'i18next';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import {
  defaultMaxArrearsMonths,
  type BenefitAmount,
  type BenefitRuleVersion,
  type LifetimeCap,
  type YearlyCap,
} from '../../../shared/domain/welfare/rules';

type Language = 'th' | 'en';
export type RuleLine = { key: string; label: string; text: string };

const money = (t: TFunction, satang: number) => t('ui.welfareRules.text.baht', { amount: formatBaht(satang) });

function amountText(t: TFunction, amount: BenefitAmount): string {
  switch (amount.kind) {
    case 'per-event':
      return t('ui.welfareRules.text.perEvent', { amount: money(t, amount.amountSatang) });
    case 'per-unit': {
      const unit = t(`ui.welfare.words.${amount.unit}`);
      const parts = [t('ui.welfareRules.text.perUnit', { unit, amount: money(t, amount.perUnitSatang) })];
      if (amount.maxUnitsPerEvent != null) parts.push(t('ui.welfareRules.text.maxUnits', { count: amount.maxUnitsPerEvent, unit }));
      if (amount.maxAmountPerEventSatang != null)
        parts.push(t('ui.welfareRules.text.maxPerEvent', { amount: money(t, amount.maxAmountPerEventSatang) }));
      return parts.join(t('ui.welfareRules.text.separator'));
    }
    case 'by-membership-years':
      return amount.tiers
        .map((tier) => {
          const base = t('ui.welfareRules.text.tier', { years: tier.fromYears, amount: money(t, tier.amountSatang) });
          const extra = tier.extraPerYear;
          return extra
            ? `${base} ${t('ui.welfareRules.text.extraPerYear', { amount: money(t, extra.amountSatang), years: extra.beyondYears })}`
            : base;
        })
        .join('\n');
  }
}

function capText(t: TFunction, cap: YearlyCap | LifetimeCap | null | undefined, unit: string | undefined): string {
  const parts: string[] = [];
  if (cap?.count != null) parts.push(t('ui.welfareRules.text.times', { count: cap.count }));
  if (cap && 'units' in cap && cap.units != null) parts.push(`${cap.units} ${unit ?? ''}`.trim());
  if (cap?.amountSatang != null) parts.push(money(t, cap.amountSatang));
  return parts.length === 0
    ? t('ui.welfareRules.text.noLimit')
    : t('ui.welfareRules.text.atMost', { limits: parts.join(t('ui.welfareRules.text.separator')) });
}

function conditionsText(t: TFunction, version: BenefitRuleVersion): string {
  const parts: string[] = [];
  if (version.minMembershipYears != null) parts.push(t('ui.welfareRules.text.minYears', { count: version.minMembershipYears }));
  if (version.ageMin != null && version.ageMax != null)
    parts.push(t('ui.welfareRules.text.ageBetween', { min: version.ageMin, max: version.ageMax }));
  else if (version.ageMin != null) parts.push(t('ui.welfareRules.text.ageMin', { min: version.ageMin }));
  else if (version.ageMax != null) parts.push(t('ui.welfareRules.text.ageMax', { max: version.ageMax }));
  if (version.gender != null) parts.push(t('ui.welfareRules.text.gender', { gender: t(`ui.welfare.words.${version.gender}`) }));
  return parts.length === 0 ? t('ui.welfareRules.text.noConditions') : parts.join(t('ui.welfareRules.text.separator'));
}

/** One rule version as labelled plain-language lines, in the order a committee reads a bylaw clause. */
export function ruleLines(t: TFunction, version: BenefitRuleVersion, language: Language): RuleLine[] {
  const arrears = version.maxArrearsMonths === undefined ? defaultMaxArrearsMonths : version.maxArrearsMonths;
  const unit = version.amount.kind === 'per-unit' ? t(`ui.welfare.words.${version.amount.unit}`) : undefined;
  const from = formatDate(version.effectiveFrom, language, 'long');
  const documents = version.requiredDocuments.map((document) => (language === 'en' ? document.nameEn : document.nameTh));
  const line = (key: string, text: string): RuleLine => ({ key, label: t(`ui.welfareRules.labels.${key}`), text });
  return [
    line(
      'effectiveFrom',
      version.effectiveTo != null
        ? t('ui.welfareRules.text.fromTo', { from, to: formatDate(version.effectiveTo, language, 'long') })
        : from,
    ),
    ...(version.clause ? [line('clause', version.clause)] : []),
    line(
      'waitingDays',
      `${t('ui.welfare.days', { count: version.waitingDays })} ${t(`ui.welfareRules.waitingFromText.${version.waitingFrom ?? 'approval'}`)}`,
    ),
    line('conditions', conditionsText(t, version)),
    line('arrears', arrears === null ? t('ui.welfareRules.text.arrearsUnchecked') : t('ui.welfareRules.text.arrears', { count: arrears })),
    line('amount', amountText(t, version.amount)),
    line('yearlyCap', capText(t, version.yearlyCap, unit)),
    line('lifetimeCap', capText(t, version.lifetimeCap, unit)),
    line('recipients', version.recipients.map((kind) => t(`ui.welfare.words.${kind}`)).join(', ')),
    line('documents', documents.length === 0 ? t('ui.welfareRules.text.noDocuments') : documents.join(', ')),
  ];
}
