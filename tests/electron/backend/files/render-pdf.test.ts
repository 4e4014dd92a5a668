import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { renderPdf } from '../../../../electron/backend/files/pdf/render-pdf';
import { temporaryFolder } from './document-fixtures';
import { pdfPageSizes, pdfPages, pdfPlacedTexts } from '../../../support/pdf-text';

const base: DocumentModel = {
  title: 'ทดสอบเอกสาร',
  headings: [],
  facts: [],
  tables: [],
  notes: [],
  signatures: [],
  footer: { printedOn: '2026-11-25' },
  orientation: 'portrait',
};

describe('the PDF renderer', () => {
  let folder: string;
  beforeAll(() => {
    folder = temporaryFolder();
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives back Thai words exactly as written, SARA AM, stacked tone marks and tailless letters included', async () => {
    const words = ['น้ำ', 'ทำ', 'ต่ำ', 'ป้ำ', 'ค้ำจุน', 'ลำภู', 'ค้างชำระ', 'ปี่', 'ญาณิศา', 'ฐิติพร', 'กู้เกียรติ', 'ฤๅษี', 'ศักดิ์', 'บ้านน้ำตก'];
    const path = join(folder, 'words.pdf');
    await renderPdf({ ...base, notes: [words.join(' '), `${words.join('')} 1,234.50 บาท`] }, path, { isDemo: false });
    const texts = (await pdfPages(path)).flat();
    expect(texts).toContain(words.join(' '));
    expect(texts).toContain(`${words.join('')} 1,234.50 บาท`);
  });

  it('wraps a name too long for its column at the space, and running text between whole words', async () => {
    const name = 'นางสาวกิ่งกาญจน์ ประเสริฐวงศ์ศักดิ์สกุลไทย';
    const sentence = 'กองทุนสวัสดิการชุมชนตำบลหนองบัวลำภูจัดประชุมคณะกรรมการเพื่อพิจารณาจ่ายเงินสวัสดิการ';
    const path = join(folder, 'narrow.pdf');
    await renderPdf(
      {
        ...base,
        tables: [
          {
            name: 'ตารางแคบ',
            columns: [
              { header: 'ชื่อ-สกุล', kind: 'text', width: 1.25, wrap: 'spaces' },
              { header: 'รายการ', kind: 'text', width: 1.25 },
              { header: 'อื่น ๆ', kind: 'text', width: 5 },
            ],
            rows: [{ cells: [name, sentence, null] }],
            emptyText: '',
          },
        ],
      },
      path,
      { isDemo: false },
    );
    const texts = (await pdfPages(path)).flat();
    const at = texts.indexOf('นางสาวกิ่งกาญจน์');
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe('ประเสริฐวงศ์ศักดิ์สกุลไทย');
    const lines = texts.slice(at + 2);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toContain(sentence);
    const boundaries = new Set<number>();
    let offset = 0;
    for (const { segment } of new Intl.Segmenter('th', { granularity: 'word' }).segment(sentence))
      boundaries.add((offset += segment.length));
    let end = 0;
    for (const line of lines.filter((line) => sentence.includes(line))) {
      end += line.length;
      expect(boundaries.has(end), line).toBe(true);
    }
  });

  it('sets a figure too wide for its column just small enough to fit inside it, never cut or spilling over', async () => {
    const path = join(folder, 'figure.pdf');
    await renderPdf(
      {
        ...base,
        tables: [
          {
            name: 'ตัวเลข',
            columns: [
              { header: 'เงิน', kind: 'money', width: 0.6 },
              { header: 'ว่าง', kind: 'text', width: 8 },
            ],
            rows: [{ cells: [123456789012, null] }],
            emptyText: '',
          },
        ],
      },
      path,
      { isDemo: false },
    );
    const figure = (await pdfPlacedTexts(path)).find((placed) => placed.text === '1,234,567,890.12');
    const header = (await pdfPlacedTexts(path)).find((placed) => placed.text === 'เงิน');
    expect(figure).toBeDefined();
    expect(header).toBeDefined();
    // The column starts at the 20 mm margin and is 0.6 / 8.6 of the 175 mm line wide.
    const left = (20 * 72) / 25.4;
    const right = left + ((175 * 72) / 25.4) * (0.6 / 8.6);
    expect(figure?.left).toBeGreaterThan(left);
    expect(figure?.right).toBeLessThan(right);
  });

  it('prints in landscape when asked, with the page count in every footer', async () => {
    const path = join(folder, 'landscape.pdf');
    const rows = Array.from({ length: 120 }, (_, index) => ({ cells: [index + 1, `รายการที่ ${index + 1}`] }));
    const result = await renderPdf(
      {
        ...base,
        orientation: 'landscape',
        tables: [
          {
            name: 'แนวนอน',
            columns: [
              { header: 'ลำดับ', kind: 'count', width: 1 },
              { header: 'รายการ', kind: 'text', width: 6 },
            ],
            rows,
            emptyText: '',
          },
        ],
        signatures: [{ role: 'เหรัญญิก', name: 'นางมาลี ใจดี' }],
      },
      path,
      { isDemo: false },
    );
    expect(result.pages).toBeGreaterThan(3);
    expect(new Set((await pdfPageSizes(path)).map(String))).toEqual(new Set(['842,595']));
    const pages = await pdfPages(path);
    expect(pages[0]?.join(' ')).toContain(`หน้า 1 / ${result.pages}`);
    expect(pages.at(-1)).toContain('(นางมาลี ใจดี)');
  });

  it('never leaves the signatures alone on a page: the last row and the totals go over with them', async () => {
    // Lists of every length from one that fits a page to one that runs well over it: wherever the table ends,
    // the page with the signatures also has the table's last row and its totals.
    const lengths = Array.from({ length: 26 }, (_, index) => 24 + index);
    for (const length of lengths) {
      const path = join(folder, `keep-${length}.pdf`);
      await renderPdf(
        {
          ...base,
          tables: [
            {
              name: 'รายการ',
              columns: [
                { header: 'ลำดับ', kind: 'count', width: 1 },
                { header: 'รายการ', kind: 'text', width: 4 },
                { header: 'จำนวนเงิน', kind: 'money', width: 2 },
              ],
              rows: Array.from({ length }, (_, index) => ({ cells: [index + 1, `แถว-${index + 1}`, 3000] })),
              totals: [null, 'รวม', length * 3000],
              emptyText: '',
            },
          ],
          notes: ['หมายเหตุท้ายตาราง'],
          signatures: [{ role: 'ผู้เก็บเงิน' }, { role: 'เหรัญญิก' }, { role: 'ผู้ตรวจสอบ' }],
        },
        path,
        { isDemo: false },
      );
      const pages = await pdfPages(path);
      const last = (pages[pages.length - 1] ?? []).join(' ');
      expect(last, `${length} rows`).toContain(`แถว-${length}`);
      expect(last, `${length} rows`).toContain('ผู้ตรวจสอบ');
    }
  });
});
