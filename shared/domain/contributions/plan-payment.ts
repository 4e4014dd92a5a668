import type { CalendarDate, Period } from '../calendar-date';
import { sumSatang } from '../money/satang';
import { failure, success, type Result } from '../result';
import { checkPickedPeriods, choosePeriods, type DuesFacts } from './periods';
import { priceForMonths, rateInForce, type PlanRate } from './plan';

export type PaymentChoice = {
  receivedOn: CalendarDate;
  monthCount?: number | undefined;
  periods?: readonly Period[] | undefined;
  includeEntryFee: boolean;
};

/** A priced line: what it is for, not how a receipt words it (the words come from the translation files). */
export type PricedLine = { kind: 'entry-fee'; amountSatang: number } | { kind: 'contribution'; periods: Period[]; amountSatang: number };

export type PaymentPlan = { periods: Period[]; lines: PricedLine[]; totalSatang: number };

/** What a payment is planned against: the member's dues, the plan's rates, and the fund's and today's dates. */
export type PaymentFacts = {
  facts: DuesFacts;
  rates: readonly PlanRate[];
  openedOn: CalendarDate;
  today: CalendarDate;
  hasPaidEntryFee: boolean;
};

/**
 * Which months a payment covers and what it costs (Decision 7): months oldest-unpaid first unless picked,
 * priced by the plan in force on the payment date for that exact bundle, else months × the monthly price;
 * the entry fee once per member. Shared by the single payment, its quote and each collection-day line.
 */
export function planPayment(choice: PaymentChoice, known: PaymentFacts): Result<PaymentPlan> {
  if (choice.receivedOn > known.today) return failure('date-in-future', 'receivedOn');
  if (choice.receivedOn < known.openedOn) return failure('date-before-opening', 'receivedOn', { openedOn: known.openedOn });
  const rate = rateInForce(known.rates, choice.receivedOn);
  if (!rate) return failure('no-plan-rate', 'receivedOn', { date: choice.receivedOn });
  let periods: Period[] = [];
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
  const lines: PricedLine[] = [];
  if (choice.includeEntryFee) {
    if (rate.entryFeeSatang === 0) return failure('entry-fee-zero', 'includeEntryFee');
    if (known.hasPaidEntryFee) return failure('entry-fee-already-paid', 'includeEntryFee');
    lines.push({ kind: 'entry-fee', amountSatang: rate.entryFeeSatang });
  }
  if (periods.length > 0) lines.push({ kind: 'contribution', periods, amountSatang: priceForMonths(rate, periods.length) });
  return success({ periods, lines, totalSatang: sumSatang(lines.map((line) => line.amountSatang)) });
}
