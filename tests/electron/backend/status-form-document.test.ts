import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { pdfPageSizes, pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

const fundName = 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์';
const headings = [
  '1. ข้อมูลกองทุน',
  '2. การก่อตั้งกองทุน',
  '3. สมาชิก',
  '3.3 ประเภทสมาชิก',
  '4. เงินกองทุน',
  '4.3 แหล่งที่มาของเงินกองทุนตั้งแต่ก่อตั้ง',
  '5. การจัดสวัสดิการให้สมาชิก สะสมตั้งแต่ก่อตั้ง',
  '6. การจัดสวัสดิการให้สมาชิก ปีงบประมาณ 2569',
  '7. การสนับสนุนกิจกรรมชุมชนและสังคม ปีงบประมาณ 2569',
  '8. คณะกรรมการกองทุน',
  '9. ระบบการบริหารจัดการกองทุน',
  '10. รายงานฐานะการเงิน',
  '11. การเชื่อมโยงสวัสดิการกับงานพัฒนาอื่น',
  '12. การสนับสนุนที่กองทุนได้รับ',
  '13. แผนพัฒนากองทุน',
  '14. ปัญหาและแนวทางแก้ไข',
  '15. ข้อเสนอแนะ',
];

/** Issue 16 §5: the status form, sections 1–15, from the fund's data and the answers typed for the year. */
describe('the status form document (แบบแสดงสถานะกองทุนสวัสดิการชุมชน)', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    // A mid-life opening from the paper §10: 50,000 contributions + 10,000 CODI = 45,000 cash + 15,000 welfare.
    expectOk(
      await backend.fund['ledger.recordOpeningBalances']({
        requestId: 'opening-paper',
        balances: [{ accountCode: '3100', amountSatang: 4_500_000 }],
        section10Lines: [
          { accountCode: '1100', amountSatang: 5_000_000 },
          { accountCode: '1200', amountSatang: 1_000_000 },
          { accountCode: '5000', amountSatang: 1_500_000 },
        ],
      }),
    );
    expectOk(await backend.fund['members.register'](memberInput(1)));
    expectOk(
      await backend.fund['statusForm.saveSection']({
        fiscalYear: 2026,
        section: 'committee',
        expectedVersion: 0,
        answers: {
          memberCount: 9,
          composition: ['member-representatives', 'monks'],
          members: [{ fullName: 'นางสมศรี ใจดี', fundPosition: 'ประธาน', communityRole: 'ตัวแทนสมาชิก ม.4', phone: '081-234-5678' }],
        },
      }),
    );
    expectOk(
      await backend.fund['printing.updateSettings']({
        receiptPaper: 'a4',
        signers: {
          chair: { fullName: 'นางสมศรี ใจดี', position: '' },
          treasurer: { fullName: '', position: '' },
          secretary: { fullName: '', position: '' },
          checker: { fullName: '', position: '' },
        },
      }),
    );
  });
  afterEach(() => backend.close());

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  it('prints sections 1–15 on A4 with the fund’s Thai name, the figures, the answers, and says plainly what is missing', async () => {
    const counts = tableCounts(backend.db());
    const pdf = expectOk(await backend.fund['exports.statusForm']({ fiscalYear: 2026, format: 'pdf' }));
    expect(pdf.fileName).toBe('แบบแสดงสถานะกองทุน ปีงบประมาณ 2569.pdf');
    const path = await saved(pdf);
    if (process.env.KEEP_PDF) (await import('node:fs')).copyFileSync(path, process.env.KEEP_PDF);
    expect(new Set((await pdfPageSizes(path)).map(([width, height]) => `${width}x${height}`))).toEqual(new Set(['595x842']));
    const text = (await pdfPages(path)).flat().join(' ');
    expect(text).toContain('แบบแสดงสถานะกองทุนสวัสดิการชุมชน');
    expect(text).toContain(fundName);
    for (const heading of headings) expect(text, heading).toContain(heading);
    // §8 from the answers; §9, a section not typed this year, says so; §10 and §4.3 carry the paper's figures.
    expect(text).toContain('นางสมศรี ใจดี');
    expect(text).toContain('ตัวแทนสมาชิก ม.4');
    expect(text).toContain('ยังไม่ได้กรอก');
    expect(text).toContain('50,000');
    expect(text).toContain('45,000.00 บาท');
    // §5 since founding counts the welfare the paper §10 carried in, its persons unknown.
    expect(text).toContain('สวัสดิการที่จ่ายก่อนเริ่มใช้โปรแกรม');
    expect(text).toContain('15,000.00');
    expect(text).toContain('ปีงบประมาณ 2569');
    // The only thing written is the note that the form went out, which the year-end checklist reads.
    const after = tableCounts(backend.db());
    expect(after.produced_documents).toBe((counts.produced_documents ?? 0) + 1);
    expect({ ...after, produced_documents: 0, audit_events: 0, chain_links: 0 }).toEqual({
      ...counts,
      produced_documents: 0,
      audit_events: 0,
      chain_links: 0,
    });
    const checklist = expectOk(await backend.fund['yearEnd.checklist']({ fiscalYear: 2026 }));
    expect(checklist.items.find((item) => item.key === 'statusFormPrinted')?.done).toBe(true);
  });

  it('writes a workbook with a sheet per section, Thai headers and numbers kept as numbers', async () => {
    const workbook = expectOk(await backend.fund['exports.statusForm']({ fiscalYear: 2026, format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe('1. ข้อมูลกองทุน');
    expect(names.some((name) => name.startsWith('10. รายงานฐานะการเงิน'))).toBe(true);
    expect(names.some((name) => name.startsWith('15. ข้อเสนอแนะ'))).toBe(true);
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells).toContain(fundName);
    expect(cells).toContain('เงินสมทบสวัสดิการจากสมาชิก');
    expect(cells).toContain(50_000);
    expect(cells).toContain('ยังไม่ได้กรอก');
    const sources = book.worksheets.find((sheet) => sheet.name.startsWith('4.3'));
    expect(sources?.views[0]).toMatchObject({ state: 'frozen' });
  });

  it('refuses a fiscal year before founding or after this one, naming the field', async () => {
    for (const fiscalYear of [2005, 2028]) {
      const result = await backend.fund['exports.statusForm']({ fiscalYear, format: 'pdf' });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect({ code: result.error.code, field: result.error.field }).toEqual({ code: 'fiscal-year-outside', field: 'fiscalYear' });
    }
  });
});
