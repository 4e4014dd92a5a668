import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderExcel } from '../../../../electron/backend/files/excel/render-excel';
import { renderPdf } from '../../../../electron/backend/files/pdf/render-pdf';
import { arrearsDocument, type ArrearsListInput } from '../../../../electron/backend/files/reports/arrears-document';
import { arrearsRows, fundProfile, memberName, temporaryFolder } from './document-fixtures';
import { pdfPages } from '../../../support/pdf-text';

const input = (rows: ArrearsListInput['rows'], place: ArrearsListInput['place'] = null): ArrearsListInput => ({
  fund: fundProfile,
  rows,
  asOf: '2026-11-25',
  minMonths: 3,
  place,
  printedOn: '2026-11-25',
});

describe('the arrears list as a document', () => {
  let folder: string;
  beforeAll(() => {
    folder = temporaryFolder();
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('builds the list with its filter, the three totals above and under it, and names that wrap only at spaces', () => {
    const rows = arrearsRows(3);
    const document = arrearsDocument(input(rows, 'หมู่ 5 บ้านหนองบัว'));
    expect(document.title).toBe('รายชื่อสมาชิกค้างส่งเงินสมทบ');
    expect(document.headings).toEqual([
      'กองทุนสวัสดิการชุมชนตำบลหนองบัวลำภู',
      'ที่ทำการ อบต.หนองบัวลำภู ตำบลหนองบัวลำภู อำเภอท่าแซะ จังหวัดชุมพร 86140',
      'ข้อมูล ณ วันที่ 25 พฤศจิกายน พ.ศ. 2569',
      'หมู่ 5 บ้านหนองบัว · ค้างตั้งแต่ 3 เดือนขึ้นไป',
    ]);
    const owed = 123450 + 4 * 3000 + 50 + 5 * 3000 + 100;
    expect(document.facts.map((fact) => fact.value)).toEqual([3, 3 + 4 + 5, owed]);
    const [table] = document.tables;
    expect(table?.columns.map((column) => column.header)).toEqual([
      'ลำดับ',
      'เลขที่สมาชิก',
      'ชื่อ-สกุล',
      'หมู่ / หมู่บ้าน',
      'ค้าง (เดือน)',
      'ค้างตั้งแต่เดือน',
      'ยอดค้าง (บาท)',
    ]);
    expect(table?.columns[2]?.wrap).toBe('spaces');
    expect(table?.rows[0]?.cells).toEqual([1, '00001', memberName(0), 'หมู่ 1 บ้านหนองบัว', 3, '2025-01', 123450]);
    expect(table?.totals).toEqual([null, null, 'รวม 3 คน', null, 12, null, owed]);
    expect(arrearsDocument(input(rows)).headings[3]).toBe('ทุกหมู่บ้าน · ค้างตั้งแต่ 3 เดือนขึ้นไป');
    // Every label came from th.json: a missing key would show as its own name.
    expect(JSON.stringify(document)).not.toContain('documents.');
  });

  it('prints 1,000 members over many A4 pages: header on every page, rows whole, Thai names and B.E. months extractable', async () => {
    const rows = arrearsRows(1000);
    const path = join(folder, 'arrears.pdf');
    const result = await renderPdf(arrearsDocument(input(rows)), path, { isDemo: false });
    expect(result.pages).toBeGreaterThan(20);
    expect(result.bytes).toBe(statSync(path).size);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const pages = await pdfPages(path);
    expect(pages).toHaveLength(result.pages);
    const all = pages.flat();
    expect(all.join('')).not.toMatch(/[\u0000-\u0008\ufffd]/);
    expect(all).toContain('รายชื่อสมาชิกค้างส่งเงินสมทบ');
    expect(all).toContain('1,234.50');
    expect(all).toContain('ม.ค. 2568');
    expect(all).toContain('รวม 1,000 คน');
    expect(all).toContain('หมู่ 4 บ้านหนองบัว');
    // Every page: the column header again, the page number of the whole, the printed-on date.
    pages.forEach((page, index) => {
      const header = page.indexOf('ลำดับ');
      expect(header, `page ${index + 1}`).toBeGreaterThanOrEqual(0);
      // A header that wraps in its cell comes back line by line.
      expect(page.slice(header, header + 12).join('')).toMatch(/^ลำดับเลขที่สมาชิกชื่อ-สกุลหมู่ \/ หมู่บ้านค้าง\(เดือน\)ค้างตั้งแต่เดือนยอดค้าง\(บาท\)/);
      if (index > 0) expect(page[0], `page ${index + 1}`).toBe('ลำดับ');
      expect(page.join(' ')).toContain(`หน้า ${index + 1} / ${pages.length}`);
      expect(page.join(' ')).toContain('พิมพ์เมื่อ 25 พ.ย. 2569');
    });
    // Every member once, whole: a name fits on its line, or breaks only at the space between first name and
    // surname, and both of its lines are on the same page (a row never splits across pages).
    for (const [index, row] of rows.entries()) {
      const page = pages.find((texts) => texts.includes(row.memberNo));
      expect(page, row.memberNo).toBeDefined();
      const at = page?.indexOf(row.memberNo) ?? -1;
      const [first, last] = memberName(index).split(' ');
      const next = page?.slice(at + 1, at + 3) ?? [];
      expect(next[0] === memberName(index) || (next[0] === first && next[1] === last), `${row.memberNo}: ${next.join(' | ')}`).toBe(true);
    }
  });

  it('writes the same list to Excel: typed cells, baht as numbers, B.E. dates, a frozen bold header and the total', async () => {
    const rows = arrearsRows(1000);
    const path = join(folder, 'arrears.xlsx');
    const result = await renderExcel(arrearsDocument(input(rows)), path, { isDemo: false });
    expect(result).toEqual({ bytes: statSync(path).size, sheets: 1 });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['สมาชิกค้างส่งเงินสมทบ']);
    const sheet = workbook.getWorksheet('สมาชิกค้างส่งเงินสมทบ');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('รายชื่อสมาชิกค้างส่งเงินสมทบ');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('กองทุนสวัสดิการชุมชนตำบลหนองบัวลำภู');
    // Title, four headings, a blank line, three facts, a blank line, the table's name, then the header row.
    const header = 12;
    expect(sheet.getCell('A7').value).toBe('สมาชิกค้างส่ง (คน)');
    expect(sheet.getCell(9, 1).value).toBe('ยอดค้างรวม (บาท)');
    const owedFact = numericCells(sheet.getRow(9))[0];
    if (!owedFact) throw new Error('no figure for the owed total');
    expect(owedFact.value).toBe(rows.reduce((sum, row) => sum + row.owedSatang, 0) / 100);
    expect(owedFact.numFmt).toBe('#,##0.00');
    expect(sheet.getRow(header).values).toEqual([
      undefined,
      'ลำดับ',
      'เลขที่สมาชิก',
      'ชื่อ-สกุล',
      'หมู่ / หมู่บ้าน',
      'ค้าง (เดือน)',
      'ค้างตั้งแต่เดือน',
      'ยอดค้าง (บาท)',
    ]);
    expect(sheet.getCell(header, 3).font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(sheet.autoFilter).toBeTruthy();

    const first = sheet.getRow(header + 1);
    expect(first.getCell(2).value).toBe('00001');
    expect(first.getCell(3).value).toBe(memberName(0));
    expect(first.getCell(7).value).toBe(1234.5);
    expect(first.getCell(7).numFmt).toBe('#,##0.00');
    expect(first.getCell(6).value).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(first.getCell(6).numFmt).toBe('[$-107041E]mmm yyyy;@');

    const totals = sheet.getRow(header + 1001);
    expect(totals.getCell(3).value).toBe('รวม 1,000 คน');
    // Totals are formulas over their column, carrying the ledger's figure as the result Excel shows first.
    expect(totals.getCell(5).value).toEqual({
      formula: `SUM(E${header + 1}:E${header + 1000})`,
      result: rows.reduce((sum, row) => sum + row.arrearsMonths, 0),
    });
    expect(totals.getCell(7).value).toEqual({
      formula: `SUM(G${header + 1}:G${header + 1000})`,
      result: rows.reduce((sum, row) => sum + row.owedSatang, 0) / 100,
    });
    expect(totals.getCell(7).font.bold).toBe(true);
    expect(sheet.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
  });

  it('says there is nobody in arrears instead of printing an empty table', async () => {
    const document = arrearsDocument(input([]));
    expect(document.tables[0]?.totals).toBeUndefined();
    const pdf = join(folder, 'empty.pdf');
    expect((await renderPdf(document, pdf, { isDemo: false })).pages).toBe(1);
    const texts = (await pdfPages(pdf)).flat();
    expect(texts).toContain('ไม่มีสมาชิกค้างชำระ');
    expect(texts).not.toContain('ชื่อ-สกุล');
    expect(texts).not.toContain('ลำดับ');

    const xlsx = join(folder, 'empty.xlsx');
    await renderExcel(document, xlsx, { isDemo: false });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const values: unknown[] = [];
    workbook.worksheets[0]?.eachRow((row) => values.push(row.getCell(1).value));
    expect(values).toContain('ไม่มีสมาชิกค้างชำระ');
  });

  it('refuses a model whose figures are not whole satang, and leaves no file behind', async () => {
    const document = arrearsDocument(input(arrearsRows(2)));
    const table = document.tables[0];
    if (!table) throw new Error('no table');
    const broken = { ...document, tables: [{ ...table, rows: [{ cells: [1, '00001', 'x', null, 3, '2025-01', 12.5] }] }] };
    await expect(renderPdf(broken, join(folder, 'broken.pdf'), { isDemo: false })).rejects.toThrow(/not money/);
    await expect(renderExcel(broken, join(folder, 'broken.xlsx'), { isDemo: false })).rejects.toThrow(/not money/);
    expect(existsSync(join(folder, 'broken.pdf'))).toBe(false);
    expect(existsSync(join(folder, 'broken.xlsx'))).toBe(false);
  });
});

function numericCells(row: ExcelJS.Row): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  row.eachCell((cell) => {
    if (typeof cell.value === 'number') cells.push(cell);
  });
  return cells;
}
