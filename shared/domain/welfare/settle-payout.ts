import { allocateLargestRemainder } from '../money/money-policy';
import { failure, success, type Result } from '../result';
import type { ExplanationLine } from './decide-claim';
import type { WelfareCategory } from './categories';

/**
 * How an approved benefit is handed out (Decision 11): to one payee, or — for the member's own death — split
 * among the registered beneficiaries by their integer share weights (largest remainder, ties to the earlier
 * registered), one voucher each; the member's overdue months at death are kept back (setting) and covered by
 * a receipt, so each payee is handed the net. The gross and the deduction are each split once, by the same
 * weights, so the remainder satang of the two splits fall where largest remainder puts them. Pure: the caller passes the arrears already priced.
 */

export type Payee = { name: string; share: number };

export type PayoutPart = { payeeName: string; share: number; grossSatang: number; deductedSatang: number; netSatang: number };

export type Settlement = {
  grossSatang: number;
  deductedSatang: number;
  netSatang: number;
  /** The overdue months kept back, oldest first (empty when nothing is deducted). */
  arrearsPeriods: string[];
  parts: PayoutPart[];
  lines: ExplanationLine[];
};

export type SettlementInput = {
  grossSatang: number;
  payees: readonly Payee[];
  /** The member's overdue months on the date of death and their price; null when not deducted. */
  arrears: { periods: readonly string[]; amountSatang: number } | null;
};

/**
 * Explanation lines that are conditions to settle rather than conditions of eligibility (issue 14): the committee
 * must see them before approving (the payee it must name, benefit arrears cannot be taken from), on the meeting
 * paper as in the approval dialog.
 */
export const settleConditionCodes: readonly string[] = ['welfare.payee-to-name', 'welfare.arrears-exceed-benefit'];

/** A death benefit of the member's own death marks the member deceased and goes to the beneficiaries. */
export function isMemberDeath(category: string, recipientKind: string): boolean {
  return (category as WelfareCategory) === 'DEATH' && recipientKind !== 'dependent';
}

export function settlePayout(input: SettlementInput): Result<Settlement> {
  const { grossSatang, payees } = input;
  if (!Number.isSafeInteger(grossSatang) || grossSatang <= 0) return failure('payout-amount-invalid', 'amountSatang');
  if (payees.length === 0) return failure('payee-required', 'payeeName');
  if (payees.some((payee) => !Number.isSafeInteger(payee.share) || payee.share < 1)) return failure('payee-share-invalid', 'payees');
  const arrears = input.arrears && input.arrears.periods.length > 0 && input.arrears.amountSatang > 0 ? input.arrears : null;
  const deductedSatang = arrears ? arrears.amountSatang : 0;
  if (deductedSatang >= grossSatang) return failure('arrears-exceed-benefit', 'paidOn', { arrears: deductedSatang, benefit: grossSatang });
  const netSatang = grossSatang - deductedSatang;
  const weights = payees.map((payee) => payee.share);
  // Decision 11: the gross is split once by largest remainder (it is what each voucher books as welfare), then the
  // deduction the same way; each net is its gross less its deduction. Splitting the net instead would put the
  // remainders of both splits on the same (first) payee.
  const grosses = allocateLargestRemainder(grossSatang, weights);
  const deductions = allocateLargestRemainder(deductedSatang, weights);
  const parts = payees.map((payee, index) => {
    const gross = grosses[index] ?? 0;
    const deducted = deductions[index] ?? 0;
    return { payeeName: payee.name, share: payee.share, grossSatang: gross, deductedSatang: deducted, netSatang: gross - deducted };
  });
  if (parts.some((part) => part.netSatang <= 0)) return failure('payout-too-small', 'payees', { payees: payees.length });
  const lines: ExplanationLine[] = [];
  if (arrears) {
    const first = arrears.periods[0] ?? '';
    const last = arrears.periods[arrears.periods.length - 1] ?? '';
    lines.push({
      code: 'welfare.arrears-deducted',
      params: { count: arrears.periods.length, from: first, to: last, amount: deductedSatang },
    });
    lines.push({ code: 'welfare.net-payable', params: { gross: grossSatang, deducted: deductedSatang, net: netSatang } });
  }
  if (payees.length > 1) {
    const totalShares = weights.reduce((sum, weight) => sum + weight, 0);
    for (const part of parts)
      lines.push({
        code: 'welfare.payee-share',
        params: { name: part.payeeName, share: part.share, shares: totalShares, amount: part.netSatang },
      });
  }
  return success({ grossSatang, deductedSatang, netSatang, arrearsPeriods: arrears ? [...arrears.periods] : [], parts, lines });
}
