import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBalanced, receiptEntryLines, reverseLines, type JournalLine } from '../../../../shared/domain/ledger/journal-entry';

const seed = Number(process.env.SWF_SEED ?? Date.now() % 2 ** 31);
const numRuns = Math.round(200 * Number(process.env.SWF_TEST_SCALE ?? 1));
console.log(`journal-entry.test.ts seed ${seed} (replay with SWF_SEED=${seed})`);

const debit = (accountCode: string, amount: number): JournalLine => ({ accountCode, debitSatang: amount, creditSatang: 0 });
const credit = (accountCode: string, amount: number): JournalLine => ({ accountCode, debitSatang: 0, creditSatang: amount });

describe('journal entries (Decision 13)', () => {
  it('books a receipt as Dr cash, Cr contributions and entry fees, merging lines of one account', () => {
    const lines = receiptEntryLines(
      [
        { kind: 'entry-fee', amountSatang: 2000 },
        { kind: 'contribution', amountSatang: 36500 },
        { kind: 'contribution', amountSatang: 3000 },
      ],
      '3100',
    );
    expect(lines).toEqual([debit('3100', 41500), credit('2100', 2000), credit('1100', 39500)]);
    expect(checkBalanced(lines).ok).toBe(true);
    expect(receiptEntryLines([{ kind: 'contribution', amountSatang: 3000 }], '3200')).toEqual([debit('3200', 3000), credit('1100', 3000)]);
  });

  it('accepts a balanced entry and returns its lines', () => {
    const lines = [debit('3100', 500), credit('1100', 300), credit('2100', 200)];
    expect(checkBalanced(lines)).toEqual({ ok: true, value: lines });
  });

  it('refuses empty, two-sided, zero, negative, fractional and unbalanced entries', () => {
    expect(checkBalanced([])).toMatchObject({ ok: false, error: { code: 'entry-empty' } });
    expect(checkBalanced([{ accountCode: '3100', debitSatang: 5, creditSatang: 5 }, credit('1100', 0)])).toMatchObject({
      ok: false,
      error: { code: 'entry-line-invalid' },
    });
    expect(checkBalanced([debit('3100', 0), credit('1100', 0)])).toMatchObject({ ok: false, error: { code: 'entry-line-invalid' } });
    expect(checkBalanced([debit('3100', -5), credit('1100', -5)])).toMatchObject({ ok: false, error: { code: 'entry-line-invalid' } });
    expect(checkBalanced([debit('3100', 0.5), credit('1100', 0.5)])).toMatchObject({ ok: false, error: { code: 'entry-line-invalid' } });
    expect(checkBalanced([debit('3100', 2 ** 53), credit('1100', 2 ** 53)])).toMatchObject({
      ok: false,
      error: { code: 'entry-line-invalid' },
    });
    expect(checkBalanced([debit('3100', 5), credit('1100', 4)])).toEqual({
      ok: false,
      error: { code: 'entry-unbalanced', params: { debit: 5, credit: 4 } },
    });
  });

  it('reverses by swapping sides', () => {
    expect(reverseLines([debit('3100', 500), credit('1100', 500)])).toEqual([credit('3100', 500), debit('1100', 500)]);
  });

  it('the reversal of a balanced entry balances and cancels it', () => {
    const account = fc.constantFrom('1100', '2100', '3100', '3200', '4100', '5000');
    const side = fc.record({ accountCode: account, amount: fc.integer({ min: 1, max: 10 ** 12 }) });
    fc.assert(
      fc.property(fc.array(side, { minLength: 1, maxLength: 6 }), account, (debits, balancingAccount) => {
        const total = debits.reduce((sum, line) => sum + line.amount, 0);
        const lines = [...debits.map((line) => debit(line.accountCode, line.amount)), credit(balancingAccount, total)];
        expect(checkBalanced(lines).ok).toBe(true);
        const reversed = reverseLines(lines);
        expect(checkBalanced(reversed)).toEqual({ ok: true, value: reversed });
        const net = new Map<string, number>();
        for (const line of [...lines, ...reversed])
          net.set(line.accountCode, (net.get(line.accountCode) ?? 0) + line.debitSatang - line.creditSatang);
        expect([...net.values()].every((value) => value === 0)).toBe(true);
      }),
      { seed, numRuns },
    );
  });

  it('every receipt entry balances', () => {
    const receiptLine = fc.record({
      kind: fc.constantFrom<'contribution' | 'entry-fee'>('contribution', 'entry-fee'),
      amountSatang: fc.integer({ min: 1, max: 10 ** 9 }),
    });
    fc.assert(
      fc.property(fc.array(receiptLine, { minLength: 1, maxLength: 5 }), (receiptLines) => {
        const lines = receiptEntryLines(receiptLines, '3100');
        expect(checkBalanced(lines).ok).toBe(true);
        expect(lines[0]?.debitSatang).toBe(receiptLines.reduce((sum, line) => sum + line.amountSatang, 0));
      }),
      { seed, numRuns },
    );
  });
});
