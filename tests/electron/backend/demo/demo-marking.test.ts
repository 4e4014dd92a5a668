import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProducedFile } from '../../../../shared/api/fund-types';
import { fundInput } from '../../../support/builders';
import { pdfPages } from '../../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../../support/test-backend';

/** Issue 19 §3: "ตัวอย่าง" on every PDF page and every Excel sheet a demo fund makes, and on none of a real fund's. */
describe('a demo fund marks its files', () => {
  let backend: TestBackend;
  beforeEach(() => {
    backend = createTestBackend('2026-11-25');
    mkdirSync(join(backend.home, 'Funds'), { recursive: true });
  });
  afterEach(() => backend.close());

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  async function sheetsOf(file: ProducedFile): Promise<ExcelJS.Worksheet[]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(file));
    return book.worksheets;
  }

  it('says ตัวอย่าง on every page of its PDFs and at the top and in the print header of every sheet', async () => {
    expectOk(await backend.app['demo.create']({ location: join(backend.home, 'Funds', 'demo.swfund'), size: 'small', seed: 3 }));
    const pdf = expectOk(await backend.fund['exports.memberRegister']({ format: 'pdf' }));
    const pages = await pdfPages(await saved(pdf));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.join(' ')).toContain('ตัวอย่าง — กองทุนตัวอย่างสำหรับฝึกอบรม');
    const sheets = await sheetsOf(expectOk(await backend.fund['exports.arrears']({ format: 'xlsx' })));
    for (const sheet of sheets) {
      expect(sheet.getCell('A1').text).toContain('ตัวอย่าง');
      expect(sheet.headerFooter.oddHeader).toContain('ตัวอย่าง');
    }
  });

  it('leaves a real fund’s files unmarked', async () => {
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'Funds', 'real.swfund'))));
    const pages = await pdfPages(await saved(expectOk(await backend.fund['exports.arrears']({ format: 'pdf' }))));
    expect(pages.flat().join(' ')).not.toContain('ตัวอย่าง');
    const sheets = await sheetsOf(expectOk(await backend.fund['exports.arrears']({ format: 'xlsx' })));
    expect(sheets[0]?.getCell('A1').text).not.toContain('ตัวอย่าง');
  });
});
