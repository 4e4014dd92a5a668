import type { Assessment } from '../../../shared/domain/certification/assessment';
import { moneyOnHandSatang, type StatusFormFigures } from '../steps/status-form-figures';

/**
 * `status-form.json`: the status form's figures as CODI collects them (domain §(a)2), for the fiscal year the
 * export stands in, and the four certification criteria as of the export day. Only counts, money and place
 * names travel: the signers, the typed answers and the welfare register name people, so they stay home
 * (Decision 18).
 */
export function statusFormSummary(figures: StatusFormFigures, assessment: Assessment) {
  const { fund, members, welfare } = figures;
  return {
    fiscalYear: figures.fiscalYear,
    asOf: figures.asOf,
    fund: {
      name: fund.name,
      code: fund.fundCode,
      level: fund.level,
      province: { code: fund.provinceCode, name: fund.provinceName },
      district: { code: fund.districtCode, name: fund.districtName },
      subdistrict: { code: fund.subdistrictCode, name: fund.subdistrictName },
      foundedOn: fund.foundedOn,
      openedOn: fund.openedOn,
    },
    members: {
      founding: members.founding,
      totals: members.totals,
      byCategory: members.byCategory,
      byVillage: members.byVillage.map(({ code, moo, name, households, population, cumulative, current }) => ({
        code,
        moo,
        name,
        households,
        population,
        cumulative,
        current,
      })),
      byFiscalYear: members.byFiscalYear,
    },
    moneyOnHandSatang: moneyOnHandSatang(figures.section10),
    section10: figures.section10,
    welfare: {
      types: welfare.types.map(({ code, category, nameTh, nameEn, cumulative, year }) => ({
        code,
        category,
        nameTh,
        nameEn,
        cumulative,
        year,
      })),
      totals: welfare.totals,
    },
    community: figures.community,
    certification: { asOf: assessment.asOf, criteria: assessment.criteria.map(({ key, status }) => ({ key, status })) },
  };
}
