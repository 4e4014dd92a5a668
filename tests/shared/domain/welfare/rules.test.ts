import { describe, expect, it } from 'vitest';
import { checkRuleVersions, ruleInForce, type BenefitRuleVersion } from '../../../../shared/domain/welfare/rules';

const base: BenefitRuleVersion = {
  effectiveFrom: '2024-01-01',
  waitingDays: 180,
  amount: { kind: 'per-event', amountSatang: 100_000 },
  recipients: ['member'],
  requiredDocuments: [],
};
const at = (effectiveFrom: string, extra: Partial<BenefitRuleVersion> = {}): BenefitRuleVersion => ({ ...base, effectiveFrom, ...extra });
const refusal = (versions: BenefitRuleVersion[]) => {
  const result = checkRuleVersions(versions);
  return result.ok ? null : result.error;
};

describe('rule versions (Decision 11)', () => {
  it('uses the latest version starting on or before the date, and none before the first', () => {
    const versions = [at('2025-01-01', { waitingDays: 90 }), at('2024-01-01')];
    expect(ruleInForce(versions, '2023-12-31')).toBeUndefined();
    expect(ruleInForce(versions, '2024-01-01')?.waitingDays).toBe(180);
    expect(ruleInForce(versions, '2024-12-31')?.waitingDays).toBe(180);
    expect(ruleInForce(versions, '2025-01-01')?.waitingDays).toBe(90);
    // A version with an end date stops on it (inclusive): the type was discontinued.
    expect(ruleInForce([at('2024-01-01', { effectiveTo: '2024-06-30' })], '2024-06-30')).toBeDefined();
    expect(ruleInForce([at('2024-01-01', { effectiveTo: '2024-06-30' })], '2024-07-01')).toBeUndefined();
  });

  it('accepts good versions and returns them oldest first', () => {
    const result = checkRuleVersions([at('2025-01-01'), at('2024-01-01', { effectiveTo: '2024-12-31' })]);
    expect(result.ok && result.value.map((version) => version.effectiveFrom)).toEqual(['2024-01-01', '2025-01-01']);
  });

  it('refuses duplicate and overlapping effective dates, naming the field', () => {
    expect(refusal([])).toMatchObject({ code: 'rule-versions-required', field: 'versions' });
    expect(refusal([at('2024-01-01'), at('2024-01-01')])).toMatchObject({
      code: 'rule-duplicate-effective-date',
      field: 'versions.1.effectiveFrom',
    });
    expect(refusal([at('2024-06-01'), at('2024-01-01', { effectiveTo: '2024-06-01' })])).toMatchObject({
      code: 'rule-versions-overlap',
      field: 'versions.0.effectiveFrom',
    });
    expect(refusal([at('2024-01-01', { effectiveTo: '2023-12-31' })])).toMatchObject({
      code: 'rule-ends-before-start',
      field: 'versions.0.effectiveTo',
    });
    expect(refusal([at('2024-02-30')])).toMatchObject({ code: 'rule-date-invalid', field: 'versions.0.effectiveFrom' });
  });

  it('refuses nonsensical numbers, naming the field', () => {
    const cases: [Partial<BenefitRuleVersion>, string, string][] = [
      [{ waitingDays: -1 }, 'rule-number-invalid', 'versions.0.waitingDays'],
      [{ waitingDays: 1.5 }, 'rule-number-invalid', 'versions.0.waitingDays'],
      [{ ageMin: 70, ageMax: 60 }, 'rule-age-range-inverted', 'versions.0.ageMax'],
      [{ ageMax: 200 }, 'rule-number-invalid', 'versions.0.ageMax'],
      [{ maxArrearsMonths: -2 }, 'rule-number-invalid', 'versions.0.maxArrearsMonths'],
      [{ amount: { kind: 'per-event', amountSatang: 0 } }, 'rule-number-invalid', 'versions.0.amount.amountSatang'],
      [{ amount: { kind: 'per-event', amountSatang: 10.5 } }, 'rule-number-invalid', 'versions.0.amount.amountSatang'],
      [
        { amount: { kind: 'per-unit', unit: 'night', perUnitSatang: 20_000, maxUnitsPerEvent: 0 } },
        'rule-number-invalid',
        'versions.0.amount.maxUnitsPerEvent',
      ],
      [{ amount: { kind: 'per-unit', unit: 'night', perUnitSatang: -1 } }, 'rule-number-invalid', 'versions.0.amount.perUnitSatang'],
      [{ amount: { kind: 'by-membership-years', tiers: [] } }, 'rule-tiers-required', 'versions.0.amount.tiers'],
      [
        {
          amount: {
            kind: 'by-membership-years',
            tiers: [
              { fromYears: 2, amountSatang: 1 },
              { fromYears: 2, amountSatang: 2 },
            ],
          },
        },
        'rule-tiers-not-increasing',
        'versions.0.amount.tiers.1.fromYears',
      ],
      [{ yearlyCap: { amountSatang: 0 } }, 'rule-number-invalid', 'versions.0.yearlyCap.amountSatang'],
      [{ yearlyCap: { units: 5 } }, 'rule-units-cap-needs-per-unit', 'versions.0.yearlyCap.units'],
      [{ lifetimeCap: { count: 0 } }, 'rule-number-invalid', 'versions.0.lifetimeCap.count'],
      [{ recipients: [] }, 'rule-recipients-required', 'versions.0.recipients'],
      [{ recipients: ['member', 'member'] }, 'rule-recipient-duplicate', 'versions.0.recipients.1'],
      [
        {
          requiredDocuments: [
            { key: 'a', nameTh: 'ก', nameEn: 'A' },
            { key: 'a', nameTh: 'ก', nameEn: 'A' },
          ],
        },
        'rule-document-duplicate',
        'versions.0.requiredDocuments.1.key',
      ],
    ];
    for (const [extra, code, field] of cases) expect(refusal([at('2024-01-01', extra)]), code).toMatchObject({ code, field });
  });
});

describe('a rule version names its clause', () => {
  it('refuses a clause longer than 100 characters', () => {
    const result = checkRuleVersions([{ ...validVersionForClause(), clause: 'ข'.repeat(101) }]);
    expect(result.ok ? '' : `${result.error.code} ${result.error.field}`).toBe('rule-clause-too-long versions.0.clause');
    expect(checkRuleVersions([{ ...validVersionForClause(), clause: 'ระเบียบ ข้อ 17.6' }]).ok).toBe(true);
  });
});

function validVersionForClause(): BenefitRuleVersion {
  return {
    effectiveFrom: '2024-01-01',
    waitingDays: 0,
    amount: { kind: 'per-event', amountSatang: 100 },
    recipients: ['member'],
    requiredDocuments: [],
  };
}
