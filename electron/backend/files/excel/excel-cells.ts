import { cellText } from '../../../../shared/domain/documents/cell-text';
import type { CellValue, ColumnKind, DocumentColumn, DocumentTable } from '../../../../shared/domain/documents/document-model';

/**
 * Dates are real Excel dates shown in the Buddhist era with Thai month names: [$-107041E] is Excel's own code
 * for the Thai Buddhist calendar (07) in the Thai locale (041E), the format Thai Excel offers in its date list,
 * and LibreOffice reads and writes it too. A treasurer sees "25 พ.ย. 2569" as on paper, yet can still sort,
 * filter and subtract dates; B.E. text would look the same but sort "1 ธ.ค." before "2 พ.ย.". (A program that
 * ignores the calendar code shows the same day with a Gregorian year, never a wrong day.)
 */
export const excelFormats: Readonly<Record<Exclude<ColumnKind, 'text'>, string>> = {
  money: '#,##0.00',
  count: '#,##0',
  date: '[$-107041E]d mmm yyyy;@',
  period: '[$-107041E]mmm yyyy;@',
};

/**
 * A model value as the cell's value: money in baht (satang / 100, so a sum in Excel is in baht), dates and
 * months as dates at UTC midnight (exceljs counts Excel's day numbers in UTC, so no time zone shifts a day).
 */
export function excelValue(kind: ColumnKind, value: CellValue): string | number | Date | null {
  if (value === null) return null;
  if (kind === 'money' && typeof value === 'number') return value / 100;
  if (kind === 'date' && typeof value === 'string')
    return utcDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
  if (kind === 'period' && typeof value === 'string') return utcDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 1);
  return value;
}

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** Thai vowel and tone marks sit above or below a letter and take no width of their own. */
const zeroWidthMarks = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

export function visibleLength(text: string): number {
  return text.replace(zeroWidthMarks, '').length;
}

/**
 * Column widths in Excel's units (about one digit of the default font): wide enough for the longest value as
 * printed, with Thai letters counted a little wider than digits; a header may wrap onto two lines.
 */
export function columnWidths(table: DocumentTable): number[] {
  return table.columns.map((column, index) => {
    let longest = Math.ceil(visibleLength(column.header) / 2);
    for (const row of table.rows) longest = Math.max(longest, displayLength(column, row.cells[index] ?? null));
    if (table.totals) longest = Math.max(longest, displayLength(column, table.totals[index] ?? null));
    return Math.min(60, Math.max(7, Math.ceil(longest * 1.15) + 2));
  });
}

function displayLength(column: DocumentColumn, value: CellValue): number {
  return visibleLength(cellText(column.kind, value));
}

/** Sheet names: at most 31 characters, none of []:*?/\, and unique in the workbook (Excel refuses the file otherwise). */
export function sheetNames(tables: readonly DocumentTable[]): string[] {
  const used = new Set<string>();
  return tables.map((table, index) => {
    const base =
      table.name
        .replace(/[[\]:*?/\\]/g, ' ')
        .trim()
        .slice(0, 31) || `Sheet${index + 1}`;
    let name = base;
    for (let serial = 2; used.has(name.toLowerCase()); serial += 1) name = `${base.slice(0, 31 - String(serial).length - 3)} (${serial})`;
    used.add(name.toLowerCase());
    return name;
  });
}
