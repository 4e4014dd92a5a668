import { cellText, columnAlign } from '../../../../shared/domain/documents/cell-text';
import type { CellValue, DocumentColumn, DocumentTable, PageCarry } from '../../../../shared/domain/documents/document-model';
import { wrapText } from './line-breaks';
import { contentWidth, drawLine, drawParagraph, ensureRoom, startPage, type PageFlow, type TextStyle } from './pdf-flow';
import { useFont, type FontWeight } from './pdf-fonts';
import { lineHeightOf, pdfStyle } from './pdf-style';

type CellLayout = { readonly lines: readonly string[]; readonly size: number; readonly weight: FontWeight };
type RowLayout = { readonly cells: readonly CellLayout[]; readonly height: number };
type RowLook = { readonly weight: 'regular' | 'bold'; readonly color: string; readonly fill?: string };

/**
 * A table that flows over as many pages as it needs: a row is never split across pages, the header row is
 * repeated at the top of every page the table continues on, and the table's name stays with its header and
 * first row. Text wraps inside its cell; a figure, a date or a name too wide for its column is set smaller
 * rather than cut. `keepWithEnd` is the height of what must follow the table on its last page (the notes and
 * signatures under the last table): when it does not fit there, the last row and the totals go over with it.
 * A table with `carry` (a book) ends each page it continues from with a carried-forward row and starts the next,
 * under the repeated header, with the same figures brought forward; room for that row is kept on every page.
 */
export function drawTable(flow: PageFlow, table: DocumentTable, keepWithEnd = 0): void {
  const widths = columnWidths(flow, table.columns);
  const nameStyle: TextStyle = { weight: 'bold', size: pdfStyle.size.tableName };
  const nameHeight = lineHeightOf(nameStyle.size) + pdfStyle.gap.beforeTableName;
  const header = layoutRow(
    flow.doc,
    table.columns.map((column) => ({ text: column.header, column: { ...column, kind: 'text' as const, wrap: 'words' as const } })),
    widths,
    'bold',
  );
  const rows = table.rows.map((row) => ({
    layout: layoutRow(
      flow.doc,
      cellsOf(table.columns, row.cells),
      widths,
      row.strongCells
        ? table.columns.map((_column, index) => (row.strongCells?.includes(index) ? 'bold' : 'regular'))
        : row.emphasis === 'strong'
          ? 'bold'
          : 'regular',
    ),
    look: lookOf(row.emphasis),
  }));
  const totals = table.totals ? layoutRow(flow.doc, cellsOf(table.columns, table.totals), widths, 'bold') : undefined;

  const carried = table.carry ? carryTracker(table.carry, table.columns.length) : undefined;
  const carryLook: RowLook = { weight: 'bold', color: pdfStyle.color.text, fill: pdfStyle.color.totalsFill };
  const carryRow = (label: string) => layoutRow(flow.doc, cellsOf(table.columns, carried?.cells(label) ?? []), widths, 'bold');
  // Every carried row is as tall as this one: a label and figures on one line each.
  const reserve = carried && table.carry ? carryRow(table.carry.carriedLabel).height : 0;
  const endHeight = (totals?.height ?? 0) + keepWithEnd;

  // The name goes over with the header and the first row as that row will be placed: with room for a carried row
  // after it, and, when it is also the last row (or the table is empty), with what must follow it (the totals,
  // notes and signatures), so a signature never stands on a page without its table's end.
  const first = rows[0]?.layout.height ?? lineHeightOf(pdfStyle.size.note);
  const firstKeeps = rows.length <= 1 && keepWithEnd > 0 ? endHeight : reserve;
  ensureRoom(flow, nameHeight + header.height + first + firstKeeps);
  drawLine(flow.doc, table.name, flow.left, flow.y, contentWidth(flow), 'left', nameStyle);
  flow.y += nameHeight;
  if (table.rows.length === 0) {
    drawParagraph(flow, table.emptyText, { weight: 'regular', size: pdfStyle.size.note, color: pdfStyle.color.muted });
    return;
  }
  const headerLook: RowLook = { weight: 'bold', color: pdfStyle.color.text, fill: pdfStyle.color.headerFill };
  drawRow(flow, header, table.columns, widths, headerLook, true);
  const nextPage = () => {
    if (carried && table.carry) drawRow(flow, carryRow(table.carry.carriedLabel), table.columns, widths, carryLook, false);
    startPage(flow);
    drawRow(flow, header, table.columns, widths, headerLook, true);
    if (carried && table.carry) drawRow(flow, carryRow(table.carry.broughtLabel), table.columns, widths, carryLook, false);
  };
  const place = (layout: RowLayout, look: RowLook, cells?: readonly CellValue[]) => {
    // The last piece (the totals) needs no carried row after it; anything else keeps room for one.
    if (flow.y + layout.height + (cells ? reserve : 0) > flow.bottom) nextPage();
    drawRow(flow, layout, table.columns, widths, look, false);
    if (cells) carried?.add(cells);
  };
  rows.forEach((row, index) => {
    const isLast = index === rows.length - 1;
    // The last row starts a new page (header repeated) rather than leave the totals and signatures alone there;
    // a table of one row was kept whole above, and moving its only row would leave the name and header alone.
    if (isLast && index > 0 && keepWithEnd > 0 && flow.y + row.layout.height + endHeight > flow.bottom && flow.y > flow.top) nextPage();
    place(row.layout, row.look, table.rows[index]?.cells ?? []);
  });
  if (totals) place(totals, { weight: 'bold', color: pdfStyle.color.text, fill: pdfStyle.color.totalsFill });
}

