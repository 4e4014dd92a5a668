import ExcelJS from 'exceljs';
import { columnLetter, cellText, type ImportRow } from '../../../../shared/domain/import/import-cells';

/** A column of the template: its Thai header, the example's value, and what Excel checks as it is typed. */
export type TemplateColumn = {
  header: string;
  example: string;
  width: number;
  /** A list to choose from (gender, title), or a date typed as d/m/yyyy (B.E.), or free text. */
  check: { kind: 'list'; choices: readonly string[] } | { kind: 'date' } | { kind: 'month' } | { kind: 'text' };
};

export type TemplateWords = {
  sheetName: string;
  exampleSheetName: string;
  dateTitle: string;
  datePrompt: string;
  monthPrompt: string;
  listTitle: string;
  listPrompt: string;
};

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E8F5' } };
const problemFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFD6D6' } };
const templateRows = 2000;

/**
 * exceljs keeps a sheet's validations by range (written as one `sqref` each) but leaves the map out of its types;
 * one rule per column range keeps the file small, where a rule per cell would repeat it 2,000 times.
 */
type RangeValidations = { dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void } };

function headerRow(sheet: ExcelJS.Worksheet, headers: readonly string[]): void {
  const row = sheet.addRow([...headers]);
  row.font = { bold: true };
  row.eachCell((cell) => (cell.fill = headerFill));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * The template (issue 19 §1): a sheet to fill with the import's Thai headers, every cell kept as text (so
 * 15/03/2567 stays as typed, whatever Excel's calendar) and checked by Excel as it is typed where Excel can — a
 * list for gender and title, the d/m/yyyy shape for dates, m/yyyy for the paid-through month — and a second sheet
 * with one example member.
 */
export async function writeTemplate(path: string, columns: readonly TemplateColumn[], words: TemplateWords): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(words.sheetName);
  headerRow(
    sheet,
    columns.map((column) => column.header),
  );
  for (const [index, column] of columns.entries()) {
    const letter = columnLetter(index);
    sheet.getColumn(index + 1).width = column.width;
    sheet.getColumn(index + 1).numFmt = '@';
    const range = `${letter}2:${letter}${templateRows}`;
    const first = `${letter}2`;
    if (column.check.kind === 'list')
      (sheet as unknown as RangeValidations).dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.check.choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: words.listTitle,
        error: words.listPrompt,
      });
    if (column.check.kind === 'date' || column.check.kind === 'month') {
      // A real date cell, or text whose last four characters are a year: d/m/yyyy or m/yyyy.
      const parts = column.check.kind === 'date' ? 2 : 1;
      const slashes = `LEN(${first})-LEN(SUBSTITUTE(${first},"/",""))=${parts}`;
      (sheet as unknown as RangeValidations).dataValidations.add(range, {
        type: 'custom',
        allowBlank: true,
        formulae: [`OR(ISNUMBER(${first}),AND(${slashes},ISNUMBER(VALUE(RIGHT(${first},4)))))`],
        showErrorMessage: true,
        showInputMessage: true,
        promptTitle: words.dateTitle,
        prompt: column.check.kind === 'date' ? words.datePrompt : words.monthPrompt,
        errorTitle: words.dateTitle,
        error: column.check.kind === 'date' ? words.datePrompt : words.monthPrompt,
      });
    }
  }
  const example = workbook.addWorksheet(words.exampleSheetName);
  headerRow(
    example,
    columns.map((column) => column.header),
  );
  example.addRow(columns.map((column) => column.example));
  columns.forEach((column, index) => (example.getColumn(index + 1).width = column.width));
  await workbook.xlsx.writeFile(path);
}

export type RejectedRow = { row: ImportRow; reasons: string; problemColumns: ReadonlySet<number> };

/**
 * The rows the import could not take, as they were written, with a last column saying why (in Thai), and the
 * cells at fault shaded: fixed, the file is imported again like any other.
 */
export async function writeRejectedRows(
  path: string,
  headers: readonly string[],
  reasonHeader: string,
  rejected: readonly RejectedRow[],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('rejected');
  headerRow(sheet, [...headers, reasonHeader]);
  for (const { row, reasons, problemColumns } of rejected) {
    const values = headers.map((_header, index) => cellText(row.cells[index]));
    const added = sheet.addRow([...values, reasons]);
    for (const column of problemColumns) added.getCell(column + 1).fill = problemFill;
    added.getCell(headers.length + 1).alignment = { wrapText: true, vertical: 'top' };
  }
  headers.forEach((_header, index) => {
    sheet.getColumn(index + 1).width = 16;
    sheet.getColumn(index + 1).numFmt = '@';
  });
  sheet.getColumn(headers.length + 1).width = 80;
  await workbook.xlsx.writeFile(path);
}
