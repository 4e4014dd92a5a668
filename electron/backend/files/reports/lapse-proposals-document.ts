import type { FundProfile } from '../../../../shared/api/fund-types';
import type { LapseProposalList } from '../../../../shared/api/lapse-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import { cellText } from '../../../../shared/domain/documents/cell-text';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { documentText, villageLabel } from '../../messages';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

export type LapseProposalsInput = {
  readonly fund: FundProfile;
  readonly list: LapseProposalList;
  /** The village the list was asked for, in words; null for every village. */
  readonly place: string | null;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.lapseProposals.${key}`, params);

/**
 * The list the committee decides on (Decision 8): each member proposed, how far behind and since when she last
 * paid, a box for the committee's decision, the meeting's number and date to fill in, and the signatures. The
 * paper proposes; only the decision recorded afterwards changes anyone's status.
 */
export function lapseProposalsDocument(input: LapseProposalsInput): DocumentModel {
  const { list } = input;
  return {
    title: text('title'),
    headings: [
      ...fundHeadings(input.fund, list.asOf),
      text('filter', { place: input.place ?? documentText('documents.arrears.allVillages'), count: list.proposalMonths }),
    ],
    facts: [
      { label: text('members'), value: list.totals.members, kind: 'count' },
      { label: text('monthsTotal'), value: list.totals.months, kind: 'count' },
      { label: text('owedTotal'), value: list.totals.owedSatang, kind: 'money' },
    ],
    tables: [
      {
        name: text('table'),
        columns: [
          { header: text('line'), kind: 'count', width: 0.6, align: 'center' },
          { header: text('memberNo'), kind: 'text', width: 1, align: 'center' },
          { header: text('name'), kind: 'text', width: 2.6, wrap: 'spaces' },
          { header: text('place'), kind: 'text', width: 2, wrap: 'spaces' },
          { header: text('months'), kind: 'count', width: 0.8 },
          { header: text('lastPaid'), kind: 'date', width: 1.3 },
          { header: text('owed'), kind: 'money', width: 1.2 },
          { header: text('decision'), kind: 'text', width: 1.7 },
        ],
        rows: list.rows.map((row, index) => ({
          cells: [
            index + 1,
            row.memberNo,
            row.fullName,
            row.villageId === null ? null : villageLabel({ moo: row.moo, name: row.village }),
            row.arrearsMonths,
            row.lastPaidOn,
            row.owedSatang,
            text('decisionBoxes'),
          ],
        })),
        totals:
          list.rows.length > 0
            ? [
                null,
                null,
                text('totalMembers', { count: cellText('count', list.rows.length) }),
                null,
                list.totals.months,
                null,
                list.totals.owedSatang,
                null,
              ]
            : undefined,
        emptyText: text('none'),
      },
    ],
    notes: [text('rule', { count: list.proposalMonths }), text('meetingLine')],
    signatures: [signatureOf(input.signers, 'chair'), signatureOf(input.signers, 'secretary'), signatureOf(input.signers, 'treasurer')],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name }) },
    orientation: 'portrait',
  };
}
