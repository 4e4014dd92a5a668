import { describe, expect, it } from 'vitest';
import { decideClaim } from '../../../../shared/domain/welfare/decide-claim';
import type { BenefitRuleVersion } from '../../../../shared/domain/welfare/rules';
import { input, member } from './fixtures';

const code = (decision: ReturnType<typeof decideClaim>): string | undefined => decision.refusal?.code;

describe('bad claims are refused with a clear reason (issue 3)', () => {
  it('refuses an event in the future relative to asOf, or an invalid date', () => {
    expect(decideClaim(input('birth', { eventDate: '2024-06-02', asOf: '2024-06-01' })).refusal).toEqual({
      code: 'claim-event-in-future',
      field: 'eventDate',
      params: { eventDate: '2024-06-02', asOf: '2024-06-01' },
    });
    expect(decideClaim(input('birth', { eventDate: '2024-06-01', asOf: '2024-06-01' })).eligible).toBe(true);
    expect(code(decideClaim(input('birth', { eventDate: '2024-02-30' })))).toBe('claim-event-date-invalid');
    expect(code(decideClaim(input('birth', { asOf: '' })))).toBe('claim-as-of-invalid');
  });

  it('refuses an event before membership, and a member without a spell', () => {
    expect(decideClaim(input('birth', { eventDate: '2021-01-14' })).refusal).toMatchObject({
      code: 'claim-event-before-membership',
      params: { memberSince: '2021-01-15' },
    });
    expect(code(decideClaim(input('birth', { member: member({ spells: [] }) })))).toBe('claim-event-before-membership');
  });

  it('refuses a member not active on the event date: after the spell ended, or between spells', () => {
    const spells = [
      { start: '2019-01-01', end: '2020-12-31' },
      { start: '2022-01-01', end: null },
    ];
    expect(code(decideClaim(input('birth', { eventDate: '2021-06-01', member: member({ spells }) })))).toBe('claim-member-not-active');
    // The end date itself is inside the spell (Decision 6): 2020-12-31 judged as a member (730 days ≥ 180).
    expect(decideClaim(input('birth', { eventDate: '2020-12-31', member: member({ spells }) })).eligible).toBe(true);
    // Reinstated 2022-01-01: the waiting period counts again within the new spell…
    expect(code(decideClaim(input('birth', { eventDate: '2022-03-01', member: member({ spells }) })))).toBe('claim-waiting-period');
    // …unless the fund's setting continues the old spell.
    expect(
      decideClaim(input('birth', { eventDate: '2022-03-01', member: member({ spells }), membershipCounting: 'first-spell' })).eligible,
    ).toBe(true);
  });

  it('refuses units that make no sense: 0, 400, fractional, or missing for a per-night rule', () => {
    for (const units of [0, -1, 367, 400, 1.5])
      expect(code(decideClaim(input('hospital', { units }))), String(units)).toBe('claim-units-invalid');
    expect(code(decideClaim(input('hospital', { units: null })))).toBe('claim-units-required');
    expect(decideClaim(input('hospital', { units: 366 })).eligible).toBe(true);
  });

  it('refuses an unknown type, and an event before any rule version', () => {
    expect(code(decideClaim(input('birth', { versions: [] })))).toBe('claim-unknown-welfare-type');
    expect(
      code(decideClaim(input('birth', { eventDate: '2019-12-31', member: member({ spells: [{ start: '2019-01-01', end: null }] }) }))),
    ).toBe('claim-no-rule-in-force');
  });

  it('refuses a second claim for the same event and recipient, but not for another dependent (twins)', () => {
    const earlierClaims = [{ eventDate: '2024-06-01', units: 0, amountSatang: 100_000, recipientId: 'child-1' }];
    const twin = (id: string) => ({
      ...input('birth', { earlierClaims }),
      claim: { eventDate: '2024-06-01', recipient: { kind: 'dependent' as const, id, birthDate: '2024-06-01', gender: 'female' as const } },
    });
    expect(code(decideClaim(twin('child-1')))).toBe('claim-duplicate');
    expect(decideClaim(twin('child-2')).eligible).toBe(true);
  });

  it('refuses a member with more months in arrears than the rule allows (default 3)', () => {
    expect(decideClaim(input('birth', { member: member({ arrearsMonths: 3 }) })).eligible).toBe(true);
    const late = decideClaim(input('birth', { member: member({ arrearsMonths: 4 }) }));
    expect(late.refusal).toMatchObject({ code: 'claim-too-many-arrears', params: { arrears: 4, maxArrears: 3 } });
    expect(late.lines).toContainEqual({ code: 'welfare.arrears', params: { arrears: 4, maxArrears: 3 }, passed: false });
  });

  it('applies age and gender to the dependent who receives, not to the member', () => {
    const rule: BenefitRuleVersion = {
      effectiveFrom: '2020-01-01',
      waitingDays: 0,
      ageMax: 18,
      gender: 'male',
      amount: { kind: 'per-event', amountSatang: 50_000 },
      recipients: ['member', 'dependent'],
      requiredDocuments: [],
    };
    const claimFor = (birthDate: string, gender: 'male' | 'female') => ({
      ...input('birth', { versions: [rule] }),
      claim: { eventDate: '2024-06-01', recipient: { kind: 'dependent' as const, birthDate, gender } },
    });
    expect(decideClaim(claimFor('2006-06-01', 'male')).eligible).toBe(true); // 18 on the event date
    expect(decideClaim(claimFor('2005-06-02', 'male')).eligible).toBe(true); // still 18: 19 only on 2 June 2024
    expect(code(decideClaim(claimFor('2005-06-01', 'male')))).toBe('claim-age-above-maximum'); // 19 on the event date
    expect(code(decideClaim(claimFor('2006-06-01', 'female')))).toBe('claim-gender-mismatch');
    expect(code(decideClaim(input('birth', { versions: [rule] })))).toBe('claim-age-above-maximum'); // the member is 64
    expect(code(decideClaim(claimFor('2024-06-02', 'male')))).toBe('claim-recipient-birth-date-invalid');
  });

  it('checks documents when they are given, and says when they were not', () => {
    const base = input('birth');
    expect(decideClaim(base).lines).toContainEqual({ code: 'welfare.documents-not-checked', params: { count: 2 } });
    const missing = decideClaim({ ...base, claim: { ...base.claim, documentsReceived: ['id-card'] } });
    expect(missing.refusal?.code).toBe('claim-documents-missing');
    expect(decideClaim({ ...base, claim: { ...base.claim, documentsReceived: ['id-card', 'birth-certificate'] } }).eligible).toBe(true);
  });

  it('explains every condition line by line, the failing ones marked', () => {
    // Member approved 2021-01-15; event 2023-04-20: 2 years 3 months, 825 days ≥ 180.
    const decision = decideClaim(input('birth', { eventDate: '2023-04-20' }));
    expect(decision.lines[0]).toEqual({ code: 'welfare.rule-in-force', params: { effectiveFrom: '2020-01-01' } });
    expect(decision.lines).toContainEqual({
      code: 'welfare.waiting',
      params: { since: '2021-01-15', years: 2, months: 3, days: 825, waitingDays: 180 },
      passed: true,
    });
    expect(decision.lines.at(-1)).toEqual({ code: 'welfare.pay', params: { amount: 100_000, units: 0 } });
    expect(decision.ruleEffectiveFrom).toBe('2020-01-01');
  });

  it('pays "nights this fiscal year 4 + 3 > cap 5 → 1 night" with a nights cap', () => {
    const rule: BenefitRuleVersion = {
      effectiveFrom: '2020-01-01',
      waitingDays: 180,
      amount: { kind: 'per-unit', unit: 'night', perUnitSatang: 20_000 },
      yearlyCap: { units: 5 },
      recipients: ['member'],
      requiredDocuments: [],
    };
    const decision = decideClaim(
      input('hospital', { versions: [rule], units: 3, earlierClaims: [{ eventDate: '2024-01-10', units: 4, amountSatang: 80_000 }] }),
    );
    expect(decision).toMatchObject({ eligible: true, amountSatang: 20_000, unitsPaid: 1 });
    expect(decision.lines).toContainEqual({
      code: 'welfare.yearly-units',
      params: { fiscalYear: 2024, used: 4, units: 3, cap: 5, paid: 1, unit: 'night' },
      passed: true,
    });
    expect(
      code(
        decideClaim(
          input('hospital', { versions: [rule], units: 3, earlierClaims: [{ eventDate: '2024-01-10', units: 5, amountSatang: 100_000 }] }),
        ),
      ),
    ).toBe('claim-yearly-units-cap-reached');
  });

  it('judges an event by the version in force on its date, not a later amendment', () => {
    const v1: BenefitRuleVersion = {
      effectiveFrom: '2020-01-01',
      waitingDays: 180,
      amount: { kind: 'per-event', amountSatang: 100_000 },
      recipients: ['member'],
      requiredDocuments: [],
    };
    const v2: BenefitRuleVersion = { ...v1, effectiveFrom: '2024-07-01', amount: { kind: 'per-event', amountSatang: 150_000 } };
    expect(decideClaim(input('birth', { versions: [v1, v2], eventDate: '2024-06-30' })).amountSatang).toBe(100_000);
    expect(decideClaim(input('birth', { versions: [v1, v2], eventDate: '2024-07-01' })).amountSatang).toBe(150_000);
  });
});

describe('the bylaw clause (issue 3: which clause decides)', () => {
  it('quotes the clause of the version in force on the first explanation line', () => {
    const versions = input('birth').versions.map((version) => ({ ...version, clause: 'ระเบียบ ข้อ 12' }));
    expect(decideClaim(input('birth', { versions })).lines[0]).toEqual({
      code: 'welfare.rule-in-force-clause',
      params: { effectiveFrom: '2020-01-01', clause: 'ระเบียบ ข้อ 12' },
    });
    expect(decideClaim(input('birth')).lines[0]?.code).toBe('welfare.rule-in-force');
  });
});
