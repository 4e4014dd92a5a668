import { describe, expect, it } from 'vitest';
import { decideClaim, type PaidClaim } from '../../../../shared/domain/welfare/decide-claim';
import { checkRuleVersions } from '../../../../shared/domain/welfare/rules';
import { welfareTemplates } from '../../../../shared/domain/welfare/templates';
import { input, member, types } from './fixtures';

const paid = (eventDate: string, amountSatang: number, units = 0): PaidClaim => ({ eventDate, units, amountSatang });

describe('the "1 baht a day" template, hand-worked (member approved 2021-01-15, born 1960-03-10)', () => {
  it('has valid rule data for every type, Thai and English names, and is listed', () => {
    for (const type of types) {
      expect(checkRuleVersions(type.versions).ok, type.code).toBe(true);
      expect(type.nameTh.length).toBeGreaterThan(0);
      expect(type.nameEn.length).toBeGreaterThan(0);
    }
    expect(types.map((type) => type.category)).toEqual(['BIRTH', 'ILLNESS', 'ELDERLY', 'EDUCATION', 'DEATH']);
    expect(welfareTemplates[0]?.build('2020-01-01')).toEqual(types);
  });

  it('birth: 1,000 baht = 100,000 satang once the 180 days have passed', () => {
    // 2021-01-15 + 180 days = 2021-07-14 (Jan 16 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 = 166; +14 in July = 180).
    const onDay180 = decideClaim(input('birth', { eventDate: '2021-07-14' }));
    expect(onDay180).toMatchObject({ eligible: true, amountSatang: 100_000, unitsPaid: 0 });
    const onDay179 = decideClaim(input('birth', { eventDate: '2021-07-13' }));
    expect(onDay179).toMatchObject({ eligible: false, amountSatang: 0, refusal: { code: 'claim-waiting-period' } });
    expect(onDay179.lines).toContainEqual({
      code: 'welfare.waiting',
      params: { since: '2021-01-15', years: 0, months: 5, days: 179, waitingDays: 180 },
      passed: false,
    });
  });

  it('hospital: 200 baht a night, ≤ 600 a stay, ≤ 1,000 a fiscal year', () => {
    // 2 nights × 200 = 400 baht.
    expect(decideClaim(input('hospital', { units: 2 }))).toMatchObject({ eligible: true, amountSatang: 40_000, unitsPaid: 2 });
    // 5 nights × 200 = 1,000 > 600 a stay → 600 baht, which pays for 3 nights.
    const long = decideClaim(input('hospital', { units: 5 }));
    expect(long).toMatchObject({ eligible: true, amountSatang: 60_000, unitsPaid: 3 });
    expect(long.lines).toContainEqual({ code: 'welfare.amount-per-event-cap', params: { amount: 100_000, cap: 60_000 } });
    // Already 600 + 200 = 800 paid this fiscal year (FY2024 = 2023-10-01 … 2024-09-30); 3 nights = 600 → only 1,000 − 800 = 200.
    const capped = decideClaim(
      input('hospital', { units: 3, earlierClaims: [paid('2023-11-02', 60_000, 3), paid('2024-02-01', 20_000, 1)] }),
    );
    expect(capped).toMatchObject({ eligible: true, amountSatang: 20_000, unitsPaid: 1 });
    expect(capped.lines).toContainEqual({
      code: 'welfare.yearly-amount',
      params: { fiscalYear: 2024, used: 80_000, amount: 60_000, cap: 100_000, paid: 20_000 },
      passed: true,
    });
    // The full 1,000 used → refused.
    const full = decideClaim(
      input('hospital', { units: 1, earlierClaims: [paid('2023-11-02', 60_000, 3), paid('2024-02-01', 40_000, 2)] }),
    );
    expect(full).toMatchObject({ eligible: false, amountSatang: 0, refusal: { code: 'claim-yearly-amount-cap-reached' } });
  });

  it('hospital: the yearly cap starts again on 1 October (fund fiscal year)', () => {
    const earlier = [paid('2023-10-01', 60_000, 3), paid('2024-09-30', 40_000, 2)]; // both in FY2024: 1,000 used
    expect(decideClaim(input('hospital', { eventDate: '2024-09-30', units: 1, earlierClaims: earlier.slice(0, 1) })).amountSatang).toBe(
      20_000,
    );
    expect(decideClaim(input('hospital', { eventDate: '2024-09-29', units: 1, earlierClaims: earlier })).eligible).toBe(false);
    // 2024-10-01 is FY2025: nothing used yet, 2 nights = 400 baht.
    expect(decideClaim(input('hospital', { eventDate: '2024-10-01', units: 2, earlierClaims: earlier }))).toMatchObject({
      eligible: true,
      amountSatang: 40_000,
    });
    // With a fiscal year starting in January, 2024-01-05 (400) and 2024-09-30 (400) are in the same year as
    // 2024-10-01: 1,000 − 800 = 200 left, so 2 nights (400) pay 200; with 1 October they are in FY2024 → 400 paid.
    const calendar = [...earlier, paid('2024-01-05', 40_000, 2)];
    expect(
      decideClaim(input('hospital', { eventDate: '2024-10-01', units: 2, earlierClaims: calendar, fiscalYearStartMonth: 1 })),
    ).toMatchObject({ eligible: true, amountSatang: 20_000, unitsPaid: 1 });
    expect(decideClaim(input('hospital', { eventDate: '2024-10-01', units: 2, earlierClaims: calendar }))).toMatchObject({
      eligible: true,
      amountSatang: 40_000,
      unitsPaid: 2,
    });
  });

  it('elderly: 200 baht a year after ≥ 3 completed years, aged 60 or more, once a fiscal year', () => {
    // 2024-01-14: 2 years 11 months → refused; 2024-01-15: 3 years, age 63 → 200 baht.
    expect(decideClaim(input('elderly', { eventDate: '2024-01-14' })).refusal?.code).toBe('claim-membership-years-too-few');
    const due = decideClaim(input('elderly', { eventDate: '2024-01-15' }));
    expect(due).toMatchObject({ eligible: true, amountSatang: 20_000 });
    expect(due.lines).toContainEqual({ code: 'welfare.age-min', params: { age: 63, ageMin: 60 }, passed: true });
    // Once already this fiscal year (paid 2023-12-01, FY2024) → refused; next fiscal year → paid.
    const earlierClaims = [paid('2023-12-01', 20_000)];
    expect(decideClaim(input('elderly', { eventDate: '2024-09-30', earlierClaims })).refusal?.code).toBe('claim-yearly-count-cap-reached');
    expect(decideClaim(input('elderly', { eventDate: '2024-10-01', earlierClaims })).amountSatang).toBe(20_000);
    // A 59-year-old member is refused.
    expect(decideClaim(input('elderly', { eventDate: '2024-01-15', member: member({ birthDate: '1964-06-01' }) })).refusal?.code).toBe(
      'claim-age-below-minimum',
    );
  });

  it('education: 500 baht to the member or a dependent child', () => {
    expect(decideClaim(input('education')).amountSatang).toBe(50_000);
    const child = decideClaim({
      ...input('education'),
      claim: { eventDate: '2024-06-01', recipient: { kind: 'dependent', id: 'd1', birthDate: '2012-05-01', gender: 'male' } },
    });
    expect(child).toMatchObject({ eligible: true, amountSatang: 50_000 });
  });

  it('death: the Sadao scale by completed years, plus 500 a year beyond 15', () => {
    const death = (eventDate: string): number =>
      decideClaim(input('death', { eventDate, asOf: '2050-01-01', member: member({ spells: [{ start: '2021-01-15', end: eventDate }] }) }))
        .amountSatang;
    expect(death('2021-07-13')).toBe(0); // 179 days: < 180 → nothing (waiting period)
    expect(death('2021-07-14')).toBe(150_000); // 180 days → 1,500
    expect(death('2022-01-14')).toBe(150_000); // 364 days, 0 completed years → 1,500
    expect(death('2022-01-15')).toBe(300_000); // 1 year → 3,000
    expect(death('2023-01-14')).toBe(300_000); // 1 year 11 months → 3,000
    expect(death('2023-01-15')).toBe(600_000); // 2 years → 6,000
    expect(death('2026-01-14')).toBe(600_000); // 4 years → 6,000
    expect(death('2026-01-15')).toBe(1_000_000); // 5 years → 10,000
    expect(death('2029-01-15')).toBe(1_200_000); // 8 years → 12,000
    expect(death('2033-01-14')).toBe(1_200_000); // 11 years → 12,000
    expect(death('2033-01-15')).toBe(2_000_000); // 12 years → 20,000
    expect(death('2036-01-15')).toBe(2_000_000); // 15 years → 20,000 + 0 × 500
    expect(death('2037-01-15')).toBe(2_050_000); // 16 years → 20,000 + 1 × 500 = 20,500
    expect(death('2041-01-15')).toBe(2_250_000); // 20 years → 20,000 + 5 × 500 = 22,500
  });

  it('death: judged on the day of death as a member (a spell includes its end date), once in a lifetime, paid to the beneficiary', () => {
    const base = input('death', { eventDate: '2024-06-01', member: member({ spells: [{ start: '2021-01-15', end: '2024-06-01' }] }) });
    const decision = decideClaim(base);
    expect(decision).toMatchObject({ eligible: true, amountSatang: 600_000 }); // 3 years 4 months → 6,000
    expect(decision.lines).toContainEqual({ code: 'welfare.tier', params: { years: 3, fromYears: 2, amount: 600_000 } });
    expect(decideClaim({ ...base, earlierClaims: [paid('2024-05-01', 600_000)] }).refusal?.code).toBe('claim-lifetime-count-cap-reached');
    expect(decideClaim({ ...base, claim: { ...base.claim, recipient: { kind: 'member' } } }).refusal?.code).toBe(
      'claim-recipient-not-allowed',
    );
    expect(decideClaim({ ...base, claim: { ...base.claim, eventDate: '2024-06-02' } }).refusal?.code).toBe('claim-member-not-active');
  });
});
