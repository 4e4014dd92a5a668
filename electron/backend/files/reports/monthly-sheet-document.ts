import type { FundProfile } from '../../../../shared/api/fund-types';
import type { MonthlySheet } from '../../../../shared/api/other-money-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import { formatDate, formatPeriod } from '../../../../shared/domain/buddhist-date';
import { toBuddhistYear, type CalendarDate } from '../../../../shared/domain/calendar-date';
import type { DocumentModel, DocumentRow } from '../../../../shared/domain/documents/document-model';
import { formatBaht } from '../../../../shared/domain/money/money-format';
import { documentText } from '../../messages';
import { fundPlaceLine } from './fund-headings';
import { signatureOf } from './signatures';

export type MonthlySheetInput = {
  readonly fund: FundProfile;
  readonly sheet: MonthlySheet;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
  /** The audit chain's head at printing, for the footer (issue 20 §1). */
  readonly chainHead?: string | undefined;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.monthlySheet.${key}`, params);
/** A line's words: §10's own, or the opening balances' line. */
const lineText = (key: string) =>
  key === 'opening' ? documentText('documents.section10.opening') : documentText(`documents.section10.lines.${key}`);

/**
 * The monthly income-and-expense sheet for the committee meeting (issue 16 §5): each money account's balance at
 * the start and end of the month with what it took in and paid out, then what came in and went out on §10's lines,
 * and the administration costs of the fiscal year so far against Decision 14's limit. Lines with nothing in the
 * month are left out, so the sheet reads as the month did.
 */
export function monthlySheetDocument(input: MonthlySheetInput): DocumentModel {
  const { sheet } = input;
  const lines = (rows: MonthlySheet['receipts']): DocumentRow[] =>
    rows.filter((row) => row.amountSatang !== 0).map((row) => ({ cells: [lineText(row.key), row.amountSatang] }));
  const amountColumns = [
    { header: text('item'), kind: 'text' as const, width: 5 },
    { header: text('amount'), kind: 'money' as const, width: 1.6 },
  ];
  const admin = sheet.adminCost;
  return {
    title: text('title', { month: formatPeriod(sheet.period, 'th') }),
    headings: [
      input.fund.name,
      fundPlaceLine(input.fund),
      text('period', { from: formatDate(sheet.from, 'th', 'long'), to: formatDate(sheet.to, 'th', 'long') }),
    ],
    facts: [],
    tables: [
      {
        name: text('accounts'),
        columns: [
          { header: text('account'), kind: 'text', width: 3.4 },
          { header: text('opening'), kind: 'money', width: 1.5 },
          { header: text('in'), kind: 'money', width: 1.5 },
          { header: text('out'), kind: 'money', width: 1.5 },
          { header: text('closing'), kind: 'money', width: 1.5 },
        ],
        rows: sheet.accounts.map((account) => ({
          cells: [account.nameTh, account.openingSatang, account.inSatang, account.outSatang, account.closingSatang],
        })),
        totals: [
          text('total'),
          sheet.openingTotalSatang,
          sheet.accounts.reduce((sum, account) => sum + account.inSatang, 0),
          sheet.accounts.reduce((sum, account) => sum + account.outSatang, 0),
          sheet.closingTotalSatang,
        ],
        emptyText: '',
      },
      {
        name: text('receipts'),
        columns: amountColumns,
        rows: lines(sheet.receipts),
        totals: [text('receiptsTotal'), sheet.receiptsTotalSatang],
        emptyText: text('none'),
      },
      {
        name: text('payments'),
        columns: amountColumns,
        rows: lines(sheet.payments),
        totals: [text('paymentsTotal'), sheet.paymentsTotalSatang],
        emptyText: text('none'),
      },
    ],
    notes: [
      text('balance'),
      text('adminCost', {
        year: toBuddhistYear(admin.fiscalYear),
        spent: formatBaht(admin.spentSatang),
        limit: formatBaht(admin.limitSatang),
        percent: admin.percent,
      }),
    ],
    signatures: [signatureOf(input.signers, 'treasurer'), signatureOf(input.signers, 'chair')],
    footer: {
      printedOn: input.printedOn,
      text: text('footer', { fund: input.fund.name }),
      ...(input.chainHead ? { chainHead: input.chainHead } : {}),
    },
    orientation: 'portrait',
  };
}
