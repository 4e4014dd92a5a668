import type { FundProfile } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import type { MemberSummary } from '../../../../shared/api/report-types';
import { toBuddhistYear, type CalendarDate } from '../../../../shared/domain/calendar-date';
import type { DocumentModel, DocumentTable } from '../../../../shared/domain/documents/document-model';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import { documentText, villageLabel } from '../../messages';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

export type MemberSummaryInput = {
  readonly fund: FundProfile;
  readonly summary: MemberSummary;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.memberSummary.${key}`, params);

/**
 * The member summary for the committee and CODI (status form §3.1, §3.3, §3.4): founding, cumulative and current
 * members, then by category, by village of the register, and who joined and left in each fiscal year.
 */
export function memberSummaryDocument(input: MemberSummaryInput): DocumentModel {
  const { summary } = input;
  return {
    title: text('title'),
    headings: fundHeadings(input.fund, summary.asOf),
    facts: [
      { label: text('foundedOn'), value: formatDate(summary.foundedOn, 'th', 'long'), kind: 'text' },
      { label: text('founding'), value: summary.founding, kind: 'count' },
      { label: text('cumulative'), value: summary.totals.cumulative, kind: 'count' },
      { label: text('current'), value: summary.totals.current, kind: 'count' },
      { label: text('villagesCovered'), value: text('villagesOf', summary.villages), kind: 'text' },
      { label: text('population'), value: summary.population, kind: 'count' },
    ],
    tables: [categoryTable(summary), villageTable(summary), yearTable(summary)],
    notes: [text('note')],
    signatures: [signatureOf(input.signers, 'secretary'), signatureOf(input.signers, 'chair')],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name }) },
    orientation: 'portrait',
  };
}

function categoryTable(summary: MemberSummary): DocumentTable {
  return {
    name: text('byCategory'),
    columns: [
      { header: text('category'), kind: 'text', width: 3 },
      { header: text('cumulativeColumn'), kind: 'count', width: 1.4 },
      { header: text('currentColumn'), kind: 'count', width: 1.4 },
    ],
    rows: summary.byCategory.map((line) => ({
      cells: [documentText(`memberCategories.${line.category}`), line.cumulative, line.current],
    })),
    emptyText: text('none'),
  };
}

function villageTable(summary: MemberSummary): DocumentTable {
  const rows = summary.byVillage;
  return {
    name: text('byVillage'),
    columns: [
      { header: text('code'), kind: 'text', width: 1.3, align: 'center' },
      { header: text('village'), kind: 'text', width: 3, wrap: 'spaces' },
      { header: text('households'), kind: 'count', width: 1.1 },
      { header: text('populationColumn'), kind: 'count', width: 1.1 },
      { header: text('cumulativeColumn'), kind: 'count', width: 1.1 },
      { header: text('currentColumn'), kind: 'count', width: 1.1 },
    ],
    rows: rows.map((line) => ({
      cells: [
        line.code,
        line.villageId === null ? text('noVillage') : villageLabel(line),
        line.households,
        line.population,
        line.cumulative,
        line.current,
      ],
    })),
    totals:
      rows.length > 0
        ? [
            null,
            text('total'),
            knownSum(rows.map((line) => line.households)),
            knownSum(rows.map((line) => line.population)),
            summary.totals.cumulative,
            summary.totals.current,
          ]
        : undefined,
    emptyText: text('noVillages'),
  };
}

function yearTable(summary: MemberSummary): DocumentTable {
  const rows = summary.byFiscalYear;
  const sum = (pick: (line: MemberSummary['byFiscalYear'][number]) => number) => rows.reduce((total, line) => total + pick(line), 0);
  return {
    name: text('byYear'),
    columns: [
      { header: text('fiscalYear'), kind: 'text', width: 1.6, align: 'center' },
      { header: text('joined'), kind: 'count', width: 1.3 },
      { header: text('rejoined'), kind: 'count', width: 1.3 },
      { header: text('left'), kind: 'count', width: 1.3 },
    ],
    rows: rows.map((line) => ({ cells: [String(toBuddhistYear(line.fiscalYear)), line.joined, line.rejoined, line.left] })),
    totals:
      rows.length > 0 ? [text('total'), sum((line) => line.joined), sum((line) => line.rejoined), sum((line) => line.left)] : undefined,
    emptyText: text('none'),
  };
}

/** The sum of the figures known; empty (not 0) when none is known, so an unknown total never prints as nothing. */
function knownSum(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
}
