import type { AdminCostCheck } from '../../../shared/api/other-money-types';
import { fiscalYearOf, fiscalYearPeriods, lastDayOfPeriod, previousDay } from '../../../shared/domain/calendar-date';
import { adminCostFigures } from '../../../shared/domain/ledger/other-money';
import type { Connection } from '../db/execute';
import { openingMovements } from '../db/repositories/expense-repository';
import type { FundSettings } from '../db/repositories/fund-repository';
import { balancesOn } from '../db/repositories/section10-repository';

/** The first and last day of the fiscal year a date falls in. */
export function fiscalYearRange(fund: FundSettings, date: string): { fiscalYear: number; from: string; to: string } {
  const fiscalYear = fiscalYearOf(date, fund.fiscalYearStartMonth);
  const periods = fiscalYearPeriods(fiscalYear, fund.fiscalYearStartMonth);
  const first = periods[0] ?? date.slice(0, 7);
  const last = periods[periods.length - 1] ?? first;
  return { fiscalYear, from: `${first}-01`, to: lastDayOfPeriod(last) };
}

/** Each §10 line's movement (debit minus credit) between the end of `before` and the end of `through`. */
function movementsByLine(connection: Connection, before: string, through: string): Map<string, number> {
  const moved = new Map<string, number>();
  for (const row of balancesOn(connection, before)) moved.set(row.section10Line, (moved.get(row.section10Line) ?? 0) - row.balanceSatang);
  for (const row of balancesOn(connection, through)) moved.set(row.section10Line, (moved.get(row.section10Line) ?? 0) + row.balanceSatang);
  return moved;
}

/**
 * Decision 14's administration-cost check for a voucher of `thisSatang` dated `date`: the fiscal year's รายรับ +
 * รายได้ and its administration costs so far (through today, or the year's last day if it has ended), each read
 * from the monthly totals (two reads of every account's balance) less what opening-balance entries posted in the
 * year, which the decision leaves out.
 */
export function adminCostOf(connection: Connection, fund: FundSettings, date: string, thisSatang: number, today: string): AdminCostCheck {
  const year = fiscalYearRange(fund, date);
  const through = year.to < today ? year.to : today;
  const moved = through < year.from ? new Map<string, number>() : movementsByLine(connection, previousDay(year.from), through);
  const opening = through < year.from ? new Map<string, number>() : openingMovements(connection, year.from, through);
  let baseSatang = 0;
  let spentSatang = 0;
  for (const [line, net] of moved) {
    const withoutOpening = net - (opening.get(line) ?? 0);
    // Receipts and income are credits (a debit-minus-credit movement below zero); expenses are debits.
    if (line.startsWith('receipts.') || line.startsWith('income.')) baseSatang -= withoutOpening;
    else if (line.startsWith('expenses.')) spentSatang += withoutOpening;
  }
  return {
    fiscalYear: year.fiscalYear,
    from: year.from,
    through,
    ...adminCostFigures({ percent: fund.adminCostPercent, baseSatang, spentSatang, thisSatang }),
  };
}
