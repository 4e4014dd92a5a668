import type { OverdueFund, RegionFundRow } from '../../../shared/api/region-types';
import { criterionKeys } from '../../../shared/domain/certification/assessment';
import type { DocumentColumn, DocumentModel, DocumentTable } from '../../../shared/domain/documents/document-model';
import { fiscalYearLabel, formatDate } from '../../../shared/domain/buddhist-date';
import { renderExcel, type RenderedWorkbook } from '../files/excel/render-excel';
import { documentText } from '../messages';

const text = (key: string, params: Record<string, string | number> = {}) => documentText(`documents.region.${key}`, params);

/** A criterion's status as the fund's file carries it, in Thai; blank where the file does not say. */
function criterionText(row: RegionFundRow, key: string): string | null {
  const status = row.criteria.find((criterion) => criterion.key === key)?.status;
  return status === undefined ? null : documentText(`certification.statuses.${status}`);
}

function yearWelfare(row: RegionFundRow): number | null {
  return row.lastExportOn === null ? null : row.welfare.reduce((sum, line) => sum + line.yearSatang, 0);
}

/** The columns that say which fund a row is, opening every sheet. */
function placeColumns(nameWidth: number): DocumentColumn[] {
  return [
    { header: text('columns.code'), kind: 'text', width: 10 },
    { header: text('columns.name'), kind: 'text', width: nameWidth },
    { header: text('columns.province'), kind: 'text', width: 12 },
    { header: text('columns.district'), kind: 'text', width: 12 },
  ];
}

function summaryTable(rows: readonly RegionFundRow[]): DocumentTable {
  const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
  return {
    name: text('summary'),
    columns: [
      ...placeColumns(28),
      { header: text('columns.lastExport'), kind: 'date', width: 12 },
      { header: text('columns.members'), kind: 'count', width: 10 },
      { header: text('columns.money'), kind: 'money', width: 14 },
      { header: text('columns.welfareYear'), kind: 'money', width: 14 },
      ...criterionKeys.map((_, index) => ({ header: text('columns.criterion', { number: index + 1 }), kind: 'text' as const, width: 9 })),
    ],
    rows: rows.map((row) => ({
      cells: [
        row.code,
        row.name,
        row.provinceName,
        row.districtName,
        row.lastExportOn,
        row.membersCurrent,
        row.moneyOnHandSatang,
        yearWelfare(row),
        ...criterionKeys.map((key) => criterionText(row, key)),
      ],
    })),
    totals: [
      text('total'),
      null,
      null,
      null,
      null,
      sum(rows.map((row) => row.membersCurrent)),
      sum(rows.map((row) => row.moneyOnHandSatang)),
      sum(rows.map(yearWelfare)),
      ...criterionKeys.map(() => null),
    ],
    emptyText: text('empty'),
  };
}

function welfareTable(rows: readonly RegionFundRow[]): DocumentTable {
  return {
    name: text('welfare'),
    columns: [
      { header: text('columns.code'), kind: 'text', width: 10 },
      { header: text('columns.name'), kind: 'text', width: 24 },
      { header: text('columns.welfareType'), kind: 'text', width: 24 },
      { header: text('columns.fiscalYear'), kind: 'count', width: 8 },
      { header: text('columns.yearPersons'), kind: 'count', width: 9 },
      { header: text('columns.yearAmount'), kind: 'money', width: 12 },
      { header: text('columns.cumulativePersons'), kind: 'count', width: 9 },
      { header: text('columns.cumulativeAmount'), kind: 'money', width: 12 },
    ],
    rows: rows.flatMap((row) =>
      row.welfare.map((line) => ({
        cells: [
          row.code,
          row.name,
          line.nameTh,
          // Fiscal years are named by their B.E. year on every Thai paper.
          row.fiscalYear === null ? null : fiscalYearLabel(row.fiscalYear),
          line.yearPersons,
          line.yearSatang,
          line.cumulativePersons,
          line.cumulativeSatang,
        ],
      })),
    ),
    emptyText: text('empty'),
  };
}

function rosterTable(roster: readonly OverdueFund[]): DocumentTable {
  return {
    name: text('roster'),
    columns: [
      ...placeColumns(28),
      { header: text('columns.lastExport'), kind: 'date', width: 12 },
      { header: text('columns.state'), kind: 'text', width: 18 },
    ],
    rows: roster.map((fund) => ({
      cells: [fund.code, fund.name, fund.provinceName, fund.districtName, fund.lastExportOn, text(`states.${fund.state}`)],
    })),
    emptyText: text('rosterEmpty'),
  };
}

/** The region's summary as a document model: the table of funds, welfare by type, and the funds to follow up. */
export function regionSummaryDocument(rows: readonly RegionFundRow[], roster: readonly OverdueFund[], day: string): DocumentModel {
  return {
    title: text('title'),
    headings: [text('asOf', { date: formatDate(day, 'th', 'long') })],
    facts: [{ label: text('funds'), value: rows.length, kind: 'count' }],
    tables: [summaryTable(rows), welfareTable(rows), rosterTable(roster)],
    notes: [text('criteriaNote')],
    signatures: [],
    footer: { printedOn: day },
    orientation: 'landscape',
  };
}

/** Writes the workbook with the app's one Excel renderer: Thai headers, baht as numbers, B.E. dates. */
export function writeRegionSummary(
  path: string,
  rows: readonly RegionFundRow[],
  roster: readonly OverdueFund[],
  day: string,
): Promise<RenderedWorkbook> {
  // The regional workspace holds no demo: the collector refuses demo files (issue 18).
  return renderExcel(regionSummaryDocument(rows, roster, day), path, { isDemo: false });
}
