import type { CalendarDate } from '../calendar-date';
import { judgedPart, line, windowStart, type AssessmentPart, type CertificationThresholds } from './assessment';

/** A payment found for criterion 4: its voucher, and the day it was paid. */
export type PaymentFact = { voucherId: number; voucherNo: string; paidOn: CalendarDate };

export type WelfareFacts = {
  asOf: CalendarDate;
  /** The latest welfare payout to a member within the window, its voucher not reversed by the day. */
  lastMemberPayout: PaymentFact | null;
  /** The latest community-welfare payment (status form §7) within the window, not reversed by the day. */
  lastCommunityPayment: PaymentFact | null;
  /** The welfare types with a rule version in force on the day, by name. */
  typesInForce: string[];
};

/** The first day a payment counts from for criterion 4 (the repository reads payments from it). */
export const payoutWindowStart = (asOf: CalendarDate, thresholds: CertificationThresholds) => windowStart(asOf, thresholds.payoutMonths);

function paymentPart(
  key: 'member-payout' | 'community-payment',
  payment: PaymentFact | null,
  window: { from: CalendarDate; to: CalendarDate },
  fallbackPage: 'welfare' | 'community',
): AssessmentPart {
  const isInWindow = payment !== null && payment.paidOn >= window.from && payment.paidOn <= window.to;
  return judgedPart(
    key,
    isInWindow,
    [
      payment && isInWindow
        ? line(`evidence.${key}`, { voucherNo: payment.voucherNo, date: payment.paidOn })
        : line(`evidence.${key}-none`, window),
    ],
    [line(`fix.${key}`, window)],
    payment && isInWindow ? { page: 'voucher', voucherId: payment.voucherId } : { page: fallbackPage },
  );
}

/** Criterion 4, มีการจัดสวัสดิการช่วยเหลือสมาชิกและชุมชน/สังคม. */
export function welfareParts(facts: WelfareFacts, thresholds: CertificationThresholds): AssessmentPart[] {
  const window = { from: payoutWindowStart(facts.asOf, thresholds), to: facts.asOf };
  const count = facts.typesInForce.length;
  const minimum = thresholds.minWelfareTypes;
  return [
    paymentPart('member-payout', facts.lastMemberPayout, window, 'welfare'),
    paymentPart('community-payment', facts.lastCommunityPayment, window, 'community'),
    judgedPart(
      'welfare-types',
      count >= minimum,
      [line('evidence.welfare-types', { count, minimum, date: facts.asOf, names: facts.typesInForce.join(', ') })],
      [line('fix.welfare-types', { count, minimum })],
      { page: 'welfare' },
    ),
  ];
}
