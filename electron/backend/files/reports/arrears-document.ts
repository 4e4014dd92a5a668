import type { ArrearsRow, FundProfile } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import { cellText } from '../../../../shared/domain/documents/cell-text';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { sumSatang } from '../../../../shared/domain/money/satang';
import { documentText, villageLabel } from '../../messages';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

/** An arrears line as the list prints it: the use case's row, with what its overdue months cost and the village. */
export type ArrearsDocumentRow = ArrearsRow;

export type ArrearsListInput = {
  readonly fund: FundProfile;
  /** Every row of the list, in the order to print (the use case sorts: most behind first, then by name). */
  readonly rows: readonly ArrearsDocumentRow[];
  readonly asOf: CalendarDate;
  readonly minMonths: number;
  /** The village the list was asked for, in words ("หมู่ 3 บ้านหนองบัว"); null for every village. */
  readonly place: string | null;
  /** The fund's officers, named under the signature lines where the settings know them. */
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.arrears.${key}`, params);

/**
 * The arrears list a collector takes to a village: who owes, since when, and how much, with the totals the
 * committee reads first (members, months, baht) both above the list and under it. Names of people and of
 * villages wrap only at their spaces.
 */
export function arrearsDocument(input: ArrearsListInput): DocumentModel {
  const { rows } = input;
  const months = rows.reduce((sum, row) => sum + row.arrearsMonths, 0);
  const owed = sumSatang(rows.map((row) => row.owedSatang));
  return {
    title: text('title'),
    headings: [
      ...fundHeadings(input.fund, input.asOf),
      text('filter', { place: input.place ?? text('allVillages'), count: input.minMonths }),
    ],
    facts: [
      { label: text('members'), value: rows.length, kind: 'count' },
      { label: text('monthsTotal'), value: months, kind: 'count' },
      { label: text('owedTotal'), value: owed, kind: 'money' },
    ],
    tables: [
      {
        name: text('table'),
        columns: [
          { header: text('line'), kind: 'count', width: 0.65, align: 'center' },
          { header: text('memberNo'), kind: 'text', width: 1.1, align: 'center' },
          { header: text('name'), kind: 'text', width: 3.1, wrap: 'spaces' },
          { header: text('place'), kind: 'text', width: 2.4, wrap: 'spaces' },
          { header: text('months'), kind: 'count', width: 0.8 },
          { header: text('oldestUnpaid'), kind: 'period', width: 1.3 },
          { header: text('owed'), kind: 'money', width: 1.4 },
        ],
        rows: rows.map((row, index) => ({
          cells: [index + 1, row.memberNo, row.fullName, placeOfRow(row), row.arrearsMonths, row.oldestUnpaid, row.owedSatang],
        })),
        totals:
          rows.length > 0
            ? [null, null, text('totalMembers', { count: cellText('count', rows.length) }), null, months, null, owed]
            : undefined,
        emptyText: text('none'),
      },
    ],
    notes: [],
    signatures: [signatureOf(input.signers, 'treasurer'), signatureOf(input.signers, 'chair')],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name }) },
    orientation: 'portrait',
  };
}

function placeOfRow(row: ArrearsDocumentRow): string | null {
  return row.villageId === null ? null : villageLabel({ moo: row.moo, name: row.village });
}
