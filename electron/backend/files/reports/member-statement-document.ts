import type { FundProfile, MemberDetail, MemberStatement, StatementReceipt } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import type { DocumentModel, DocumentRow, DocumentTable } from '../../../../shared/domain/documents/document-model';
import { formatPeriodRanges } from '../../../../shared/domain/documents/period-ranges';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import { sumSatang } from '../../../../shared/domain/money/satang';
import { documentText, villageLabel } from '../../messages';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

export type MemberStatementInput = {
  readonly fund: FundProfile;
  readonly member: MemberDetail;
  readonly statement: MemberStatement;
  /** The day the statement was worked out for (`contributions.statement`'s asOf). */
  readonly asOf: CalendarDate;
  /** What the overdue months cost at the plan's prices, worked out by the caller. */
  readonly owedSatang: number;
  /** The fund's officers, named under the signature lines where the settings know them. */
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.statement.${key}`, params);

/**
 * A member's statement read like a passbook: who the member is and what they owe, every month from the first
 * month owed with the day it was paid and its receipt, then the receipts themselves (a voided one stays on the
 * list, greyed and marked ยกเลิก, because its number was issued). Oldest first, as a passbook is written.
 */
export function memberStatementDocument(input: MemberStatementInput): DocumentModel {
  const { fund, member, statement } = input;
  const fullName = `${member.title}${member.firstName} ${member.lastName}`;
  return {
    title: text('title'),
    headings: fundHeadings(fund, input.asOf),
    facts: [
      { label: text('memberNo'), value: member.memberNo, kind: 'text' },
      { label: text('name'), value: fullName, kind: 'text' },
      { label: text('address'), value: memberAddress(member), kind: 'text' },
      { label: text('memberSince'), value: member.approvedOn, kind: 'date' },
      { label: text('status'), value: documentText(`statuses.${member.status}`), kind: 'text' },
      { label: text('duesStart'), value: statement.duesStart, kind: 'period' },
      { label: text('arrearsMonths'), value: statement.arrearsMonths, kind: 'count' },
      { label: text('owed'), value: input.owedSatang, kind: 'money' },
      ...(statement.overduePeriods.length > 0
        ? [{ label: text('overdueMonths'), value: formatPeriodRanges(statement.overduePeriods), kind: 'text' as const }]
        : []),
    ],
    tables: [monthsTable(statement), receiptsTable(statement)],
    notes:
      statement.receiptTotal > statement.receipts.length
        ? [text('latestReceipts', { shown: statement.receipts.length, total: statement.receiptTotal })]
        : [],
    signatures: [signatureOf(input.signers, 'treasurer')],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: fund.name, memberNo: member.memberNo }) },
    orientation: 'portrait',
  };
}

/** The member's address as one line, in the order a Thai address is written (blank parts left out). */
export function memberAddress(member: MemberDetail): string {
  const common = (key: string, params: Record<string, string | number>) => documentText(`documents.common.${key}`, params);
  return [
    member.houseNo,
    member.village === null ? '' : villageLabel(member.village),
    member.soi === '' ? '' : common('soi', { name: member.soi }),
    member.road === '' ? '' : common('road', { name: member.road }),
    member.subdistrict === '' ? '' : common('subdistrict', { name: member.subdistrict }),
    member.district === '' ? '' : common('district', { name: member.district }),
    member.province === '' ? '' : common('province', { name: member.province }),
    member.postcode,
  ]
    .filter((part) => part.trim() !== '')
    .join(' ');
}

function monthsTable(statement: MemberStatement): DocumentTable {
  const paidOn = new Map(
    statement.receipts.filter((receipt) => receipt.void === null).map((receipt) => [receipt.receiptNo, receipt.receivedOn]),
  );
  return {
    name: text('months'),
    columns: [
      { header: text('month'), kind: 'period', width: 2 },
      { header: text('monthState'), kind: 'text', width: 2, align: 'center' },
      { header: text('paidOn'), kind: 'date', width: 2 },
      { header: text('receiptNo'), kind: 'text', width: 2.4, align: 'center' },
    ],
    rows: statement.months.map((month): DocumentRow => {
      const row: DocumentRow = {
        cells: [
          month.period,
          text(`states.${month.state}`),
          month.receiptNo === null ? null : (paidOn.get(month.receiptNo) ?? null),
          month.receiptNo,
        ],
      };
      // An overdue month is what the member came to ask about: it stands out.
      return month.state === 'overdue' ? { ...row, emphasis: 'strong' } : row;
    }),
    emptyText: text('noMonths'),
  };
}

function receiptsTable(statement: MemberStatement): DocumentTable {
  const receipts = [...statement.receipts].sort((left, right) =>
    left.receivedOn === right.receivedOn ? left.id - right.id : left.receivedOn < right.receivedOn ? -1 : 1,
  );
  const kept = receipts.filter((receipt) => receipt.void === null);
  return {
    name: text('receipts'),
    columns: [
      { header: text('receivedOn'), kind: 'date', width: 1.6 },
      { header: text('receiptNo'), kind: 'text', width: 1.9, align: 'center' },
      { header: text('covers'), kind: 'text', width: 3 },
      { header: text('amount'), kind: 'money', width: 1.6 },
      { header: text('remark'), kind: 'text', width: 2.1 },
    ],
    rows: receipts.map((receipt): DocumentRow => {
      const cells = [receipt.receivedOn, receipt.receiptNo, receiptItems(receipt), receipt.totalSatang, voidRemark(receipt)];
      return receipt.void === null ? { cells } : { cells, emphasis: 'muted' };
    }),
    totals: [null, null, text('receiptsTotal'), sumSatang(kept.map((receipt) => receipt.totalSatang)), null],
    emptyText: text('noReceipts'),
  };
}

/** The months a receipt paid for as ranges, and the entry fee when it took one. */
function receiptItems(receipt: StatementReceipt): string {
  const parts = receipt.periods.length > 0 ? [formatPeriodRanges(receipt.periods)] : [];
  if (receipt.hasEntryFee) parts.push(text('entryFee'));
  return parts.join(', ');
}

function voidRemark(receipt: StatementReceipt): string | null {
  return receipt.void === null ? null : text('voided', { date: formatDate(receipt.void.voidedOn, 'th') });
}
