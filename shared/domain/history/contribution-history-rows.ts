import { addMonths, periodOfDate, type CalendarDate, type Period } from '../calendar-date';
import { priceForMonths, rateInForce, type PlanRate } from '../contributions/plan';
import { formatBookReceiptNo } from '../contributions/receipt-numbers';
import type { ImportRow } from '../import/import-cells';
import type { ColumnMapping } from '../import/import-columns';
import { readImportDate, readImportMonth } from '../import/import-dates';
import { dateOf, problemAt, rowReader, textOf, type EvaluatedRowOf, type RowReader } from '../import/import-row-reader';
import { importText } from '../import/import-text';
import { readCount, readHistoryAmount, readHistoryMember, type HistoryMember, type MemberDirectory } from './history-values';

/**
 * Contribution history (issue 19 §2): one line of a receipt book per row — the member, the first month paid and
 * how many, the day paid, the amount, and the book and number as on paper. Before the fund's opening date a line
 * is memo-only history (Decision 10); from the opening date on it is an ordinary receipt, posted as any other.
 */
export const contributionHistoryFields = ['member', 'period', 'months', 'paidOn', 'amount', 'bookNo', 'receiptNo'] as const;
export type ContributionHistoryField = (typeof contributionHistoryFields)[number];

export const contributionHistoryRequired: readonly ContributionHistoryField[] = ['member', 'paidOn', 'amount'];
export const contributionHistoryDateFields: readonly ContributionHistoryField[] = ['period', 'paidOn'];

