import type { DecideClaimInput, MemberFacts } from '../../../../shared/domain/welfare/decide-claim';
import type { WelfareType } from '../../../../shared/domain/welfare/rules';
import { oneBahtADayWelfareTypes } from '../../../../shared/domain/welfare/templates';

export const types = oneBahtADayWelfareTypes('2020-01-01');

export function typeOf(code: string): WelfareType {
  const found = types.find((type) => type.code === code);
  if (!found) throw new Error(`no template type ${code}`);
  return found;
}

/** A member approved on 15 Jan 2021, born 10 Mar 1960, female, no arrears. */
export const member = (overrides: Partial<MemberFacts> = {}): MemberFacts => ({
  spells: [{ start: '2021-01-15', end: null }],
  birthDate: '1960-03-10',
  gender: 'female',
  arrearsMonths: 0,
  ...overrides,
});

export function input(
  code: string,
  overrides: Partial<DecideClaimInput> & { eventDate?: string; units?: number | null } = {},
): DecideClaimInput {
  const { eventDate, units, ...rest } = overrides;
  return {
    versions: typeOf(code).versions,
    claim: { eventDate: eventDate ?? '2024-06-01', units: units ?? null, recipient: { kind: code === 'death' ? 'beneficiary' : 'member' } },
    member: member(),
    earlierClaims: [],
    fiscalYearStartMonth: 10,
    asOf: '2030-01-01',
    ...rest,
  };
}
