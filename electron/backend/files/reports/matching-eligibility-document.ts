import type { FundProfile } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import type { MatchingEligibility } from '../../../../shared/api/report-types';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import { cellText } from '../../../../shared/domain/documents/cell-text';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { matchingTimesLimit } from '../../../../shared/domain/matching/eligibility';
import { documentText } from '../../messages';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

export type MatchingEligibilityInput = {
  readonly fund: FundProfile;
  /** The whole list (every eligible member in `rows`). */
  readonly list: MatchingEligibility;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.matching.${key}`, params);

/**
 * The matching-eligibility list a matching-grant proposal is sent with (Decision 15; domain §(a)3 4.2): the counts
 * at 30 September, by village (for the coverage rule) and by age group, and the eligible members by name.
 */
export function matchingEligibilityDocument(input: MatchingEligibilityInput): DocumentModel {
  const { list } = input;
  const place = (moo: number | null, village: string) =>
    moo === null ? village || text('noVillage') : text('village', { moo, village }).trim();
  return {
    title: text('title'),
    headings: [
      ...fundHeadings(input.fund, list.cutoff),
      text('rule', { date: formatDate(list.cutoff, 'th', 'long'), limit: matchingTimesLimit }),
    ],
    facts: [
      { label: text('members'), value: list.counts.members, kind: 'count' },
      { label: text('eligible'), value: list.counts.eligible, kind: 'count' },
      { label: text('underAYear'), value: list.counts.underAYear, kind: 'count' },
      { label: text('matchedOut', { limit: matchingTimesLimit }), value: list.counts.matchedOut, kind: 'count' },
      { label: text('villages'), value: list.byVillage.filter((village) => village.eligible > 0).length, kind: 'count' },
    ],
    tables: [
      {
        name: text('byVillageTable'),
        columns: [
          { header: text('place'), kind: 'text', width: 3 },
          { header: text('membersShort'), kind: 'count', width: 1.2 },
          { header: text('eligibleShort'), kind: 'count', width: 1.2 },
          { header: text('underAYearShort'), kind: 'count', width: 1.2 },
          { header: text('matchedOutShort'), kind: 'count', width: 1.2 },
        ],
        rows: list.byVillage.map((row) => ({
          cells: [place(row.moo, row.village), row.members, row.eligible, row.underAYear, row.matchedOut],
        })),
        totals:
          list.byVillage.length > 0
            ? [text('total'), list.counts.members, list.counts.eligible, list.counts.underAYear, list.counts.matchedOut]
            : undefined,
        emptyText: text('none'),
      },
      {
        name: text('byAgeTable'),
        columns: [
          { header: text('ageBand'), kind: 'text', width: 3 },
          { header: text('membersShort'), kind: 'count', width: 1.2 },
          { header: text('eligibleShort'), kind: 'count', width: 1.2 },
          { header: text('underAYearShort'), kind: 'count', width: 1.2 },
          { header: text('matchedOutShort'), kind: 'count', width: 1.2 },
        ],
        rows: list.byAge.map((row) => ({ cells: [text(`ages.${row.band}`), row.members, row.eligible, row.underAYear, row.matchedOut] })),
        totals: [text('total'), list.counts.members, list.counts.eligible, list.counts.underAYear, list.counts.matchedOut],
        emptyText: text('none'),
      },
      {
        name: text('listTable'),
        columns: [
          { header: text('line'), kind: 'count', width: 0.6, align: 'center' },
          { header: text('memberNo'), kind: 'text', width: 1.1, align: 'center' },
          { header: text('name'), kind: 'text', width: 3, wrap: 'spaces' },
          { header: text('place'), kind: 'text', width: 2.2, wrap: 'spaces' },
          { header: text('memberSince'), kind: 'date', width: 1.4 },
          { header: text('years'), kind: 'count', width: 0.9 },
          { header: text('timesMatched'), kind: 'count', width: 1 },
        ],
        rows: list.rows.map((row, index) => ({
          cells: [
            index + 1,
            row.memberNo,
            row.fullName,
            place(row.moo, row.village),
            row.memberSince,
            row.completedYears,
            row.timesMatched,
          ],
        })),
        totals:
          list.rows.length > 0
            ? [null, null, text('totalMembers', { count: cellText('count', list.rows.length) }), null, null, null, null]
            : undefined,
        emptyText: text('none'),
      },
    ],
    notes: [text('note')],
    signatures: [signatureOf(input.signers, 'secretary'), signatureOf(input.signers, 'chair')],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name }) },
    orientation: 'portrait',
  };
}
