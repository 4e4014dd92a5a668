import type { MatchingProposal } from '../../../shared/api/grant-types';
import { matchingCutoff } from '../../../shared/domain/matching/eligibility';
import { matchingAmountAsked, matchingRatePerMemberSatang, proposalCriteria } from '../../../shared/domain/matching/proposal';
import { readFundProfile } from '../db/repositories/fund-repository';
import { listRounds } from '../db/repositories/grant-repository';
import { membersByStatus } from '../db/repositories/home-repository';
import { listVillages } from '../db/repositories/village-repository';
import type { UseCaseContext } from '../use-cases/use-case-context';
import { fundFiscalYears } from './fiscal-years';
import { matchingEligibilityOf } from './matching-eligibility';
import { welfareReportOf } from './welfare-report';

/**
 * The matching-grant proposal (domain §(a)3) filled from the data once, for the screen and both files: the
 * fund's facts, the members by eligibility at the round's 30 September with the villages they come from, the
 * welfare it has paid by type, the amount asked for (each eligible member at the rate) and the rounds before.
 */
export function matchingProposalOf(context: UseCaseContext, year: number): MatchingProposal {
  const { connection, clock } = context;
  const today = clock.today();
  const fund = readFundProfile(connection);
  const list = matchingEligibilityOf(connection, year, { offset: 0, limit: 0 });
  const eligibility = { cutoff: list.cutoff, counts: list.counts, byVillage: list.byVillage, byAge: list.byAge, total: list.total };
  const welfare = welfareReportOf(connection, fundFiscalYears(context).current);
  const welfareTypes = welfare.types
    .filter((type) => type.cumulative.amountSatang > 0)
    .map((type) => ({ nameTh: type.nameTh, nameEn: type.nameEn, ...type.cumulative }));
  const rounds = listRounds(connection).filter((round) => !round.cancelled && round.cutoffYear < year);
  const recorded = listRounds(connection).filter((round) => !round.cancelled);
  return {
    preparedOn: today,
    year,
    roundNo: Math.max(0, ...recorded.map((round) => round.roundNo)) + 1,
    eligibility,
    currentMembers: membersByStatus(connection).active,
    criteria: proposalCriteria({
      foundedOn: fund.foundedOn,
      today,
      level: fund.level,
      villagesCovered: eligibility.byVillage.filter((village) => village.village !== '' && village.eligible > 0).length,
      villagesInRegister: listVillages(connection).length,
      welfareTypesPaid: welfareTypes.length,
    }),
    welfareTypes,
    welfareTotal: {
      persons: welfareTypes.reduce((sum, type) => sum + type.persons, 0),
      amountSatang: welfareTypes.reduce((sum, type) => sum + type.amountSatang, 0),
    },
    ratePerMemberSatang: matchingRatePerMemberSatang,
    amountAskedSatang: matchingAmountAsked(eligibility.counts.eligible),
    pastRounds: rounds.map((round) => ({ ...round, cutoff: matchingCutoff(round.cutoffYear) })),
    pastRoundsTotalSatang: rounds.reduce((sum, round) => sum + (round.amountSatang ?? 0), 0),
  };
}
