import { failure, success, type Result } from '../result';
import { accountCodes } from './chart-of-accounts';

export type JournalLine = { accountCode: string; debitSatang: number; creditSatang: number };

/** Every posted entry must pass this (Decision 13): lines one-sided, whole satang, debits equal credits. */
export function checkBalanced(lines: readonly JournalLine[]): Result<JournalLine[]> {
  if (lines.length === 0) return failure('entry-empty');
  let debit = 0;
  let credit = 0;
  for (const line of lines) {
    const valid =
      Number.isSafeInteger(line.debitSatang) &&
      Number.isSafeInteger(line.creditSatang) &&
      line.debitSatang >= 0 &&
      line.creditSatang >= 0 &&
      (line.debitSatang === 0) !== (line.creditSatang === 0);
    if (!valid) return failure('entry-line-invalid', undefined, { accountCode: line.accountCode });
    debit += line.debitSatang;
    credit += line.creditSatang;
  }
  if (debit !== credit) return failure('entry-unbalanced', undefined, { debit, credit });
  return success([...lines]);
}

/** A void or correction posts the mirror image of the original entry. */
export function reverseLines(lines: readonly JournalLine[]): JournalLine[] {
  return lines.map((line) => ({ accountCode: line.accountCode, debitSatang: line.creditSatang, creditSatang: line.debitSatang }));
}

/**
 * A receipt's entry (Decision 13): Dr cash (or bank) for the total; Cr contributions (1100) and Cr entry fees
 * (2100), one line per account however many receipt lines feed it; an account with nothing credited is left out.
 */
export function receiptEntryLines(
  lines: readonly { kind: 'contribution' | 'entry-fee'; amountSatang: number }[],
  cashAccount: string,
): JournalLine[] {
  const credits = new Map<string, number>();
  for (const line of lines) {
    const account = line.kind === 'entry-fee' ? accountCodes.entryFees : accountCodes.contributions;
    credits.set(account, (credits.get(account) ?? 0) + line.amountSatang);
  }
  const total = [...credits.values()].reduce((sum, amount) => sum + amount, 0);
  return [
    { accountCode: cashAccount, debitSatang: total, creditSatang: 0 },
    ...[...credits.entries()]
      .filter(([, amount]) => amount !== 0)
      .map(([accountCode, amount]) => ({ accountCode, debitSatang: 0, creditSatang: amount })),
  ];
}
