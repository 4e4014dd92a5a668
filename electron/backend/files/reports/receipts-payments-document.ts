import type { FundProfile } from '../../../../shared/api/fund-types';
import { bahtAndSatang } from '../../../../shared/domain/money/money-format';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import type { MoneyOnHand, ReceiptsPaymentsReport, Section10Group } from '../../../../shared/api/report-types';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import type { CellValue, DocumentRow, DocumentModel } from '../../../../shared/domain/documents/document-model';
import { documentText } from '../../messages';
import { fundPlaceLine } from './fund-headings';
import { signatureOf } from './signatures';

export type ReceiptsPaymentsInput = {
  readonly fund: FundProfile;
  readonly report: ReceiptsPaymentsReport;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
  /** The audit chain's head at printing, for the footer (issue 20 §1). */
  readonly chainHead?: string | undefined;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.receiptsPayments.${key}`, params);
const lineText = (key: string) => documentText(`documents.section10.lines.${key}`);

const amountRow = (label: string, satang: number, strong?: boolean): DocumentRow => ({
  cells: [label, ...bahtAndSatang(satang)] as CellValue[],
  ...(strong ? { emphasis: 'strong' as const } : {}),
});

const headingRow = (label: string): DocumentRow => ({ cells: [label, null, null], emphasis: 'strong' });

function groupRows(heading: string, group: Section10Group, subtotal: string): DocumentRow[] {
  return [
    headingRow(heading),
    ...group.lines.map((line) => amountRow(`    ${lineText(line.key)}`, line.amountSatang)),
    amountRow(subtotal, group.subtotalSatang, true),
  ];
}

function moneyRows(heading: string, money: MoneyOnHand): DocumentRow[] {
  return [
    headingRow(heading),
    amountRow(`    ${lineText('assets.cash')}`, money.cashSatang),
    amountRow(`    ${lineText('assets.bank')}`, money.bankSatang),
    amountRow(text('moneyTotal'), money.totalSatang, true),
  ];
}

/**
 * The receipts & payments statement (งบรายรับ‑รายจ่าย, domain §(d)3) for a period: money at the start, what came in
 * on §10's receipts lines, what went out on its payments lines, and money at the end, one column of บาท | สต.
 */
export function receiptsPaymentsDocument(input: ReceiptsPaymentsInput): DocumentModel {
  const { report } = input;
  const rows: DocumentRow[] = [
    ...moneyRows(text('moneyAtStart'), report.moneyAtStart),
    ...groupRows(
      documentText('documents.section10.receiptsHeading'),
      report.receipts,
      documentText('documents.section10.receiptsSubtotal'),
    ),
    ...groupRows(documentText('documents.section10.incomeHeading'), report.income, documentText('documents.section10.incomeSubtotal')),
    ...(report.openingSatang === 0 ? [] : [amountRow(documentText('documents.section10.opening'), report.openingSatang, true)]),
    amountRow(text('receiptsTotal'), report.receiptsTotalSatang, true),
    ...groupRows(text('paymentsHeading'), report.payments, text('paymentsSubtotal')),
    ...groupRows(text('expensesHeading'), report.expenses, documentText('documents.section10.expensesSubtotal')),
    amountRow(text('paymentsTotal'), report.paymentsTotalSatang, true),
    ...moneyRows(text('moneyAtEnd'), report.moneyAtEnd),
  ];
  const period = text('period', { from: formatDate(report.from, 'th', 'long'), to: formatDate(report.to, 'th', 'long') });
  return {
    title: text('title'),
    headings: [input.fund.name, fundPlaceLine(input.fund), period],
    facts: [],
    tables: [
      {
        name: text('table'),
        columns: [
          { header: text('item'), kind: 'text', width: 5 },
          { header: documentText('documents.section10.baht'), kind: 'count', width: 1.5 },
          { header: documentText('documents.section10.satang'), kind: 'text', width: 0.6, align: 'center' },
        ],
        rows,
        emptyText: '',
      },
    ],
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
