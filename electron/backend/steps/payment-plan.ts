import type { ReceiptLine } from '../../../shared/api/fund-types';
import { formatPeriod } from '../../../shared/domain/buddhist-date';
import { checkPickedPeriods, choosePeriods, type DuesFacts } from '../../../shared/domain/contributions/periods';
import { priceForMonths, rateInForce } from '../../../shared/domain/contributions/plan';
import { sumSatang } from '../../../shared/domain/money/satang';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { PlanRate } from '../../../shared/api/fund-types';
import { documentText } from '../messages';

export type PaymentChoice = {
  receivedOn: string;
  monthCount?: number | undefined;
  periods?: readonly string[] | undefined;
  includeEntryFee: boolean;
};

export type PlannedPayment = { periods: string[]; lines: ReceiptLine[]; totalSatang: number };

export type PaymentFacts = {
  facts: DuesFacts;
  rates: readonly PlanRate[];
  openedOn: string;
  today: string;
  hasPaidEntryFee: boolean;
};

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

/**
 * Which months a payment covers and what it costs (Decision 7): months oldest-unpaid first unless picked,
 * priced by the plan in force on the payment date for that exact bundle, else months × the monthly price;
 * the entry fee once per member. Shared by the single payment, its quote and each collection-day line.
 */
export function planPayment(choice: PaymentChoice, known: PaymentFacts): Result<PlannedPayment> {
  if (choice.receivedOn > known.today) return failure('date-in-future', 'receivedOn');
  if (choice.receivedOn < known.openedOn) return failure('date-before-opening', 'receivedOn', { openedOn: known.openedOn });
  const rate = rateInForce(known.rates, choice.receivedOn);
  if (!rate) return failure('no-plan-rate', 'receivedOn', { date: choice.receivedOn });
  let periods: string[] = [];
  if (choice.periods && choice.periods.length > 0) {
    const picked = checkPickedPeriods(known.facts, choice.periods, choice.receivedOn);
    if (!picked.ok) return picked;
    periods = picked.value;
  } else if (choice.monthCount !== undefined && choice.monthCount > 0) {
    const chosen = choosePeriods(known.facts, choice.monthCount, choice.receivedOn);
    if (!chosen.ok) return chosen;
    periods = chosen.value;
  } else if (!choice.includeEntryFee) {
    return failure('months-required', 'monthCount');
  }
  const lines: ReceiptLine[] = [];
  if (choice.includeEntryFee) {
    if (rate.entryFeeSatang === 0) return failure('entry-fee-zero', 'includeEntryFee');
    if (known.hasPaidEntryFee) return failure('entry-fee-already-paid', 'includeEntryFee');
    lines.push({ kind: 'entry-fee', description: documentText('descriptions.line-entry-fee'), amountSatang: rate.entryFeeSatang });
  }
  if (periods.length > 0) {
    lines.push({ kind: 'contribution', description: contributionDescription(periods), amountSatang: priceForMonths(rate, periods.length) });
  }
  return success({ periods, lines, totalSatang: sumSatang(lines.map((line) => line.amountSatang)) });
}
