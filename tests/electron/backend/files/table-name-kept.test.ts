import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, DocumentTable } from '../../../../shared/domain/documents/document-model';
import { renderPdf } from '../../../../electron/backend/files/pdf/render-pdf';
import { temporaryFolder } from './document-fixtures';
import { pdfPages } from '../../../support/pdf-text';

const columns: DocumentTable['columns'] = [
  { header: 'ลำดับ', kind: 'count', width: 1 },
  { header: 'รายการ', kind: 'text', width: 4 },
  { header: 'จำนวนเงิน', kind: 'money', width: 2 },
];

/** A first table of `length` rows that pushes the second one down the page a row at a time. */
function filler(length: number): DocumentTable {
  return {
    name: 'ตารางนำ',
    columns,
    rows: Array.from({ length }, (_unused, index) => ({ cells: [index + 1, `นำ-${index + 1}`, 100] })),
    emptyText: '',
  };
}

function document(tables: DocumentTable[], signatures: DocumentModel['signatures']): DocumentModel {
  return {
    title: 'ทดสอบหัวตาราง',
    headings: [],
    facts: [],
    tables,
    notes: [],
    signatures,
    footer: { printedOn: '2026-11-25' },
    orientation: 'portrait',
  };
}

/** The page the table's name is printed on also holds its header and its first row. */
function expectNameWithFirstRow(pages: string[][], name: string, firstRow: string, header: string, context: string): void {
  const at = pages.findIndex((page) => page.includes(name));
  expect(at, context).toBeGreaterThanOrEqual(0);
  const page = pages[at] ?? [];
  const after = page.slice(page.indexOf(name));
  expect(after, context).toContain(header);
  expect(after, context).toContain(firstRow);
}

/**
 * A table's name never ends a page on its own (issue 16: seen in the matching-grant proposal, whose last table has
 * one row, its totals and the signatures): wherever the table falls, its name, header and first row share a page.
 */
describe('a table name kept with its header and first row', () => {
  let folder: string;
  beforeAll(() => {
    folder = temporaryFolder();
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps a last table of one row, with its totals and the signatures, together with its name', async () => {
    for (let length = 20; length <= 42; length += 1) {
      const path = join(folder, `one-row-${length}.pdf`);
      const last: DocumentTable = {
        name: 'ตารางสุดท้าย',
        columns,
        rows: [{ cells: [1, 'แถวแรก', 500] }],
        totals: [null, 'รวม', 500],
        emptyText: '',
      };
      await renderPdf(document([filler(length), last], [{ role: 'ประธาน' }, { role: 'เหรัญญิก' }]), path, { isDemo: false });
      expectNameWithFirstRow(await pdfPages(path), 'ตารางสุดท้าย', 'แถวแรก', 'จำนวนเงิน', `${length} rows before`);
    }
  });

  it('keeps an empty last table with the notes and signatures that follow it', async () => {
    for (let length = 20; length <= 42; length += 1) {
      const path = join(folder, `empty-${length}.pdf`);
      const last: DocumentTable = { name: 'ตารางว่าง', columns, rows: [], emptyText: 'ยังไม่มีรายการ' };
      const model = { ...document([filler(length), last], [{ role: 'ประธาน' }, { role: 'เหรัญญิก' }]), notes: ['ขอรับรองว่าข้อมูลเป็นความจริง'] };
      await renderPdf(model, path, { isDemo: false });
      const pages = await pdfPages(path);
      const lastPage = (pages.at(-1) ?? []).join(' ');
      expect(lastPage, `${length} rows before`).toContain('ตารางว่าง');
      expect(lastPage, `${length} rows before`).toContain('เหรัญญิก');
    }
  });

  it('keeps a book that carries its page totals together with its name', async () => {
    for (let length = 20; length <= 42; length += 1) {
      const path = join(folder, `carry-${length}.pdf`);
      const book: DocumentTable = {
        name: 'สมุดตาม',
        columns,
        rows: Array.from({ length: 30 }, (_unused, index) => ({ cells: [index + 1, index === 0 ? 'แถวแรก' : `ตาม-${index + 1}`, 100] })),
        emptyText: '',
        carry: { labelColumn: 1, carriedLabel: 'ยอดยกไป', broughtLabel: 'ยอดยกมา', sumColumns: [2] },
      };
      await renderPdf(document([filler(length), book], []), path, { isDemo: false });
      expectNameWithFirstRow(await pdfPages(path), 'สมุดตาม', 'แถวแรก', 'จำนวนเงิน', `${length} rows before`);
    }
  });
});
