import type { FundProfile } from '../../../../shared/api/fund-types';
import { bahtAndSatang } from '../../../../shared/domain/money/money-format';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import type { Section10Group, Section10Report } from '../../../../shared/api/report-types';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import type { CellValue, DocumentRow, DocumentModel, DocumentTable } from '../../../../shared/domain/documents/document-model';
import { documentText } from '../../messages';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

export type Section10Input = {
  readonly fund: FundProfile;
  readonly report: Section10Report;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
  /** The audit chain's head at printing, for the footer (issue 20 §1). */
  readonly chainHead?: string | undefined;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.section10.${key}`, params);

/** One side's row: item, baht and satang (the form's บาท | สต. columns); a heading row has no amount. */
type SideRow = { cells: [CellValue, CellValue, CellValue]; strong?: boolean };

const amountRow = (label: string, satang: number, strong?: boolean): SideRow => ({
  cells: [label, ...bahtAndSatang(satang)],
  ...(strong ? { strong } : {}),
});

function groupRows(heading: string, group: Section10Group, subtotal: string): SideRow[] {
  return [
    { cells: [heading, null, null], strong: true },
    ...group.lines.map((line) => amountRow(text(`lines.${line.key}`), line.amountSatang)),
    amountRow(subtotal, group.subtotalSatang, true),
  ];
}

/** §10's two sides as one table of six columns, with the two totals under them: the report's table, and the status form's §10. */
export function section10Table(report: Section10Report, name: string = text('table')): DocumentTable {
  const left = [
    ...groupRows(text('receiptsHeading'), report.receipts, text('receiptsSubtotal')),
    ...groupRows(text('incomeHeading'), report.income, text('incomeSubtotal')),
    amountRow(text('opening'), report.openingSatang, true),
  ];
  const right = [
    ...groupRows(text('assetsHeading'), report.assets, text('assetsSubtotal')),
    ...groupRows(text('expensesHeading'), report.expenses, text('expensesSubtotal')),
  ];
  const rows: DocumentRow[] = Array.from({ length: Math.max(left.length, right.length) }, (_, index) => {
    const receipt = left[index];
    const payment = right[index];
    return {
      cells: [...(receipt?.cells ?? [null, null, null]), ...(payment?.cells ?? [null, null, null])],
      // Each side's headings and subtotals are bold on their own side only: an ordinary line facing a subtotal
      // must not read as one.
      ...(receipt?.strong || payment?.strong
        ? { strongCells: [...(receipt?.strong ? [0, 1, 2] : []), ...(payment?.strong ? [3, 4, 5] : [])] }
        : {}),
    };
  });
  return {
    name,
    columns: [
      { header: text('receiptsSide'), kind: 'text', width: 3.4 },
      { header: text('baht'), kind: 'count', width: 1.3 },
      { header: text('satang'), kind: 'text', width: 0.5, align: 'center' },
      { header: text('paymentsSide'), kind: 'text', width: 3.4 },
      { header: text('baht'), kind: 'count', width: 1.3 },
      { header: text('satang'), kind: 'text', width: 0.5, align: 'center' },
    ],
    rows,
    totals: [
      text('receiptsTotal'),
      ...bahtAndSatang(report.receiptsTotalSatang),
      text('paymentsTotal'),
      ...bahtAndSatang(report.paymentsTotalSatang),
    ],
    emptyText: '',
  };
}

/**
 * The financial position report of the status form §10 (domain §(d)3): the form's two sides, รายการรับ and
 * รายการจ่าย, side by side in one table of six columns (the document model draws tables, not facing pages), each
 * amount in บาท and สต. as on the paper form; the two totals under them, equal on balanced books.
 */
export function section10Document(input: Section10Input): DocumentModel {
  const { report } = input;
  return {
    title: text('title'),
    headings: [...fundHeadings(input.fund, report.asOf), text('asOfLine')],
    facts: [],
    tables: [section10Table(report)],
    notes: report.differenceSatang === 0 ? [text('note')] : [text('difference', { amount: report.differenceSatang / 100 }), text('note')],
    signatures: [signatureOf(input.signers, 'treasurer'), signatureOf(input.signers, 'chair')],
    footer: {
      printedOn: input.printedOn,
      text: text('footer', { fund: input.fund.name }),
      ...(input.chainHead ? { chainHead: input.chainHead } : {}),
    },
    orientation: 'portrait',
  };
}
