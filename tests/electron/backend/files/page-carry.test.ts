import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { documentProblems } from '../../../../shared/domain/documents/document-problems';
import { renderPdf } from '../../../../electron/backend/files/pdf/render-pdf';
import { temporaryFolder } from './document-fixtures';
import { pdfPages } from '../../../support/pdf-text';

/** A book of `count` lines of 1.00 baht in, each with its running balance after 10.00 baht brought forward. */
function book(count: number): DocumentModel {
  return {
    title: 'สมุดทดสอบ',
    headings: [],
    facts: [],
    notes: [],
    signatures: [],
    footer: { printedOn: '2026-11-25' },
    orientation: 'landscape',
    tables: [
      {
        name: 'สมุดทดสอบ',
        columns: [
          { header: 'รายการ', kind: 'text', width: 4 },
          { header: 'รับ', kind: 'money', width: 1 },
          { header: 'คงเหลือ', kind: 'money', width: 1 },
        ],
        rows: [
          { cells: ['เริ่มต้น', null, 1_000] },
          ...Array.from({ length: count }, (_unused, index) => ({ cells: [`รายการที่ ${index + 1}`, 100, 1_000 + 100 * (index + 1)] })),
        ],
        totals: ['รวม', 100 * count, 1_000 + 100 * count],
        emptyText: '',
        carry: { labelColumn: 0, carriedLabel: 'ยอดยกไป', broughtLabel: 'ยอดยกมา', sumColumns: [1], balanceColumn: 2 },
      },
    ],
  };
}

describe('page totals carried forward', () => {
  let folder: string;
  beforeAll(() => {
    folder = temporaryFolder();
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('ends each continued page with the sums so far and opens the next with the same figures', async () => {
    const path = join(folder, 'book.pdf');
    const rendered = await renderPdf(book(120), path, { isDemo: false });
    const pages = await pdfPages(path);
    expect(rendered.pages).toBeGreaterThan(2);
    for (let index = 0; index < pages.length - 1; index += 1) {
      const page = pages[index] ?? [];
      const next = pages[index + 1] ?? [];
      const carried = page.indexOf('ยอดยกไป');
      const brought = next.indexOf('ยอดยกมา');
      expect(carried).toBeGreaterThan(0);
      expect(brought).toBeGreaterThan(0);
      // The figures after the label: the sum of รับ so far and the last balance, the same on both pages.
      const lastLine = Number(/รายการที่ (\d+)/.exec(page.filter((text) => text.startsWith('รายการที่')).at(-1) ?? '')?.[1]);
      expect(page.slice(carried + 1, carried + 3)).toEqual(
        [lastLine.toFixed(2), (10 + lastLine).toFixed(2)].map((value) =>
          Number(value).toLocaleString('en-US', { minimumFractionDigits: 2 }),
        ),
      );
      expect(next.slice(brought + 1, brought + 3)).toEqual(page.slice(carried + 1, carried + 3));
    }
    // The last page has its totals and no carried row.
    expect(pages.at(-1)).not.toContain('ยอดยกไป');
    expect(pages.at(-1)).toContain('รวม');
  });

  it('prints a book that fits one page without carried rows, and refuses a carry into a column without figures', async () => {
    const path = join(folder, 'short.pdf');
    await renderPdf(book(3), path, { isDemo: false });
    const texts = (await pdfPages(path)).flat();
    expect(texts).not.toContain('ยอดยกไป');
    expect(texts).not.toContain('ยอดยกมา');
    const [table] = book(1).tables;
    if (!table?.carry) throw new Error('no table');
    const wrong = { ...book(1), tables: [{ ...table, carry: { ...table.carry, sumColumns: [0] } }] };
    expect(documentProblems(wrong)).toEqual(['table "สมุดทดสอบ" carries column 1, which holds no figures']);
  });
});
