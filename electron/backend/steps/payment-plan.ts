import type { ReceiptLine } from '../../../shared/api/fund-types';
import { formatPeriod } from '../../../shared/domain/buddhist-date';
import type { PaymentPlan, PricedLine } from '../../../shared/domain/contributions/plan-payment';
import { documentText } from '../messages';

/** A planned payment with its receipt lines worded: what a receipt, a quote and a collection-day line carry. */
export type PlannedPayment = { periods: string[]; lines: ReceiptLine[]; totalSatang: number };

/** A collection day describes thousands of lines with the same few month ranges: each is rendered once. */
const descriptions = new Map<string, string>();

function contributionDescription(periods: readonly string[]): string {
  const first = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? '';
  const key = `${first}|${last}|${periods.length}`;
  let text = descriptions.get(key);
  if (text === undefined) {
    const range =
      first === '' ? '' : first === last ? formatPeriod(first, 'th') : `${formatPeriod(first, 'th')} – ${formatPeriod(last, 'th')}`;
    text = documentText('descriptions.line-contributions', { range, count: periods.length });
    if (descriptions.size > 10_000) descriptions.clear();
    descriptions.set(key, text);
  }
  return text;
}

function receiptLine(line: PricedLine): ReceiptLine {
  const description = line.kind === 'entry-fee' ? documentText('descriptions.line-entry-fee') : contributionDescription(line.periods);
  return { kind: line.kind, description, amountSatang: line.amountSatang };
}

/**
 * The domain plans and prices a payment (planPayment) and says what each line is for; a receipt line stores its
 * words in Thai, rendered from the translation files, which the pure domain does not read.
 */
export function describePayment(plan: PaymentPlan): PlannedPayment {
  return { periods: plan.periods, lines: plan.lines.map(receiptLine), totalSatang: plan.totalSatang };
}
