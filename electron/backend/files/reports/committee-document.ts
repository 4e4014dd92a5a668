import type { FundProfile } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import { communityRoles } from '../../../../shared/domain/committee/committee';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { documentText } from '../../messages';
import { communityRoleText, positionText, type CommitteeOnDay } from '../../steps/committee';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

export type CommitteeListInput = {
  readonly fund: FundProfile;
  readonly committee: CommitteeOnDay;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.committee.${key}`, params);

/**
 * The committee list in the shape of status form §8: the term and how many sit, who they represent in the
 * community (8.1, a count per box), and the list (8.2): ลำดับ, name, office in the fund, role in the community,
 * phone. Seats holding office on the day only; a seat ended earlier is history, kept on the committee page.
 */
export function committeeListDocument(input: CommitteeListInput): DocumentModel {
  const { term, seats, day } = input.committee;
  return {
    title: text('title', { termNo: term.termNo }),
    headings: fundHeadings(input.fund, day),
    facts: [
      { label: text('termNo'), value: term.termNo, kind: 'count' },
      {
        label: text('termDays'),
        value: text('termRange', { from: formatDate(term.startsOn, 'th', 'long'), to: formatDate(term.endsOn, 'th', 'long') }),
        kind: 'text',
      },
      { label: text('appointedBy'), value: term.appointedBy || text('notGiven'), kind: 'text' },
      { label: text('memberCount'), value: seats.length, kind: 'count' },
    ],
    tables: [
      {
        name: text('compositionTable'),
        columns: [
          { header: text('role'), kind: 'text', width: 3 },
          { header: text('persons'), kind: 'count', width: 1 },
        ],
        rows: communityRoles.map((role) => ({
          cells: [documentText(`committee.roles.${role}`), seats.filter((seat) => seat.communityRole === role).length],
        })),
        totals: [text('total'), seats.length],
        emptyText: text('none'),
      },
      {
        name: text('list'),
        columns: [
          { header: text('number'), kind: 'count', width: 0.6 },
          { header: text('fullName'), kind: 'text', width: 2.6, wrap: 'spaces' },
          { header: text('fundPosition'), kind: 'text', width: 1.6 },
          { header: text('communityRole'), kind: 'text', width: 2.4 },
          { header: text('phone'), kind: 'text', width: 1.4 },
        ],
        rows: seats.map((seat, index) => ({
          cells: [index + 1, seat.fullName, positionText(seat.position), communityRoleText(seat), seat.phone],
        })),
        emptyText: text('none'),
      },
    ],
    notes: [],
    signatures: [signatureOf(input.signers, 'secretary'), signatureOf(input.signers, 'chair')],
    footer: { printedOn: input.printedOn, text: input.fund.name },
    orientation: 'portrait',
  };
}
