import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderExcel } from '../../../../electron/backend/files/excel/render-excel';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { temporaryFolder } from './document-fixtures';

/** A book-like table: a money column whose total is its sum, and a balance column whose "total" is the closing balance. */
const book: DocumentModel = {
  title: 'สมุดเงินสด',
  headings: [],
  facts: [],
  tables: [
    {
      name: 'สมุดเงินสด',
      columns: [
        { header: 'รายการ', kind: 'text', width: 3 },
        { header: 'รับ', kind: 'money', width: 1 },
        { header: 'คงเหลือ', kind: 'money', width: 1 },
      ],
      rows: [{ cells: ['ยกมา', null, 100_00] }, { cells: ['รับเงินสมทบ', 30_05, 130_05] }, { cells: ['รับเงินบริจาค', 1_000_00, 1_130_05] }],
      totals: ['รวม', 1_030_05, 1_130_05],
      emptyText: '',
    },
  ],
  notes: [],
  signatures: [],
  footer: { printedOn: '2026-11-25' },
  orientation: 'landscape',
};

describe('Excel totals', () => {
  it('writes a total that is its column sum as a SUM formula with the figure as its result, and any other total as a value', async () => {
    const path = join(temporaryFolder(), 'book.xlsx');
    await renderExcel(book, path, { isDemo: false });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    // Title, a blank line, the table's name, then the header row (4), three rows and the totals (8).
    expect(sheet.getRow(4).getCell(2).value).toBe('รับ');
    const totals = sheet.getRow(8);
    expect(totals.getCell(1).value).toBe('รวม');
    expect(totals.getCell(2).value).toEqual({ formula: 'SUM(B5:B7)', result: 1030.05 });
    expect(totals.getCell(2).numFmt).toBe('#,##0.00');
    // The balance column's figure is the closing balance, not a sum of balances: kept as the ledger's value.
    expect(totals.getCell(3).value).toBe(1130.05);
  });
});