/** The figures a book carries: sums of the summed columns over the rows printed so far, and the last balance. */
function carryTracker(carry: PageCarry, width: number) {
  const sums = new Map<number, number>(carry.sumColumns.map((column) => [column, 0]));
  let balance: CellValue = null;
  return {
    add(cells: readonly CellValue[]) {
      for (const column of carry.sumColumns) {
        const value = cells[column];
        if (typeof value === 'number') sums.set(column, (sums.get(column) ?? 0) + value);
      }
      const value = carry.balanceColumn === undefined ? null : cells[carry.balanceColumn];
      if (typeof value === 'number') balance = value;
    },
    cells(label: string): CellValue[] {
      return Array.from({ length: width }, (_unused, column) => {
        if (column === carry.labelColumn) return label;
        if (sums.has(column)) return sums.get(column) ?? 0;
        return column === carry.balanceColumn ? balance : null;
      });
    },
  };
}

function columnWidths(flow: PageFlow, columns: readonly DocumentColumn[]): number[] {
  const shares = columns.reduce((sum, column) => sum + column.width, 0);
  return columns.map((column) => (contentWidth(flow) * column.width) / shares);
}

function cellsOf(columns: readonly DocumentColumn[], values: readonly CellValue[]): { text: string; column: DocumentColumn }[] {
  return columns.map((column, index) => ({ text: cellText(column.kind, values[index] ?? null), column }));
}

function lookOf(emphasis: 'muted' | 'strong' | undefined): RowLook {
  if (emphasis === 'muted') return { weight: 'regular', color: pdfStyle.color.muted };
  return { weight: emphasis === 'strong' ? 'bold' : 'regular', color: pdfStyle.color.text };
}

function layoutRow(
  doc: PDFKit.PDFDocument,
  cells: readonly { text: string; column: DocumentColumn }[],
  widths: readonly number[],
  weight: FontWeight | readonly FontWeight[],
): RowLayout {
  const layouts = cells.map(({ text, column }, index) =>
    layoutCell(
      doc,
      text,
      column,
      (widths[index] ?? 0) - 2 * pdfStyle.cell.paddingX,
      typeof weight === 'string' ? weight : (weight[index] ?? 'regular'),
    ),
  );
  const height = Math.max(...layouts.map((cell) => cell.lines.length * lineHeightOf(cell.size)), lineHeightOf(pdfStyle.size.table));
  return { cells: layouts, height: height + 2 * pdfStyle.cell.paddingY };
}

