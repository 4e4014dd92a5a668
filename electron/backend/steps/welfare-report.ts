import type { WelfareFigures, WelfareReport } from '../../../shared/api/report-types';
import type { Connection } from '../db/execute';
import { welfareRegister } from '../db/repositories/welfare-report-repository';
import { listWelfareTypes, paidWelfareByType } from '../db/repositories/welfare-repository';

const none: WelfareFigures = { persons: 0, amountSatang: 0 };

/**
 * The welfare report of status form §5–6, read from the registers: each type's persons and amounts since founding
 * and in the fiscal year, with the year's register of payments. The same figures fill the screen, the PDF and the
 * workbook.
 */
export function welfareReportOf(connection: Connection, fiscalYear: number): WelfareReport {
  const cumulative = paidWelfareByType(connection, 0, 9999);
  const year = paidWelfareByType(connection, fiscalYear, fiscalYear);
  const types = listWelfareTypes(connection).map((type) => ({
    typeId: type.id,
    code: type.code,
    category: type.category,
    nameTh: type.nameTh,
    nameEn: type.nameEn,
    cumulative: cumulative.get(type.id) ?? none,
    year: year.get(type.id) ?? none,
  }));
  const add = (pick: (type: (typeof types)[number]) => WelfareFigures): WelfareFigures =>
    types.reduce(
      (sum, type) => ({ persons: sum.persons + pick(type).persons, amountSatang: sum.amountSatang + pick(type).amountSatang }),
      none,
    );
  return {
    fiscalYear,
    types,
    totals: { cumulative: add((type) => type.cumulative), year: add((type) => type.year) },
    register: welfareRegister(connection, fiscalYear),
  };
}
