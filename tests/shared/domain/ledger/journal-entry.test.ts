import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBalanced, receiptEntryLines, reverseLines } from '../../../../shared/domain/ledger/journal-entry';
import { runs, testSeed } from '../../../support/seed';

describe('journal entries', () => {
  it('books a receipt as Dr cash, Cr contributions and entry fees', () => {
    const lines = receiptEntryLines([{ kind: 'entry-fee', amountSatang: 2000 }, { kind: 'contribution', amountSatang: 36500 }], '3100');
    expect(lines).toEqual([
      { accountCode: '3100', debitSatang: 38500, creditSatang: 0 },
      { accountCode: '2100', debitSatang: 0, creditSatang: 2000 },
      { accountCode: '1100', debitSatang: 0, creditSatang: 36500 },
    ]);
    expect(checkBalanced(lines).ok).toBe(true);
  });

  it('refuses empty, one-sided-twice, fractional and unbalanced entries', () => {
    expect(checkBalanced([])).toMatchObject({ ok: false, error: { code: 'entry-empty' } });
    expect(checkBalanced([{ accountCode: '3100', debitSatang: 5, creditSatang: 5 }])).toMatchObject({ ok: false, error: { code: 'entry-line-invalid' } });
    expect(checkBalanced([{ accountCode: '3100', debitSatang: 0.5, creditSatang: 0 }])).toMatchObject({ ok: false, error: { code: 'entry-line-invalid' } });
    expect(checkBalanced([{ accountCode: '3100', debitSatang: 5, creditSatang: 0 }, { accountCode: '1100', debitSatang: 0, creditSatang: 4 }])).toMatchObject({
      ok: false,
      error: { code: 'entry-unbalanced', params: { debit: 5, credit: 4 } },
    });
  });

  it('a reversal of a balanced entry balances and cancels it', () => {
    const seed = testSeed('reversal');
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.constantFrom<'contribution' | 'entry-fee'>('contribution', 'entry-fee'), amountSatang: fc.integer({ min: 1, max: 10 ** 9 }) }), { minLength: 1, maxLength: 5 }), (receiptLines) => {
        const lines = receiptEntryLines(receiptLines, '3100');
        const reversed = reverseLines(lines);
        expect(checkBalanced(reversed).ok).toBe(true);
        const net = new Map<string, number>();
        for (const line of [...lines, ...reversed]) net.set(line.accountCode, (net.get(line.accountCode) ?? 0) + line.debitSatang - line.creditSatang);
        expect([...net.values()].every((value) => value === 0)).toBe(true);
      }),
      { seed, numRuns: runs(200) },
    );
  });
});