/**
 * Text wraps at Thai word boundaries (names at spaces only). A figure, a date or a month never wraps: it is set
 * just small enough to fit its column. A single word of a name too wide for its column is set smaller too, down
 * to the minimum size, and only past that is the name broken between dictionary words.
 */
function layoutCell(doc: PDFKit.PDFDocument, text: string, column: DocumentColumn, width: number, weight: FontWeight): CellLayout {
  const measure = (line: string) => doc.widthOfString(line);
  useFont(doc, weight, pdfStyle.size.table);
  if (column.kind !== 'text') {
    const natural = measure(text);
    if (natural <= width) return { lines: [text], size: pdfStyle.size.table, weight };
    // A hair under the exact fit, so rounding in the PDF viewer never pushes the last digit over the rule.
    return { lines: [text], size: (pdfStyle.size.table * width * 0.98) / natural, weight };
  }
  for (let size: number = pdfStyle.size.table; ; size = Math.max(pdfStyle.minimumSize, size - 0.5)) {
    useFont(doc, weight, size);
    const wrapped = wrapText(text, width, measure, column.wrap ?? 'words');
    if (!wrapped.isWordCut || size === pdfStyle.minimumSize) return { lines: wrapped.lines, size, weight };
  }
}

function drawRow(
  flow: PageFlow,
  layout: RowLayout,
  columns: readonly DocumentColumn[],
  widths: readonly number[],
  look: RowLook,
  isHeader: boolean,
): void {
  const { doc } = flow;
  const top = flow.y;
  const width = contentWidth(flow);
  if (look.fill) doc.rect(flow.left, top, width, layout.height).fill(look.fill);
  let x = flow.left;
  layout.cells.forEach((cell, index) => {
    const column = columns[index];
    const cellWidth = widths[index] ?? 0;
    const align = isHeader || !column ? 'center' : columnAlign(column);
    const lineHeight = lineHeightOf(cell.size);
    // Header labels sit in the middle of the header row; a cell set smaller than the row's size sits on the
    // row's first baseline, not at its top.
    const shift = isHeader
      ? (layout.height - 2 * pdfStyle.cell.paddingY - cell.lines.length * lineHeight) / 2
      : (pdfStyle.size.table - cell.size) * pdfStyle.baseline;
    const style = { weight: cell.weight, size: cell.size, color: look.color };
    cell.lines.forEach((line, lineIndex) => {
      const lineTop = top + pdfStyle.cell.paddingY + shift + lineIndex * lineHeight;
      drawLine(doc, line, x + pdfStyle.cell.paddingX, lineTop, cellWidth - 2 * pdfStyle.cell.paddingX, align, style);
    });
    x += cellWidth;
  });
  drawRules(flow, widths, top, layout.height, isHeader);
  flow.y = top + layout.height;
}

/** Light lines between rows and columns; a darker frame round the header. */
function drawRules(flow: PageFlow, widths: readonly number[], top: number, height: number, isHeader: boolean): void {
  const { doc } = flow;
  doc.lineWidth(isHeader ? 0.7 : 0.4).strokeColor(isHeader ? pdfStyle.color.rule : pdfStyle.color.lightRule);
  let x = flow.left;
  doc.moveTo(x, top).lineTo(x, top + height);
  for (const width of widths) {
    x += width;
    doc.moveTo(x, top).lineTo(x, top + height);
  }
  doc.moveTo(flow.left, top + height).lineTo(flow.right, top + height);
  if (isHeader) doc.moveTo(flow.left, top).lineTo(flow.right, top);
  doc.stroke();
}
