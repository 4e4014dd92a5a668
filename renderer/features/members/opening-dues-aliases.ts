import type { MemberFormValues } from './member-form-values';

/**
 * Where the backend's refusals about a pre-opening member's dues land on the form: the choice itself, or the
 * month when "paid through" is the choice and its field is on screen (issue 14 §4).
 */
export function openingDuesAliases(values: Pick<MemberFormValues, 'openingDues'>): Record<string, string> {
  return values.openingDues === 'paid-through'
    ? { noArrearsAtOpening: 'openingDues' }
    : { noArrearsAtOpening: 'openingDues', paidThroughPeriod: 'openingDues' };
}
