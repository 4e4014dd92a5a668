import type { FundProfile } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import type { WelfareReport } from '../../../../shared/api/report-types';
import { toBuddhistYear, type CalendarDate } from '../../../../shared/domain/calendar-date';
import { cellText } from '../../../../shared/domain/documents/cell-text';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { documentText } from '../../messages';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

export type WelfareReportInput = {
  readonly fund: FundProfile;
  readonly report: WelfareReport;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.welfareReport.${key}`, params);

/**
 * The welfare summary by type and the year's register of payments (status form §5–6): what the committee and
 * CODI read, the same figures as the screen. Persons and amounts since founding beside the fiscal year's; the
 * register lists each paid claim with its voucher, so every figure of the summary can be traced to paper.
 */
export function welfareReportDocument(input: WelfareReportInput): DocumentModel {
  const { report } = input;
  const year = toBuddhistYear(report.fiscalYear);
  const registerTotal = report.register.reduce((sum, row) => sum + row.amountSatang, 0);
  return {
    title: text('title'),
    headings: [...fundHeadings(input.fund, input.printedOn), text('yearLine', { year })],
    // The two figures the committee reads first; persons and each type are in the table under them.
    facts: [
      { label: text('amountCumulative'), value: report.totals.cumulative.amountSatang, kind: 'money' },
      { label: text('amountYear', { year }), value: report.totals.year.amountSatang, kind: 'money' },
    ],
    tables: [
      {
        name: text('summaryTable'),
        columns: [
          { header: text('line'), kind: 'count', width: 0.6, align: 'center' },
          { header: text('type'), kind: 'text', width: 3.2 },
          { header: text('personsCumulativeShort'), kind: 'count', width: 1.2 },
          { header: text('amountCumulativeShort'), kind: 'money', width: 1.6 },
          { header: text('personsYearShort', { year }), kind: 'count', width: 1.2 },
          { header: text('amountYearShort', { year }), kind: 'money', width: 1.6 },
        ],
        rows: report.types.map((type, index) => ({
          cells: [index + 1, type.nameTh, type.cumulative.persons, type.cumulative.amountSatang, type.year.persons, type.year.amountSatang],
        })),
        totals:
          report.types.length > 0
            ? [
                null,
                text('total'),
                report.totals.cumulative.persons,
                report.totals.cumulative.amountSatang,
                report.totals.year.persons,
                report.totals.year.amountSatang,
              ]
            : undefined,
        emptyText: text('noTypes'),
      },
      {
        name: text('registerTable', { year }),
        columns: [
          { header: text('line'), kind: 'count', width: 0.6, align: 'center' },
          { header: text('paidOn'), kind: 'date', width: 1.3 },
          { header: text('voucherNo'), kind: 'text', width: 1.5, align: 'center' },
          { header: text('memberNo'), kind: 'text', width: 1.1, align: 'center' },
          { header: text('name'), kind: 'text', width: 2.6, wrap: 'spaces' },
          { header: text('recipient'), kind: 'text', width: 1.8, wrap: 'spaces' },
          { header: text('type'), kind: 'text', width: 2.2 },
          { header: text('amount'), kind: 'money', width: 1.4 },
        ],
        rows: report.register.map((row, index) => ({
          cells: [
            index + 1,
            row.paidOn,
            row.voucherNo,
            row.memberNo,
            row.memberName,
            row.dependentName ?? text('self'),
            row.typeNameTh,
            row.amountSatang,
          ],
        })),
        totals:
          report.register.length > 0
            ? [null, null, null, null, text('totalClaims', { count: cellText('count', report.register.length) }), null, null, registerTotal]
            : undefined,
        emptyText: text('noPayments', { year }),
      },
    ],
    notes: [text('note')],
    signatures: [signatureOf(input.signers, 'treasurer'), signatureOf(input.signers, 'chair')],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name }) },
    orientation: 'landscape',
  };
}
