import ExcelJS from 'exceljs';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import { columnAlign } from '../../../../shared/domain/documents/cell-text';
import { footerLine, type CellValue, type DocumentModel, type DocumentTable } from '../../../../shared/domain/documents/document-model';
import { documentProblems } from '../../../../shared/domain/documents/document-problems';
import { documentText } from '../../messages';
import type { FileMarking } from '../pdf/demo-mark';
import { writeThroughTemporary } from '../write-through-temporary';
import { columnWidths, excelFormats, excelValue, sheetNames, visibleLength } from './excel-cells';

export type RenderedWorkbook = { readonly bytes: number; readonly sheets: number };

type Sheet = ExcelJS.Worksheet;
type Value = string | number | Date | null | ExcelJS.CellFormulaValue;

const colors = { headerFill: 'FFE4E4E4', totalsFill: 'FFF1F1F1', rule: 'FFBFBFBF', muted: 'FF7F7F7F' };
const thin = { style: 'thin' as const, color: { argb: colors.rule } };
const cellBorder: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * The one way the backend makes an Excel file: exceljs's streaming writer, so a list of thousands of rows is
 * written row by row rather than held in memory. One sheet per table, each opening with the document's title,
 * headings and facts, then the table with a bold header row that stays in view (frozen), repeats on every
 * printed page, and carries an auto-filter (a treasurer filters the arrears list by village). Written to
 * `<path>.tmp` and renamed to `path` when complete.
 */
export async function renderExcel(document: DocumentModel, path: string, marking: FileMarking): Promise<RenderedWorkbook> {
  const problems = documentProblems(document);
  if (problems.length > 0) throw new Error(`document cannot be rendered: ${problems.slice(0, 5).join('; ')}`);
  const tables = document.tables.length > 0 ? document.tables : [emptyTable(document)];
  const names = sheetNames(tables);
  const bytes = await writeThroughTemporary(path, async (temporaryPath) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporaryPath, useStyles: true, useSharedStrings: true });
    workbook.creator = 'SWF Ledger';
    workbook.title = document.title;
    tables.forEach((table, index) => {
      writeSheet(workbook, names[index] ?? `Sheet${index + 1}`, document, table, { isLast: index === tables.length - 1, marking });
    });
    await workbook.commit();
  });
  return { bytes, sheets: tables.length };
}

function emptyTable(document: DocumentModel): DocumentTable {
  return { name: document.title, columns: [{ header: '', kind: 'text', width: 1 }], rows: [], emptyText: '' };
}

function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  document: DocumentModel,
  table: DocumentTable,
  { isLast, marking }: { isLast: boolean; marking: FileMarking },
): void {
  const widths = columnWidths(table);
  // A demo fund's sheet opens with a line saying so, and says it again in the printed page's header (issue 19 §3).
  const demoLine = marking.isDemo ? documentText('documents.common.demoLine') : undefined;
  const headerRow =
    (demoLine ? 1 : 0) + 1 + document.headings.length + 1 + (document.facts.length > 0 ? document.facts.length + 1 : 0) + 1 + 1;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: document.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: printedFooter(document), ...(demoLine ? { oddHeader: `&C&"-,Bold"${demoLine}` } : {}) },
  });
  sheet.columns = widths.map((width) => ({ width }));
  if (demoLine) addRow(sheet, [demoLine], (row) => (row.getCell(1).font = { bold: true, size: 12, color: { argb: 'FFD46B08' } }));

  addRow(sheet, [document.title], (row) => (row.getCell(1).font = { bold: true, size: 14 }));
  for (const heading of document.headings) addRow(sheet, [heading]);
  addRow(sheet, []);
  if (document.facts.length > 0) {
    writeFacts(sheet, document, widths);
    addRow(sheet, []);
  }
  addRow(sheet, [table.name], (row) => (row.getCell(1).font = { bold: true, size: 12 }));
  writeTable(sheet, table, widths, headerRow);
  if (isLast) writeClosing(sheet, document, table.columns.length);
  addRow(sheet, []);
  const printed = documentText('documents.common.printedOn', { date: formatDate(document.footer.printedOn, 'th') });
  addRow(sheet, [footerLine({ ...document.footer, text: '' }, printed, ' · ')], (row) => {
    row.getCell(1).font = { color: { argb: colors.muted } };
  });
  sheet.commit();
}

/** Adds, styles and commits a row; merged ranges (first and last column) are declared before the row is committed, as the streaming writer requires. */
function addRow(
  sheet: Sheet,
  values: readonly Value[],
  style?: (row: ExcelJS.Row) => void,
  merges: readonly (readonly [number, number])[] = [],
): ExcelJS.Row {
  const row = sheet.addRow([...values]);
  style?.(row);
  for (const [first, last] of merges) sheet.mergeCells(row.number, first, row.number, last);
  row.commit();
  return row;
}

/** A fact's label spans as many columns as it needs; its value (typed, so numbers stay numbers) takes the rest. */
function writeFacts(sheet: Sheet, document: DocumentModel, widths: readonly number[]): void {
  const longest = Math.max(...document.facts.map((fact) => visibleLength(fact.label)));
  let labelSpan = 1;
  while (labelSpan < widths.length - 1 && widths.slice(0, labelSpan).reduce((sum, width) => sum + width, 0) < longest * 1.15 + 2)
    labelSpan += 1;
  const last = Math.max(widths.length, labelSpan + 1);
  for (const fact of document.facts) {
    const values: Value[] = [fact.label, ...Array<Value>(labelSpan - 1).fill(null), excelValue(fact.kind, fact.value)];
    const merges: [number, number][] = [];
    if (labelSpan > 1) merges.push([1, labelSpan]);
    if (last > labelSpan + 1) merges.push([labelSpan + 1, last]);
    addRow(
      sheet,
      values,
      (row) => {
        row.getCell(1).font = { bold: true };
        const value = row.getCell(labelSpan + 1);
        if (fact.kind !== 'text') value.numFmt = excelFormats[fact.kind];
        value.alignment = { horizontal: 'left' };
      },
      merges,
    );
  }
}

