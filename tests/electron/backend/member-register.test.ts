import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { inCash } from '../../support/money-accounts';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/** Issue 16 §5 and its benchmark: the member register, every member with her contributions to date, as PDF and Excel. */
describe('the member register', () => {
  let backend: TestBackend;
  let village: number;
  let members: number[];
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'), { openedOn: '2024-01-01' })));
    village = expectOk(await backend.fund['villages.add']({ code: '86021403', moo: 3, name: 'บ้านท่าข้าม' })).id;
    members = [];
    for (const serial of [1, 2, 3]) {
      const member = expectOk(
        await backend.fund['members.register'](memberInput(serial, serial === 3 ? {} : { villageId: village, categories: ['disabled'] })),
      );
      members.push(member.id);
    }
    const [first, second] = members;
    const quote = expectOk(await backend.fund['contributions.quote']({ memberId: first ?? 0, monthCount: 10, receivedOn: '2024-02-01' }));
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'register-dues-1',
        memberId: first ?? 0,
        receivedOn: '2024-02-01',
        monthCount: 10,
        amountSatang: quote.totalSatang,
        numbering: { kind: 'app' },
      }),
    );
    for (const [requestId, receivedOn] of [
      ['register-dues-2', '2024-02-01'],
      ['register-dues-3', '2024-03-01'],
    ] as const) {
      const owed = expectOk(await backend.fund['contributions.quote']({ memberId: second ?? 0, monthCount: 1, receivedOn }));
      expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId,
          memberId: second ?? 0,
          receivedOn,
          monthCount: 1,
          amountSatang: owed.totalSatang,
          numbering: { kind: 'app' },
        }),
      );
    }
    // The second member's last receipt is voided, then she resigns.
    const receipt = backend.db().prepare("SELECT id FROM receipts WHERE request_id = 'register-dues-3'").get() as { id: number };
    expectOk(
      await backend.fund['contributions.void']({
        requestId: 'register-void',
        receiptId: receipt.id,
        voidedOn: '2024-03-02',
        reason: 'รับเงินผิดคน',
      }),
    );
    expectOk(
      await backend.fund['members.recordStatus']({ memberId: second ?? 0, kind: 'resigned', effectiveOn: '2025-06-30', reason: 'ย้ายที่อยู่' }),
    );
  });
  afterEach(() => backend.close());

  /** What each member paid as contributions, read the long way: every line of every receipt not voided. */
  function contributionsOracle(): Map<number, number> {
    const rows = backend
      .db()
      .prepare(
        `SELECT r.member_id AS member, SUM(l.amount_satang) AS satang FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id
          WHERE l.kind = 'contribution' AND r.id NOT IN (SELECT receipt_id FROM receipt_voids) GROUP BY r.member_id`,
      )
      .all() as { member: number; satang: number }[];
    return new Map(rows.map((row) => [row.member, row.satang]));
  }

  async function saved(fileId: string, fileName: string): Promise<string> {
    const location = join(backend.home, fileName);
    expectOk(await backend.app['files.save']({ fileId, location }));
    return location;
  }

  it('writes every member to Excel with status, category, dates and contributions net of entry fees and voids', async () => {
    const counts = tableCounts(backend.db());
    const file = expectOk(await backend.fund['exports.memberRegister']({ format: 'xlsx' }));
    expect(file.fileName).toBe('ทะเบียนสมาชิก ณ 2569-11-25.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await saved(file.fileId, file.fileName));
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const rows = (sheet.getSheetValues() as unknown[]).filter((row): row is unknown[] => Array.isArray(row));
    const header = rows.findIndex((row) => row[1] === 'ลำดับ');
    expect(rows[header]?.slice(1, 5)).toEqual(['ลำดับ', 'เลขที่สมาชิก', 'เลขประจำตัวประชาชน', 'ชื่อ-สกุล']);
    const lines = rows.slice(header + 1, header + 4);
    const oracle = contributionsOracle();
    // The first member paid ten months with the entry fee; the second paid one month (the second receipt voided).
    expect(oracle.get(members[0] ?? 0)).toBe(30000);
    expect(oracle.get(members[1] ?? 0)).toBe(3000);
    expect(lines.map((row): unknown => row[15])).toEqual([300, 30, 0]);
    expect(lines[0]?.[9]).toBe('เป็นสมาชิก');
    expect(lines[0]?.[10]).toBe('ผู้พิการ');
    expect(lines[0]?.[8]).toBe('1 หมู่ 3 บ้านท่าข้าม');
    expect(lines[1]?.[9]).toBe('ลาออก');
    expect(lines[1]?.[12]).toEqual(new Date(Date.UTC(2025, 5, 30)));
    expect(lines[1]?.[13]).toBe('ย้ายที่อยู่');
    // Approved 20 Jan 2024, resigned 30 Jun 2025: one year and five completed months.
    expect(lines[1]?.[14]).toBe('1 ปี 5 เดือน');
    expect(lines[2]?.[11]).toEqual(new Date(Date.UTC(2024, 0, 20)));
    const totals = rows[header + 4];
    let headerRow = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(1).value === 'ลำดับ') headerRow = number;
    });
    expect(totals?.[15]).toEqual({ formula: `SUM(O${headerRow + 1}:O${headerRow + 3})`, result: 330 });
    expect(tableCounts(backend.db())).toEqual(counts);
  });

  it('prints one village’s register on A4 with the fund’s Thai name, and refuses a village not in the register', async () => {
    const file = expectOk(await backend.fund['exports.memberRegister']({ villageId: village, format: 'pdf' }));
    const text = (await pdfPages(await saved(file.fileId, file.fileName))).flat().join(' ');
    expect(text).toContain('ทะเบียนสมาชิก');
    expect(text).toContain('กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์');
    expect(text).toContain('หมู่ 3 บ้านท่าข้าม');
    expect(text).toContain('รวม 2 คน');
    const refused = await backend.fund['exports.memberRegister']({ villageId: 999, format: 'pdf' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'village-not-found', field: 'villageId' } });
  });
});
