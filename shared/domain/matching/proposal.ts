import type { CalendarDate } from '../calendar-date';
import { completedYears } from '../welfare/durations';

/**
 * What the government matches per member counted: 365 baht (1 baht a day) for each member with a full year at
 * the cut-off, the amount the FY2567 proposal form shows for a yearly contribution (domain §(a)3 4.1, [S2]).
 * RECOMMENDATION, not a sourced rule: CODI's round announcement sets the rate; the proposal shows the sum.
 */
export const matchingRatePerMemberSatang = 36_500;

/** The coverage rule of the proposal's criterion 4.2: a share of the villages of a ตำบล, or of a เทศบาล's communities. */
export function coverageThresholdPercent(level: 'tambon' | 'municipality' | 'district'): number {
  return level === 'tambon' ? 50 : 20;
}

/** At least this many kinds of welfare paid (criterion 4.5). */
export const proposalWelfareTypesMinimum = 3;

export type ProposalCriteria = {
  yearsOperating: number;
  operatingAYear: boolean;
  villagesCovered: number;
  villagesInRegister: number;
  coveragePercent: number;
  coverageThreshold: number;
  meetsCoverage: boolean;
  welfareTypesPaid: number;
  meetsWelfareTypes: boolean;
};

/** The proposal's checks of the "6 criteria" the data can answer: a year of operation, coverage and welfare types. */
export function proposalCriteria(input: {
  foundedOn: CalendarDate;
  today: CalendarDate;
  level: 'tambon' | 'municipality' | 'district';
  villagesCovered: number;
  villagesInRegister: number;
  welfareTypesPaid: number;
}): ProposalCriteria {
  const yearsOperating = input.foundedOn <= input.today ? completedYears(input.foundedOn, input.today) : 0;
  const coveragePercent = input.villagesInRegister > 0 ? Math.floor((input.villagesCovered * 100) / input.villagesInRegister) : 0;
  const coverageThreshold = coverageThresholdPercent(input.level);
  return {
    yearsOperating,
    operatingAYear: yearsOperating >= 1,
    villagesCovered: input.villagesCovered,
    villagesInRegister: input.villagesInRegister,
    coveragePercent,
    coverageThreshold,
    meetsCoverage: input.villagesInRegister > 0 && input.villagesCovered * 100 >= coverageThreshold * input.villagesInRegister,
    welfareTypesPaid: input.welfareTypesPaid,
    meetsWelfareTypes: input.welfareTypesPaid >= proposalWelfareTypesMinimum,
  };
}

/** The matching amount a proposal asks for: each eligible member at the rate. */
export function matchingAmountAsked(eligibleMembers: number): number {
  return eligibleMembers * matchingRatePerMemberSatang;
}