export const contributionHistoryWords: Readonly<Record<ContributionHistoryField, readonly string[]>> = {
  member: ['สมาชิก', 'เลขที่สมาชิก', 'เลขสมาชิก', 'รหัสสมาชิก', 'เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'member', 'memberno'],
  period: ['เดือน', 'งวด', 'ค่าสมทบเดือน', 'เดือนที่ส่ง', 'ประจำเดือน', 'period', 'month'],
  months: ['จำนวนเดือน', 'กี่เดือน', 'months'],
  paidOn: ['วันที่', 'วันที่ชำระ', 'วันที่จ่าย', 'วันที่รับเงิน', 'วันที่ส่ง', 'paidon', 'date'],
  amount: ['จำนวนเงิน', 'เงิน', 'บาท', 'ยอดเงิน', 'amount'],
  bookNo: ['เล่มที่', 'เล่ม', 'book', 'bookno'],
  receiptNo: ['เลขที่ใบเสร็จ', 'ใบเสร็จเลขที่', 'เลขที่', 'receiptno', 'receipt'],
};

/** How a row will be written: memo history before the opening date, a receipt from it on. */
export type ContributionHistoryRow = {
  memberId: number;
  member: string;
  periods: Period[];
  paidOn: CalendarDate;
  amountSatang: number;
  bookNo: string | null;
  receiptNo: string | null;
  posting: 'memo' | 'receipt';
};

export type ContributionHistoryFacts = {
  today: CalendarDate;
  openedOn: CalendarDate;
  members: MemberDirectory;
  rates: readonly PlanRate[];
};

export type EvaluatedContributionRow = EvaluatedRowOf<ContributionHistoryField, ContributionHistoryRow>;

type Reader = RowReader<ContributionHistoryField>;

/** One row on its own: every mapped cell read, every problem kept. Months across rows and the fund come after. */
export function evaluateContributionRow(
  row: ImportRow,
  mapping: ColumnMapping<ContributionHistoryField>,
  facts: ContributionHistoryFacts,
): EvaluatedContributionRow {
  const problems: EvaluatedContributionRow['problems'] = [];
  const reader = rowReader(row, mapping, problems);
  const profile: Partial<ContributionHistoryRow> = {};
  const member = readMember(reader, profile, facts);
  const paidOn = dateOf(reader, 'paidOn', (cell) => readImportDate(cell, reader.era('paidOn'), facts.today), true);
  const first = dateOf(reader, 'period', (cell) => readImportMonth(cell, reader.era('period'), facts.today), false);
  const countCell = reader.cell('months');
  const countText = textOf(reader, 'months', false);
  const count = countCell && countText !== '' ? readCount(countCell, 120) : 1;
  if (count === undefined) reader.problem('months', 'history-months-invalid', { text: countText });
  if (paidOn) {
    profile.paidOn = paidOn;
    profile.posting = paidOn < facts.openedOn ? 'memo' : 'receipt';
  }
  // No month written: the month of the day paid. A month written but unreadable is already a problem.
  const start = first ?? (importText(reader.cell('period')) === '' && paidOn ? periodOfDate(paidOn) : undefined);
  if (start && count) profile.periods = Array.from({ length: count }, (_, index) => addMonths(start, index));
  readAmountAndPaper(reader, profile);
  if (profile.posting === 'memo' && member) checkMemo(reader, profile, member, facts);
  return { rowNumber: row.rowNumber, problems, profile };
}

function readMember(reader: Reader, profile: Partial<ContributionHistoryRow>, facts: ContributionHistoryFacts): HistoryMember | undefined {
  const member = readHistoryMember(reader, facts.members);
  if (member) {
    profile.memberId = member.id;
    profile.member = `${member.memberNo} ${member.name}`;
  }
  return member;
}

function readAmountAndPaper(reader: Reader, profile: Partial<ContributionHistoryRow>): void {
  const amount = readHistoryAmount(reader);
  if (amount !== undefined) profile.amountSatang = amount;
  const bookNo = textOf(reader, 'bookNo', false);
  const receiptNo = textOf(reader, 'receiptNo', false);
  profile.bookNo = bookNo === '' ? null : bookNo;
  profile.receiptNo = receiptNo === '' ? null : receiptNo;
  for (const [field, text] of [
    ['bookNo', bookNo],
    ['receiptNo', receiptNo],
  ] as const)
    if (text.length > 20) reader.problem(field, 'history-paper-no-too-long', { text });
  // A receipt from the opening date on is numbered from its book (both parts) or by the app (neither).
  if (profile.posting === 'receipt' && (bookNo === '') !== (receiptNo === ''))
    reader.problem(bookNo === '' ? 'bookNo' : 'receiptNo', 'history-paper-no-half', {});
}

/**
 * Memo history belongs to a member who was a member before the opening date (a later member's payments are
 * receipts); an amount that is not the plan's price for the months is shown as a warning, since old prices and
 * paper differ and history records what was paid.
 */
function checkMemo(reader: Reader, profile: Partial<ContributionHistoryRow>, member: HistoryMember, facts: ContributionHistoryFacts): void {
  if (member.approvedOn >= facts.openedOn)
    reader.problem('member', 'history-member-joined-after-opening', { approvedOn: member.approvedOn, openedOn: facts.openedOn });
  const rate = profile.paidOn ? rateInForce(facts.rates, profile.paidOn) : undefined;
  if (rate && profile.periods && profile.amountSatang !== undefined) {
    const expected = priceForMonths(rate, profile.periods.length);
    if (expected !== profile.amountSatang)
      reader.problem('amount', 'history-amount-not-plan', { expected, months: profile.periods.length }, 'warning');
  }
}

/** What the fund already holds that rows are checked against across the sheet. */
export type ContributionHistoryHeld = {
  /** Months already paid (a receipt without a void, or history), per member: "memberId:YYYY-MM". */
  paidMonths: (memberId: number, period: Period) => boolean;
  /** Whether a book's number is already used (a receipt from a book, or history). */
  paperNoUsed: (bookNo: string, receiptNo: string) => boolean;
};

/**
 * Checks across rows: a month of a member on two rows, or already paid in the fund; a book and number on two
 * rows, or already in the fund. Each problem is put on the row's cell, naming the other rows.
 */
export function markContributionDuplicates(
  rows: readonly EvaluatedContributionRow[],
  mapping: ColumnMapping<ContributionHistoryField>,
  held: ContributionHistoryHeld,
): void {
  const monthRows = new Map<string, number[]>();
  const paperRows = new Map<string, number[]>();
  for (const row of rows) {
    const { memberId, periods, bookNo, receiptNo } = row.profile;
    if (memberId !== undefined) for (const period of periods ?? []) push(monthRows, `${memberId}:${period}`, row.rowNumber);
    if (bookNo && receiptNo) push(paperRows, formatBookReceiptNo(bookNo, receiptNo), row.rowNumber);
  }
  for (const row of rows) {
    const { memberId, periods, bookNo, receiptNo } = row.profile;
    const at = (field: ContributionHistoryField, code: string, params: Record<string, string | number>) =>
      row.problems.push(problemAt(row.rowNumber, mapping, mapping.some((entry) => entry.field === field) ? field : 'paidOn', code, params));
    if (memberId !== undefined)
      for (const period of periods ?? []) {
        const others = (monthRows.get(`${memberId}:${period}`) ?? []).filter((number) => number !== row.rowNumber);
        if (others.length > 0) at('period', 'history-month-twice-in-file', { period, rows: others.join(', ') });
        if (held.paidMonths(memberId, period)) at('period', 'history-month-already-paid', { period });
      }
    if (bookNo && receiptNo) {
      const paperNo = formatBookReceiptNo(bookNo, receiptNo);
      const others = (paperRows.get(paperNo) ?? []).filter((number) => number !== row.rowNumber);
      if (others.length > 0) at('receiptNo', 'history-paper-no-twice-in-file', { receiptNo: paperNo, rows: others.join(', ') });
      if (held.paperNoUsed(bookNo, receiptNo)) at('receiptNo', 'history-paper-no-in-fund', { receiptNo: paperNo });
    }
  }
}

function push(map: Map<string, number[]>, key: string, rowNumber: number): void {
  const list = map.get(key);
  if (list) list.push(rowNumber);
  else map.set(key, [rowNumber]);
}
