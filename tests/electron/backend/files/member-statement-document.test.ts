import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Receipt } from '../../../../shared/api/fund-types';
import { renderExcel } from '../../../../electron/backend/files/excel/render-excel';
import { renderPdf } from '../../../../electron/backend/files/pdf/render-pdf';
import { memberStatementDocument, type MemberStatementInput } from '../../../../electron/backend/files/reports/member-statement-document';
import { fundInput, memberInput } from '../../../support/builders';
import { createTestBackend, expectOk, type TestBackend } from '../../../support/test-backend';
import { temporaryFolder } from './document-fixtures';
import { pdfPages } from '../../../support/pdf-text';
import { inCash } from '../../../support/money-accounts';

let requestCounter = 0;
const requestId = () => `statement-${String((requestCounter += 1)).padStart(6, '0')}`;

/**
 * A member's statement built from what the real use cases answer: a long Thai name, an entry fee, a yearly
 * bundle, a voided receipt and eighteen months overdue on 25 Nov 2569.
 */
describe('the member statement as a document', () => {
  let backend: TestBackend;
  let folder: string;
  let input: MemberStatementInput;
  let receipts: Receipt[];

  beforeAll(async () => {
    folder = temporaryFolder();
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    const member = expectOk(
      await backend.fund['members.register'](
        memberInput(1, {
          title: 'นางสาว',
          firstName: 'กิ่งกาญจน์',
          lastName: 'ประเสริฐวงศ์ศักดิ์สกุลไทย',
          houseNo: '123/4',
          villageId: expectOk(await backend.fund['villages.add']({ moo: 5, name: 'บ้านน้ำตกเจ็ดสาวน้อย' })).id,
          subdistrict: 'ทรัพย์อนันต์',
          district: 'ท่าแซะ',
          province: 'ชุมพร',
          postcode: '86140',
        }),
      ),
    );
    const pay = async (receivedOn: string, monthCount: number, amountSatang: number, includeEntryFee = false) =>
      expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId: requestId(),
          memberId: member.id,
          receivedOn,
          monthCount,
          amountSatang,
          includeEntryFee,
          numbering: { kind: 'app' },
        }),
      );
    receipts = [await pay('2024-02-05', 3, 11000, true), await pay('2024-06-10', 12, 36500), await pay('2025-05-01', 2, 6000)];
    const voided = receipts[2];
    if (!voided) throw new Error('no receipt to void');
    expectOk(
      await backend.fund['contributions.void']({
        receiptId: voided.id,
        voidedOn: '2025-05-02',
        reason: 'รับเงินผิดคน',
        requestId: requestId(),
      }),
    );
    receipts.push(await pay('2025-05-03', 1, 3000));
    const statement = expectOk(await backend.fund['contributions.statement']({ memberId: member.id, asOf: '2026-11-25' }));
    input = {
      fund: expectOk(await backend.fund['fund.get']({})),
      member: expectOk(await backend.fund['members.get']({ memberId: member.id })),
      statement,
      asOf: '2026-11-25',
      owedSatang: statement.arrearsMonths * 3000,
      printedOn: '2026-11-26',
    };
  });
  afterAll(() => {
    backend.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const receiptNo = (index: number) => receipts[index]?.receiptNo ?? '';

  it('reads like a passbook: who, what is owed, every month with its receipt, then the receipts with the void marked', () => {
    const document = memberStatementDocument(input);
    expect(document.title).toBe('รายการส่งเงินสมทบของสมาชิก');
    expect(Object.fromEntries(document.facts.map((fact) => [fact.label, fact.value]))).toMatchObject({
      'ชื่อ-สกุล': 'นางสาวกิ่งกาญจน์ ประเสริฐวงศ์ศักดิ์สกุลไทย',
      ที่อยู่: '123/4 หมู่ 5 บ้านน้ำตกเจ็ดสาวน้อย ตำบลทรัพย์อนันต์ อำเภอท่าแซะ จังหวัดชุมพร 86140',
      วันที่เป็นสมาชิก: '2024-01-20',
      สถานะ: 'เป็นสมาชิก',
      นับเงินสมทบตั้งแต่เดือน: '2024-01',
      'ค้างชำระ (เดือน)': 18,
      'ยอดค้างชำระ (บาท)': 54000,
      เดือนที่ค้างชำระ: 'พ.ค. 2568 – ต.ค. 2569',
    });
    const [months, receiptTable] = document.tables;
    expect(months?.rows).toHaveLength(35);
    expect(months?.rows[0]).toEqual({ cells: ['2024-01', 'ชำระแล้ว', '2024-02-05', receiptNo(0)] });
    expect(months?.rows[15]).toEqual({ cells: ['2025-04', 'ชำระแล้ว', '2025-05-03', receiptNo(3)] });
    expect(months?.rows[16]).toEqual({ cells: ['2025-05', 'ค้างชำระ', null, null], emphasis: 'strong' });
    expect(months?.rows[34]).toEqual({ cells: ['2026-11', 'ถึงกำหนด', null, null] });
    expect(receiptTable?.rows).toEqual([
      { cells: ['2024-02-05', receiptNo(0), 'ม.ค. – มี.ค. 2567, ค่าแรกเข้า', 11000, null] },
      { cells: ['2024-06-10', receiptNo(1), 'เม.ย. 2567 – มี.ค. 2568', 36500, null] },
      { cells: ['2025-05-01', receiptNo(2), 'เม.ย. – พ.ค. 2568', 6000, 'ยกเลิก 2 พ.ค. 2568'], emphasis: 'muted' },
      { cells: ['2025-05-03', receiptNo(3), 'เม.ย. 2568', 3000, null] },
    ]);
    expect(receiptTable?.totals).toEqual([null, null, 'รวม (ไม่นับใบที่ยกเลิก)', 50500, null]);
    expect(document.signatures).toEqual([{ role: 'เหรัญญิก' }]);
    // Every label came from th.json: a missing key would show as its own name.
    expect(JSON.stringify(document)).not.toContain('documents.');
  });

  it('prints to PDF with the name whole, B.E. dates, receipt numbers, baht amounts and the void', async () => {
    const path = join(folder, 'statement.pdf');
    const result = await renderPdf(memberStatementDocument(input), path, { isDemo: false });
    expect(result.bytes).toBe(statSync(path).size);
    const pages = await pdfPages(path);
    expect(pages).toHaveLength(result.pages);
    const texts = pages.flat();
    expect(texts.join('')).not.toMatch(/[\u0000-\u0008\ufffd]/);
    for (const expected of [
      'รายการส่งเงินสมทบของสมาชิก',
      'นางสาวกิ่งกาญจน์ ประเสริฐวงศ์ศักดิ์สกุลไทย',
      'ข้อมูล ณ วันที่ 25 พฤศจิกายน พ.ศ. 2569',
      '20 ม.ค. 2567',
      '5 ก.พ. 2567',
      'ม.ค. – มี.ค. 2567, ค่าแรกเข้า',
      '365.00',
      '505.00',
      '540.00',
      'ยกเลิก 2 พ.ค. 2568',
      'ค้างชำระ',
      receiptNo(0),
      receiptNo(3),
    ]) {
      expect(texts, expected).toContain(expected);
    }
    expect(texts.join(' ')).toContain('พิมพ์เมื่อ 26 พ.ย. 2569');
  });

  it('writes to Excel with one sheet per table, amounts in baht as numbers and the voided receipt greyed', async () => {
    const path = join(folder, 'statement.xlsx');
    expect((await renderExcel(memberStatementDocument(input), path, { isDemo: false })).sheets).toBe(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['การส่งเงินสมทบรายเดือน', 'ใบเสร็จรับเงิน']);
    const sheet = workbook.getWorksheet('ใบเสร็จรับเงิน');
    if (!sheet) throw new Error('no receipts sheet');
    const [view] = sheet.views;
    if (view?.state !== 'frozen') throw new Error('the header is not frozen');
    const headerRow = sheet.getRow(view.ySplit ?? 0);
    expect(headerRow.values).toEqual([undefined, 'วันที่', 'เลขที่ใบเสร็จ', 'รายการ', 'จำนวนเงิน (บาท)', 'หมายเหตุ']);
    const rows = [1, 2, 3, 4, 5].map((offset) => sheet.getRow(headerRow.number + offset));
    expect(rows.map((row) => row.getCell(4).value)).toEqual([110, 365, 60, 30, 505]);
    expect(rows[0]?.getCell(4).numFmt).toBe('#,##0.00');
    expect(rows[0]?.getCell(1).value).toEqual(new Date(Date.UTC(2024, 1, 5)));
    expect(rows[0]?.getCell(1).numFmt).toBe('[$-107041E]d mmm yyyy;@');
    expect(rows[2]?.getCell(5).value).toBe('ยกเลิก 2 พ.ค. 2568');
    expect(rows[2]?.getCell(2).font.color?.argb).toBe('FF7F7F7F');
    expect(rows[4]?.getCell(3).value).toBe('รวม (ไม่นับใบที่ยกเลิก)');
  });
});
