import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/** The villages register, member categories and the member summary (issue 16 §5), through the contract. */
describe('villages register, member categories and the member summary', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  });
  afterEach(() => backend.close());

  async function expectRefused(call: Promise<ApiResult<unknown>>, code: string, field: string) {
    const before = tableCounts(backend.db());
    const result = await call;
    if (result.ok) throw new Error(`expected ${code}, got ok`);
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
    expect(result.error.message.th).not.toBe(code);
    expect(result.error.message.en).not.toBe(code);
    expect(tableCounts(backend.db())).toEqual(before);
    return result.error;
  }

  it('adds, edits and lists villages in หมู่ order with their members; a member points to one and follows its edit', async () => {
    const three = expectOk(
      await backend.fund['villages.add']({ code: '86021403', moo: 3, name: 'บ้านหนองบัว', households: 120, population: 410 }),
    );
    const one = expectOk(await backend.fund['villages.add']({ code: '86021401', moo: 1, name: 'บ้านทรัพย์อนันต์' }));
    const community = expectOk(await backend.fund['villages.add']({ name: 'ชุมชนตลาดเก่า' }));
    expect(three).toMatchObject({ code: '86021403', moo: 3, households: 120, population: 410, version: 1, members: 0 });
    expect(three.uuid).toMatch(/^[0-9a-f-]{36}$/);
    const member = expectOk(await backend.fund['members.register'](memberInput(1, { villageId: three.id })));
    expect(member.village).toEqual({ id: three.id, code: '86021403', moo: 3, name: 'บ้านหนองบัว' });
    const list = expectOk(await backend.fund['villages.list']({}));
    expect(list.map((village) => [village.moo, village.name, village.members])).toEqual([
      [1, 'บ้านทรัพย์อนันต์', 0],
      [3, 'บ้านหนองบัว', 1],
      [null, 'ชุมชนตลาดเก่า', 0],
    ]);
    const edited = expectOk(
      await backend.fund['villages.update']({
        villageId: three.id,
        expectedVersion: 1,
        village: { code: '86021403', moo: 3, name: 'บ้านหนองบัวใต้', households: 125, population: 420 },
      }),
    );
    expect(edited).toMatchObject({ version: 2, name: 'บ้านหนองบัวใต้', households: 125, members: 1 });
    expect(expectOk(await backend.fund['members.get']({ memberId: member.id })).village?.name).toBe('บ้านหนองบัวใต้');
    expect(one.id).not.toBe(community.id);
    // Every change is audited.
    expect(backend.db().prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'village'").pluck().get()).toBe(4);
  });

  it('refuses a bad code, a code of another หมู่, a duplicate code or place, negative households and a missing village', async () => {
    const first = expectOk(await backend.fund['villages.add']({ code: '86021403', moo: 3, name: 'บ้านหนองบัว' }));
    let error = await expectRefused(backend.fund['villages.add']({ code: '8602143', moo: 3, name: 'บ้านโคก' }), 'bad-village-code', 'code');
    expect(error.message.th).toContain('8 หลัก');
    await expectRefused(backend.fund['villages.add']({ code: '8602140A', moo: 3, name: 'บ้านโคก' }), 'bad-village-code', 'code');
    await expectRefused(backend.fund['villages.add']({ code: '00000003', moo: 3, name: 'บ้านโคก' }), 'bad-village-code', 'code');
    error = await expectRefused(backend.fund['villages.add']({ code: '86021404', moo: 5, name: 'บ้านโคก' }), 'village-code-moo', 'code');
    expect(error.message.en).toContain('86021404');
    await expectRefused(backend.fund['villages.add']({ code: '86021404', name: 'ชุมชนใหม่' }), 'village-code-moo', 'code');
    error = await expectRefused(
      backend.fund['villages.add']({ code: '86021403', moo: 3, name: 'บ้านโคก' }),
      'duplicate-village-code',
      'code',
    );
    expect(error.message.th).toContain('บ้านหนองบัว');
    await expectRefused(backend.fund['villages.add']({ moo: 3, name: 'บ้านหนองบัว' }), 'duplicate-village', 'name');
    await expectRefused(backend.fund['villages.add']({}), 'village-name-or-moo', 'name');
    error = await expectRefused(backend.fund['villages.add']({ moo: 4, name: 'บ้านโคก', households: -1 }), 'bad-input', 'households');
    expect(error.message.th).toContain('จำนวนครัวเรือน');
    await expectRefused(backend.fund['villages.add']({ moo: 4, name: 'บ้านโคก', population: 1.5 }), 'bad-input', 'population');
    await expectRefused(backend.fund['villages.add']({ moo: 100, name: 'บ้านโคก' }), 'bad-input', 'moo');
    const second = expectOk(await backend.fund['villages.add']({ code: '86021404', moo: 4, name: 'บ้านโคก' }));
    await expectRefused(
      backend.fund['villages.update']({ villageId: second.id, expectedVersion: 1, village: { code: '86021403', moo: 3, name: 'บ้านโคก' } }),
      'duplicate-village-code',
      'village.code',
    );
    await expectRefused(
      backend.fund['villages.update']({ villageId: 999, expectedVersion: 1, village: { moo: 4, name: 'บ้านโคก' } }),
      'village-not-found',
      'villageId',
    );
    // Saving a village as it is (its own code and place) is no duplicate.
    expectOk(
      await backend.fund['villages.update']({
        villageId: first.id,
        expectedVersion: 1,
        village: { code: '86021403', moo: 3, name: 'บ้านหนองบัว' },
      }),
    );
    await expectRefused(backend.fund['members.register'](memberInput(1, { villageId: 999 })), 'village-not-found', 'villageId');
  });

  it('keeps category flags on a member, filters the member list by village and category, and says where she lived in her history', async () => {
    const village = expectOk(await backend.fund['villages.add']({ code: '86021402', moo: 2, name: 'บ้านคลองใหญ่' }));
    const elderly = expectOk(await backend.fund['members.register'](memberInput(1, { birthDate: '1950-03-01', villageId: village.id })));
    const disabled = expectOk(await backend.fund['members.register'](memberInput(2, { categories: ['disabled', 'orphan'] })));
    // 18 tomorrow: still a child today.
    const child = expectOk(
      await backend.fund['members.register'](memberInput(3, { birthDate: '2008-11-26', appliedOn: '2024-01-10', villageId: village.id })),
    );
    expect(disabled.categories).toEqual(['disabled', 'orphan']);
    await expectRefused(
      backend.fund['members.register'](memberInput(4, { categories: ['disabled', 'disabled'] })),
      'bad-input',
      'categories',
    );
    const ids = async (filter: { villageId?: number; category?: 'general' | 'child' | 'elderly' | 'disabled' | 'orphan' }) =>
      expectOk(await backend.fund['members.search'](filter)).rows.map((row) => row.id);
    expect(await ids({ villageId: village.id })).toEqual(expect.arrayContaining([elderly.id, child.id]));
    expect(await ids({ villageId: 0 })).toEqual([disabled.id]);
    expect(await ids({ category: 'elderly' })).toEqual([elderly.id]);
    expect(await ids({ category: 'child' })).toEqual([child.id]);
    expect(await ids({ category: 'orphan' })).toEqual([disabled.id]);
    expect(await ids({ category: 'general' })).toEqual([]);
    const row = expectOk(await backend.fund['members.search']({ villageId: village.id })).rows[0];
    expect(row).toMatchObject({ moo: 2, village: 'บ้านคลองใหญ่' });

    const updated = expectOk(
      await backend.fund['members.update']({
        memberId: elderly.id,
        expectedVersion: 1,
        profile: memberInput(1, { birthDate: '1950-03-01', villageId: null, categories: ['disadvantaged'] }),
      }),
    );
    expect(updated).toMatchObject({ village: null, categories: ['disadvantaged'] });
    const history = expectOk(await backend.fund['members.history']({ memberId: elderly.id }));
    expect(history.map((version) => version.place)).toEqual(['', 'หมู่ 2 บ้านคลองใหญ่']);
  });

  it('sums members up as of a day: founding, cumulative, current, by category and village, and by fiscal year', async () => {
    const village = expectOk(
      await backend.fund['villages.add']({ code: '86021402', moo: 2, name: 'บ้านคลองใหญ่', households: 80, population: 300 }),
    );
    expectOk(await backend.fund['villages.add']({ code: '86021405', moo: 5, name: 'บ้านท่าข้าม', population: 200 }));
    // Founded 2006-01-01: one founding member (approved that day), two later, one of whom resigned.
    const founder = expectOk(
      await backend.fund['members.register'](
        memberInput(1, {
          appliedOn: '2005-12-20',
          approvedOn: '2006-01-01',
          villageId: village.id,
          birthDate: '1940-01-01',
          paidThroughPeriod: '2023-12',
        }),
      ),
    );
    const later = expectOk(await backend.fund['members.register'](memberInput(2, { villageId: village.id, categories: ['disabled'] })));
    const leaver = expectOk(await backend.fund['members.register'](memberInput(3)));
    expectOk(
      await backend.fund['members.recordStatus']({ memberId: leaver.id, kind: 'resigned', effectiveOn: '2025-03-01', reason: 'ย้าย' }),
    );
    const summary = expectOk(await backend.fund['reports.memberSummary']({ asOf: '2026-11-25' }));
    expect(summary).toMatchObject({
      founding: 1,
      totals: { cumulative: 3, current: 2 },
      villages: { withMembers: 1, inRegister: 2 },
      population: 500,
    });
    expect(Object.fromEntries(summary.byCategory.map((line) => [line.category, [line.cumulative, line.current]]))).toEqual({
      general: [1, 0],
      child: [0, 0],
      elderly: [1, 1],
      disadvantaged: [0, 0],
      disabled: [1, 1],
      orphan: [0, 0],
    });
    expect(summary.byVillage.map((line) => [line.moo, line.name, line.cumulative, line.current])).toEqual([
      [2, 'บ้านคลองใหญ่', 2, 2],
      [5, 'บ้านท่าข้าม', 0, 0],
      [null, '', 1, 0],
    ]);
    const years = summary.byFiscalYear;
    expect(years[0]).toEqual({ fiscalYear: 2006, joined: 1, rejoined: 0, left: 0 });
    expect(years.at(-1)?.fiscalYear).toBe(2027);
    expect(years.find((line) => line.fiscalYear === 2024)).toEqual({ fiscalYear: 2024, joined: 2, rejoined: 0, left: 0 });
    expect(years.find((line) => line.fiscalYear === 2025)).toEqual({ fiscalYear: 2025, joined: 0, rejoined: 0, left: 1 });
    const joined = years.reduce((sum, line) => sum + line.joined + line.rejoined - line.left, 0);
    expect(joined).toBe(summary.totals.current);
    // Before the resignation she was current; before the later members joined, only the founder counted.
    expect(expectOk(await backend.fund['reports.memberSummary']({ asOf: '2025-02-28' })).totals).toEqual({ cumulative: 3, current: 3 });
    expect(expectOk(await backend.fund['reports.memberSummary']({ asOf: '2023-01-01' })).totals).toEqual({ cumulative: 1, current: 1 });
    expect(founder.id).toBeGreaterThan(0);
    expect(later.categories).toEqual(['disabled']);
  });

  it('prints the member summary on A4 and writes it to Excel with the same figures', async () => {
    const village = expectOk(await backend.fund['villages.add']({ code: '86021402', moo: 2, name: 'บ้านคลองใหญ่', households: 80 }));
    expectOk(await backend.fund['members.register'](memberInput(1, { villageId: village.id })));
    expectOk(await backend.fund['members.register'](memberInput(2, { villageId: village.id, categories: ['disadvantaged'] })));
    const counts = tableCounts(backend.db());
    const pdf = expectOk(await backend.fund['exports.memberSummary']({ asOf: '2026-11-25', format: 'pdf' }));
    expect(pdf).toMatchObject({ format: 'pdf', fileName: 'รายงานสรุปสมาชิก ณ 2569-11-25.pdf' });
    const location = join(backend.home, pdf.fileName);
    expectOk(await backend.app['files.save']({ fileId: pdf.fileId, location }));
    const text = (await pdfPages(location)).flat().join(' ');
    for (const words of ['รายงานสรุปข้อมูลสมาชิก', 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์', 'หมู่ 2 บ้านคลองใหญ่', '86021402', 'ผู้ด้อยโอกาส', '2567'])
      expect(text).toContain(words);
    const workbook = expectOk(await backend.fund['exports.memberSummary']({ format: 'xlsx' }));
    const saved = join(backend.home, workbook.fileName);
    expectOk(await backend.app['files.save']({ fileId: workbook.fileId, location: saved }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const sheetNames = book.worksheets.map((sheet) => sheet.name);
    expect(sheetNames).toEqual(expect.arrayContaining(['สมาชิกจำแนกตามหมู่บ้าน']));
    const villageSheet = book.getWorksheet('สมาชิกจำแนกตามหมู่บ้าน');
    const values = villageSheet?.getSheetValues().flat() ?? [];
    expect(values).toEqual(expect.arrayContaining(['หมู่ 2 บ้านคลองใหญ่', 80, 2]));
    expect(tableCounts(backend.db())).toEqual(counts);
  });
});
