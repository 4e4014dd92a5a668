import type { Section10Group, Section10Report } from '../../../shared/api/report-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { balancesOn, type Section10Balance } from '../db/repositories/section10-repository';
import type { UseCaseContext } from '../use-cases/use-case-context';

/*
 * The printed lines of each §10 group, in the form's order (domain §(d)3), keyed by the accounts' section10_line.
 * Welfare to the community (5900) is a use of the fund's money like welfare to members, not an administration
 * cost (Decision 14), so it goes on the assets group's "others" line with any other asset the chart may gain.
 */
export const receiptLines = ['contributions', 'codi-seed', 'government-matching', 'local-government', 'other-government', 'other'];
export const incomeLines = ['entry-fees', 'donations', 'interest', 'other'];
const assetLines = ['bank', 'cash', 'welfare-member', 'investments', 'other'];
export const expenseLines = ['worker-compensation', 'transport', 'stationery', 'meetings', 'other'];

/** Where an account's §10 line is printed: the group and the line within it. */
function placeOf(line: string, balance: number): { group: 'receipts' | 'income' | 'assets' | 'expenses' | 'opening'; key: string } {
  const [group = '', key = ''] = line.split('.');
  if (group === 'receipts' && receiptLines.includes(key)) return { group, key };
  if (group === 'income' && incomeLines.includes(key)) return { group, key };
  if (group === 'expenses' && expenseLines.includes(key)) return { group, key };
  if (group === 'assets' && assetLines.includes(key)) return { group, key };
  if (line === 'welfare.member') return { group: 'assets', key: 'welfare-member' };
  if (line === 'opening') return { group: 'opening', key: 'opening' };
  // welfare.community, or an account the form has no line for: a debit balance is a use, a credit a source.
  return balance >= 0 ? { group: 'assets', key: 'other' } : { group: 'receipts', key: 'other' };
}

export function groupOf(prefix: string, keys: readonly string[], amounts: Map<string, number>): Section10Group {
  const lines = keys.map((key) => ({ key: `${prefix}.${key}`, amountSatang: amounts.get(`${prefix}.${key}`) ?? 0 }));
  return { lines, subtotalSatang: lines.reduce((sum, line) => sum + line.amountSatang, 0) };
}

/**
 * Each printed line's amount, keyed `group.line`, from account balances (or from movements over a period: the
 * mapping is linear, so the same function serves §10 and the receipts & payments statement). The receipts side
 * shows credit balances (credit minus debit), the payments side debit balances.
 */
export function section10Amounts(balances: readonly Section10Balance[]): Map<string, number> {
  const amounts = new Map<string, number>();
  for (const account of balances) {
    const place = placeOf(account.section10Line, account.balanceSatang);
    const sign = place.group === 'assets' || place.group === 'expenses' ? 1 : -1;
    const key = `${place.group}.${place.key}`;
    amounts.set(key, (amounts.get(key) ?? 0) + sign * account.balanceSatang);
  }
  return amounts;
}

/**
 * §10 from account balances. Opening balances post as debits to cash, the bank accounts and investments against the
 * equity account 6000 (section10_line 'opening'), whose credit balance is shown as its own receipts line, "ยอดยกมา ณ
 * วันเริ่มใช้โปรแกรม": without it the money carried in would stand on the payments side alone.
 */
export function section10From(asOf: string, balances: readonly Section10Balance[]): Section10Report {
  const amounts = section10Amounts(balances);
  const receipts = groupOf('receipts', receiptLines, amounts);
  const income = groupOf('income', incomeLines, amounts);
  const openingSatang = amounts.get('opening.opening') ?? 0;
  const assets = groupOf('assets', assetLines, amounts);
  const expenses = groupOf('expenses', expenseLines, amounts);
  const receiptsTotalSatang = receipts.subtotalSatang + income.subtotalSatang + openingSatang;
  const paymentsTotalSatang = assets.subtotalSatang + expenses.subtotalSatang;
  return {
    asOf,
    receipts,
    income,
    openingSatang,
    receiptsTotalSatang,
    assets,
    expenses,
    paymentsTotalSatang,
    differenceSatang: receiptsTotalSatang - paymentsTotalSatang,
  };
}

/** §10 as of a day (today unless another is asked for), from the monthly totals; a day after today is refused. */
export function section10Of(context: UseCaseContext, asOf: string | undefined): Result<Section10Report> {
  const day = asOf ?? context.clock.today();
  if (day > context.clock.today()) return failure('date-in-future', 'asOf');
  return success(section10From(day, balancesOn(context.connection, day)));
}
