import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMemberDeath, settlePayout } from '../../../../shared/domain/welfare/settle-payout';
import { runs, testSeed } from '../../../support/seed';

const seed = testSeed('welfare settle-payout properties');
const numRuns = runs(500);

describe('settlePayout (Decision 11: death benefit split by share, arrears kept back)', () => {
  it('splits 600,000 satang 2:1 with 6,000 of arrears kept back', () => {
    const result = settlePayout({
      grossSatang: 600000,
      payees: [
        { name: 'ภรรยา', share: 2 },
        { name: 'บุตร', share: 1 },
      ],
      arrears: { periods: ['2026-03', '2026-04'], amountSatang: 6000 },
    });
    expect(result.ok && result.value.parts).toEqual([
      { payeeName: 'ภรรยา', share: 2, grossSatang: 400000, deductedSatang: 4000, netSatang: 396000 },
      { payeeName: 'บุตร', share: 1, grossSatang: 200000, deductedSatang: 2000, netSatang: 198000 },
    ]);
    expect(result.ok && result.value.lines.map((line) => line.code)).toEqual([
      'welfare.arrears-deducted',
      'welfare.net-payable',
      'welfare.payee-share',
      'welfare.payee-share',
    ]);
  });

  it('splits the gross once and then the deduction, so one heir does not carry every remainder (issue 14 item 7)', () => {
    // Three equal heirs of 20,000 baht with 60.01 baht kept back: the gross splits 666,667 / 666,667 / 666,666
    // and the deduction 2,001 / 2,000 / 2,000 (largest remainder each, ties to the earlier registered).
    const result = settlePayout({
      grossSatang: 2_000_000,
      payees: [
        { name: 'a', share: 1 },
        { name: 'b', share: 1 },
        { name: 'c', share: 1 },
      ],
      arrears: { periods: ['2026-08', '2026-09'], amountSatang: 6001 },
    });
    expect(result.ok && result.value.parts).toEqual([
      { payeeName: 'a', share: 1, grossSatang: 666_667, deductedSatang: 2001, netSatang: 664_666 },
      { payeeName: 'b', share: 1, grossSatang: 666_667, deductedSatang: 2000, netSatang: 664_667 },
      { payeeName: 'c', share: 1, grossSatang: 666_666, deductedSatang: 2000, netSatang: 664_666 },
    ]);
    expect(result.ok && result.value.netSatang).toBe(1_993_999);
  });

  it('gives a tied remainder satang to the earlier registered beneficiary', () => {
    const result = settlePayout({
      grossSatang: 100,
      payees: [
        { name: 'a', share: 1 },
        { name: 'b', share: 1 },
        { name: 'c', share: 1 },
      ],
      arrears: null,
    });
    expect(result.ok && result.value.parts.map((part) => part.netSatang)).toEqual([34, 33, 33]);
  });

  it('refuses what cannot be paid: no payee, a zero share, arrears not less than the benefit, too little to split', () => {
    const code = (input: Parameters<typeof settlePayout>[0]) => {
      const result = settlePayout(input);
      return result.ok ? 'ok' : result.error.code;
    };
    expect(code({ grossSatang: 1000, payees: [], arrears: null })).toBe('payee-required');
    expect(code({ grossSatang: 1000, payees: [{ name: 'a', share: 0 }], arrears: null })).toBe('payee-share-invalid');
    expect(code({ grossSatang: 1000, payees: [{ name: 'a', share: 1 }], arrears: { periods: ['2026-01'], amountSatang: 1000 } })).toBe(
      'arrears-exceed-benefit',
    );
    expect(
      code({
        grossSatang: 2,
        payees: [
          { name: 'a', share: 1 },
          { name: 'b', share: 1 },
          { name: 'c', share: 1 },
        ],
        arrears: null,
      }),
    ).toBe('payout-too-small');
    expect(code({ grossSatang: 0, payees: [{ name: 'a', share: 1 }], arrears: null })).toBe('payout-amount-invalid');
  });

  it('knows the member’s own death from the category and the recipient', () => {
    expect(isMemberDeath('DEATH', 'beneficiary')).toBe(true);
    expect(isMemberDeath('DEATH', 'dependent')).toBe(false);
    expect(isMemberDeath('ILLNESS', 'member')).toBe(false);
  });

  it('always adds up: parts to the benefit, nets to benefit − arrears, every payee something, shares respected to a satang', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 100_000 }),
        (gross, shares, arrearsSatang) => {
          const payees = shares.map((share, index) => ({ name: `p${index}`, share }));
          const arrears = arrearsSatang > 0 ? { periods: ['2026-01'], amountSatang: arrearsSatang } : null;
          const result = settlePayout({ grossSatang: gross, payees, arrears });
          if (!result.ok) {
            expect(['arrears-exceed-benefit', 'payout-too-small']).toContain(result.error.code);
            return;
          }
          const { parts, deductedSatang, netSatang } = result.value;
          expect(parts.reduce((sum, part) => sum + part.grossSatang, 0)).toBe(gross);
          expect(parts.reduce((sum, part) => sum + part.netSatang, 0)).toBe(netSatang);
          expect(netSatang + deductedSatang).toBe(gross);
          const totalShares = shares.reduce((sum, share) => sum + share, 0);
          for (const part of parts) {
            expect(Number.isInteger(part.netSatang) && part.netSatang > 0).toBe(true);
            expect(part.deductedSatang).toBeGreaterThanOrEqual(0);
            expect(Math.abs(part.netSatang - (netSatang * part.share) / totalShares)).toBeLessThan(2);
          }
          // Each split is largest remainder on its own: a part is its exact share rounded down, or one satang more.
          for (const part of parts) {
            const exactGross = (gross * part.share) / totalShares;
            const exactDeducted = (deductedSatang * part.share) / totalShares;
            expect(part.grossSatang - Math.floor(exactGross)).toBeGreaterThanOrEqual(0);
            expect(part.grossSatang - Math.floor(exactGross)).toBeLessThanOrEqual(1);
            expect(part.deductedSatang - Math.floor(exactDeducted)).toBeGreaterThanOrEqual(0);
            expect(part.deductedSatang - Math.floor(exactDeducted)).toBeLessThanOrEqual(1);
            expect(part.netSatang).toBe(part.grossSatang - part.deductedSatang);
          }
          expect(parts.reduce((sum, part) => sum + part.deductedSatang, 0)).toBe(deductedSatang);
          expect(settlePayout({ grossSatang: gross, payees, arrears })).toEqual(result);
        },
      ),
      { seed, numRuns },
    );
  });
});
