import ExcelJS from 'exceljs';
import type { ImportCell, ImportRow } from '../../../../shared/domain/import/import-cells';
import { failure, success, type Result } from '../../../../shared/domain/result';
import { importColumnLimit, importRowLimit } from './import-limits';

type SheetRows = { rows: ImportRow[]; mergedRanges: string[] };

/**
 * The first worksheet that holds anything, as rows of cells. A formula gives the value Excel last calculated
 * (a formula never calculated, as some programs save them, is a problem on its cell); a merged range gives its
 * top-left value to every cell (exceljs reads a merged cell as its range's first) and is listed for the preview.
 */
export async function xlsxRows(content: Uint8Array): Promise<Result<SheetRows>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(content.buffer, content.byteOffset, content.byteLength) as unknown as ArrayBuffer);
  } catch {
    return failure('import-not-spreadsheet', 'fileId');
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) return failure('import-file-empty', 'fileId');
  if (sheet.actualRowCount - 1 > importRowLimit)
    return failure('import-too-many-rows', 'fileId', { rowCount: sheet.actualRowCount - 1, limit: importRowLimit });
  const columnCount = Math.min(sheet.columnCount, importColumnLimit);
  const rows: ImportRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (ImportCell | null)[] = [];
    for (let column = 1; column <= columnCount; column += 1) cells.push(cellOf(row.getCell(column).value));
    if (cells.some((cell) => cell !== null)) rows.push({ rowNumber, cells });
  });
  return success({ rows, mergedRanges: [...sheet.model.merges] });
}

/** What exceljs holds in a cell, as the import reads it. */
function cellOf(value: ExcelJS.CellValue): ImportCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return dateCell(value);
  if ('richText' in value) return textCell(value.richText.map((part) => part.text).join(''));
  if ('error' in value) return { kind: 'unusable', reason: 'cell-error', text: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null)
      return { kind: 'unusable', reason: 'formula-without-value', text: `=${value.formula ?? ''}` };
    if (typeof result === 'object' && 'error' in result) return { kind: 'unusable', reason: 'cell-error', text: String(result.error) };
    return cellOf(result);
  }
  if ('hyperlink' in value) return textCell(typeof value.text === 'string' ? value.text : '');
  return null;
}

function textCell(text: string): ImportCell | null {
  return text.trim() === '' ? null : { kind: 'text', text };
}

/** exceljs gives date cells as UTC instants of the sheet's day (and time); the day is what the sheet shows. */
function dateCell(value: Date): ImportCell {
  const rounded = new Date(Math.round(value.getTime() / 60_000) * 60_000);
  return { kind: 'date', year: rounded.getUTCFullYear(), month: rounded.getUTCMonth() + 1, day: rounded.getUTCDate() };
}
