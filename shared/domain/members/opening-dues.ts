import type { CalendarDate, Period } from '../calendar-date';
import { failure, success, type Result } from '../result';

/**
 * Where the dues of a member who joined before the fund started using the app begin (Decisions 7 and 10): the
 * treasurer says, for each such member, either the month she had paid through, or that she owed nothing on the
 * opening date. Leaving it to a blank field cost members their arrears (issue 14 §4), so the choice is explicit:
 * one of the two, never neither and never both. Members who joined on or after the opening date owe from their
 * approval and take neither.
 */
export type OpeningDuesChoice = {
  approvedOn: CalendarDate;
  paidThroughPeriod: Period | null;
  noArrearsAtOpening: boolean;
};

export function joinedBeforeOpening(approvedOn: CalendarDate, openedOn: CalendarDate): boolean {
  return approvedOn < openedOn;
}

/** The refusal names the field to fill in; `prefix` is the input path the profile sits at. */
export function checkOpeningDues(choice: OpeningDuesChoice, openedOn: CalendarDate, prefix = ''): Result<void> {
  const hasPaidThrough = choice.paidThroughPeriod !== null;
  if (!joinedBeforeOpening(choice.approvedOn, openedOn)) {
    if (hasPaidThrough) return failure('paid-through-not-allowed', `${prefix}paidThroughPeriod`);
    if (choice.noArrearsAtOpening) return failure('no-arrears-not-allowed', `${prefix}noArrearsAtOpening`);
    return success(undefined);
  }
  if (hasPaidThrough && choice.noArrearsAtOpening) return failure('opening-dues-both', `${prefix}noArrearsAtOpening`, { openedOn });
  if (!hasPaidThrough && !choice.noArrearsAtOpening) return failure('opening-dues-required', `${prefix}paidThroughPeriod`, { openedOn });
  return success(undefined);
}
