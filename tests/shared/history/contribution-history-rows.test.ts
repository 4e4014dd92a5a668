import { describe, expect, it } from 'vitest';
import {
  evaluateContributionRow,
  type ContributionHistoryFacts,
  type ContributionHistoryField,
} from '../../../shared/domain/history/contribution-history-rows';
import type { ImportRow } from '../../../shared/domain/import/import-cells';
import type { ColumnMapping } from '../../../shared/domain/import/import-columns';

const elder = { id: 7, memberNo: '00012', citizenId: '3100900000011', name: 'นางสาย ใจดี', approvedOn: '2019-06-15' };
const facts: ContributionHistoryFacts = {
  today: '2024-06-15',
  openedOn: '2024-01-01',
  members: { byNo: new Map([[elder.memberNo, elder]]), byCitizenId: new Map([[elder.citizenId, elder]]) },
  // A plan in force before the opening date: 30 baht a month, 365 for twelve.
  rates: [{ effectiveFrom: '2020-01-01', monthlySatang: 3000, entryFeeSatang: 0, bundles: [{ months: 12, priceSatang: 36500 }] }],
};
const fields: ContributionHistoryField[] = ['member', 'period', 'months', 'paidOn', 'amount', 'bookNo', 'receiptNo'];
const mapping: ColumnMapping<ContributionHistoryField> = fields.map((field, column) => ({ column, field, era: 'auto' }));

function row(...texts: string[]): ImportRow {
  return { rowNumber: 2, cells: texts.map((text) => (text === '' ? null : { kind: 'text', text })) };
}

describe('a contribution history row (issue 19 §2)', () => {
  it('is memo history before the opening date, its months from the month written, or the month paid when none is', () => {
    const memo = evaluateContributionRow(row('12', '', '3', '๕/๗/๒๕๖๖', '90', '', ''), mapping, facts);
    expect(memo.problems).toEqual([]);
    expect(memo.profile).toMatchObject({ memberId: 7, posting: 'memo', periods: ['2023-07', '2023-08', '2023-09'], amountSatang: 9000 });
    const receipt = evaluateContributionRow(row('3-1009-00000-01-1', 'ม.ค. 2567', '', '10/01/2567', '30', '4', '001'), mapping, facts);
    expect(receipt.profile).toMatchObject({ posting: 'receipt', periods: ['2024-01'], bookNo: '4', receiptNo: '001' });
  });

  it("warns when a memo amount is not the plan's price, and says what is wrong with a bad count or half a receipt number", () => {
    const cheap = evaluateContributionRow(row('00012', '01/2566', '12', '05/01/2566', '300', '', ''), mapping, facts);
    expect(cheap.problems.map((problem) => [problem.code, problem.severity, problem.params.expected])).toEqual([
      ['history-amount-not-plan', 'warning', 36500],
    ]);
    const bad = evaluateContributionRow(row('00012', 'เดือนหน้า', 'สาม', '10/01/2567', '30', '4', ''), mapping, facts);
    expect(bad.problems.map((problem) => [problem.code, problem.params.cell])).toEqual([
      ['import-date-unreadable', 'B2'],
      ['history-months-invalid', 'C2'],
      ['history-paper-no-half', 'G2'],
    ]);
  });
});