function writeTable(sheet: Sheet, table: DocumentTable, widths: readonly number[], headerRow: number): void {
  const headerLines = Math.max(
    ...table.columns.map((column, index) => Math.ceil(visibleLength(column.header) / Math.max(1, (widths[index] ?? 10) - 2))),
  );
  addRow(
    sheet,
    table.columns.map((column) => column.header),
    (row) => {
      row.height = 16 * Math.min(3, Math.max(1, headerLines));
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colors.headerFill } };
        cell.border = cellBorder;
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      });
    },
  );
  if (table.rows.length === 0) {
    addRow(sheet, [table.emptyText], (row) => (row.getCell(1).font = { color: { argb: colors.muted } }));
    return;
  }
  const styles = {
    plain: columnStyles(table, undefined),
    muted: columnStyles(table, { color: { argb: colors.muted } }),
    strong: columnStyles(table, { bold: true }),
  };
  for (const row of table.rows) {
    const rowStyles = row.strongCells
      ? styles.plain.map((style, index) => (row.strongCells?.includes(index) ? (styles.strong[index] ?? style) : style))
      : styles[row.emphasis ?? 'plain'];
    addRow(
      sheet,
      table.columns.map((column, index) => excelValue(column.kind, row.cells[index] ?? null)),
      (excelRow) => rowStyles.forEach((style, index) => (excelRow.getCell(index + 1).style = style)),
    );
  }
  const firstRow = headerRow + 1;
  const lastRow = headerRow + table.rows.length;
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: lastRow, column: table.columns.length } };
  if (table.totals) {
    const totals = table.totals;
    addRow(
      sheet,
      table.columns.map((column, index) => totalCell(table, index, totals[index] ?? null, firstRow, lastRow)),
      (row) => {
        styleCells(row, table, { bold: true });
        row.eachCell({ includeEmpty: true }, (cell) => {
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colors.totalsFill } };
          cell.border = { ...cellBorder, top: { style: 'medium' } };
        });
      },
    );
  }
}

/**
 * A total is a SUM formula over its column when it is the plain sum of the rows above (so a treasurer who adds a
 * row sees the total follow), with the ledger's figure stored as the formula's result so the file reads right
 * before Excel recalculates. A total that is not such a sum (a balance column's closing figure, a table with
 * subtotal rows) stays the ledger's own value: a formula there would print a different number from the paper.
 */
function totalCell(
  table: DocumentTable,
  index: number,
  total: CellValue,
  firstRow: number,
  lastRow: number,
): Value | ExcelJS.CellFormulaValue {
  const column = table.columns[index];
  if (!column) return null;
  const value = excelValue(column.kind, total);
  if ((column.kind !== 'money' && column.kind !== 'count') || typeof total !== 'number') return value;
  let sum = 0;
  for (const row of table.rows) {
    const cell = row.cells[index];
    if (typeof cell === 'number') sum += cell;
  }
  if (sum !== total || typeof value !== 'number') return value;
  const letter = columnLetter(index + 1);
  return { formula: `SUM(${letter}${firstRow}:${letter}${lastRow})`, result: value };
}

function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * One style object per column (and emphasis), shared by every row: exceljs's writer knows a style object it has
 * seen and reuses its id, so 30,000 rows × 15 columns cost a lookup each instead of a style built and compared.
 * The objects are never changed after this.
 */
function columnStyles(table: DocumentTable, font: Partial<ExcelJS.Font> | undefined): Partial<ExcelJS.Style>[] {
  return table.columns.map((column) => ({
    ...(column.kind === 'text' ? {} : { numFmt: excelFormats[column.kind] }),
    alignment: { horizontal: columnAlign(column), vertical: 'top' },
    border: cellBorder,
    ...(font ? { font } : {}),
  }));
}

function styleCells(row: ExcelJS.Row, table: DocumentTable, font: Partial<ExcelJS.Font> | undefined): void {
  table.columns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    if (column.kind !== 'text') cell.numFmt = excelFormats[column.kind];
    cell.alignment = { horizontal: columnAlign(column), vertical: 'top' };
    cell.border = cellBorder;
    if (font) cell.font = font;
  });
}

/** Notes and signature lines after the last table, as on paper. */
function writeClosing(sheet: Sheet, document: DocumentModel, columns: number): void {
  if (document.notes.length > 0) addRow(sheet, []);
  for (const note of document.notes) {
    addRow(sheet, [note], (row) => (row.getCell(1).alignment = { wrapText: true, vertical: 'top' }), columns > 1 ? [[1, columns]] : []);
  }
  for (const signature of document.signatures) {
    addRow(sheet, []);
    addRow(sheet, [`${documentText('documents.common.signedBy')} ${signature.role}`]);
    addRow(sheet, [signature.name ? `(${signature.name})` : documentText('documents.common.nameBlank')]);
  }
}

/** Excel's printed footer: "&" starts a code there (&P page, &N pages), so the document's own text doubles it. */
function printedFooter(document: DocumentModel): string {
  const escape = (text: string) => text.replace(/&/g, '&&');
  const printed = documentText('documents.common.printedOn', { date: formatDate(document.footer.printedOn, 'th') });
  const page = escape(documentText('documents.common.page', { page: '\u0001', pages: '\u0002' }))
    .replace('\u0001', '&P')
    .replace('\u0002', '&N');
  return `&L${escape(footerLine(document.footer, printed, ' · '))}&R${page}`;
}
