import type { MemberSummary } from '../../../shared/api/report-types';
import { memberCategories } from '../../../shared/domain/members/member-categories';
import { memberFigures } from '../../../shared/domain/members/member-summary';
import type { Connection } from '../db/execute';
import { readFundProfile } from '../db/repositories/fund-repository';
import { statusEventsByMember } from '../db/repositories/member-repository';
import { categoryFlagsByMember, listSummaryMembers } from '../db/repositories/member-summary-repository';
import { listVillages } from '../db/repositories/village-repository';

/**
 * The member summary as of a day, shared by the screen and the printed and Excel reports so they show the same
 * figures: the register's villages in its order (a village nobody lives in shows with zeros), then members with
 * no village when there are any.
 */
export function memberSummaryOn(connection: Connection, asOf: string): MemberSummary {
  const fund = readFundProfile(connection);
  const events = statusEventsByMember(connection);
  const flags = categoryFlagsByMember(connection);
  const members = listSummaryMembers(connection).map((member) => ({
    ...member,
    flags: flags.get(member.id) ?? [],
    events: events.get(member.id) ?? [],
  }));
  const figures = memberFigures(members, { asOf, foundedOn: fund.foundedOn, fiscalYearStartMonth: fund.fiscalYearStartMonth });
  const villages = listVillages(connection);
  const zero = { cumulative: 0, current: 0 };
  const byVillage: MemberSummary['byVillage'] = villages.map((village) => ({
    villageId: village.id,
    code: village.code,
    moo: village.moo,
    name: village.name,
    households: village.households,
    population: village.population,
    ...(figures.byVillage.get(village.id) ?? zero),
  }));
  const outside = figures.byVillage.get(0);
  if (outside) byVillage.push({ villageId: null, code: null, moo: null, name: '', households: null, population: null, ...outside });
  const known = villages.flatMap((village) => (village.population === null ? [] : [village.population]));
  return {
    asOf,
    foundedOn: fund.foundedOn,
    founding: figures.founding,
    totals: figures.totals,
    byCategory: memberCategories.map((category) => ({ category, ...(figures.byCategory.get(category) ?? zero) })),
    byVillage,
    villages: {
      withMembers: villages.filter((village) => (figures.byVillage.get(village.id)?.current ?? 0) > 0).length,
      inRegister: villages.length,
    },
    population: known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0),
    byFiscalYear: figures.byFiscalYear,
  };
}
