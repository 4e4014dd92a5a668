import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importSyncFiles } from '../../../../electron/backend/region/import-sync-files';
import { pinFund } from '../../../../electron/backend/region/officer-actions';
import { writeRegionSummary } from '../../../../electron/backend/region/region-excel';
import { overdueFunds, regionTable } from '../../../../electron/backend/region/region-summary';
import { buildWorld, type World } from '../../../support/write-examples';
import { exportFile, importOptions, valueOf, verified, withWorkspace, workspacePath } from './region-fixture';

/**
 * Issue 18 §4: the region's table of funds (filters by province and district, sorting), the roster of funds to
 * follow up, and the Excel summary read back with exceljs: Thai headers, baht as numbers, B.E. dates.
 */
describe('the region’s summary', () => {
  let worlds: World[];
  let workspace: string;
  beforeEach(async () => {
    worlds = await Promise.all([buildWorld(), buildWorld(), buildWorld()]);
    workspace = workspacePath(worlds[0]!);
    // The second fund is in another province; the third sends a file but nobody confirms its key.
    worlds[1]!.backend
      .db()
      .exec(
        "UPDATE fund SET fund_code = '500101-01', name = 'กองทุนสวัสดิการชุมชนตำบลศรีภูมิ', province_code = '50', province_name = 'เชียงใหม่', district_code = '5001', district_name = 'เมืองเชียงใหม่'",
      );
    worlds[2]!.backend.db().exec("UPDATE fund SET fund_code = '860201-01', name = 'กองทุนรอยืนยัน'");
    const files = await Promise.all(worlds.map((world) => exportFile(world)));
    await withWorkspace(workspace, async (open) => {
      const outcomes = await importSyncFiles(open, files, importOptions);
      expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['new-fund', 'new-fund', 'new-fund']);
      for (const file of files.slice(0, 2)) {
        const { manifest } = await verified(file);
        valueOf(await pinFund(open, { fundUuid: manifest.fund.uuid, fingerprint: manifest.key.fingerprint }, importOptions));
      }
    });
  });
  afterEach(() => worlds.forEach((world) => world.backend.close()));

  it('lists the pinned funds, filtered by province and district and sorted either way', async () => {
    await withWorkspace(workspace, (open) => {
      expect(regionTable(open).map((row) => row.code)).toEqual(['500101-01', '860214-01']);
      expect(regionTable(open, { provinceCode: '50' }).map((row) => row.provinceName)).toEqual(['เชียงใหม่']);
      expect(regionTable(open, { districtCode: '8602' }).map((row) => row.districtName)).toEqual(['ท่าแซะ']);
      expect(regionTable(open, { provinceCode: '86', districtCode: '5001' })).toEqual([]);
      // Thai dictionary order (a leading vowel sign is read after its consonant), either way.
      const provinces = regionTable(open, { sort: 'province' }).map((row) => row.provinceName);
      expect(provinces).toEqual(['ชุมพร', 'เชียงใหม่'].sort((a, b) => a.localeCompare(b, 'th')));
      expect(regionTable(open, { sort: 'province', descending: true }).map((row) => row.provinceName)).toEqual([...provinces].reverse());
      expect(regionTable(open, { sort: 'code', descending: true }).map((row) => row.code)).toEqual(['860214-01', '500101-01']);
      const byMoney = regionTable(open, { sort: 'moneyOnHandSatang' }).map((row) => row.moneyOnHandSatang ?? 0);
      expect(byMoney).toEqual([...byMoney].sort((a, b) => a - b));
    });
  });

  it('rosters the funds not exported within 12 months, and those waiting for their key', async () => {
    await withWorkspace(workspace, (open) => {
      expect(overdueFunds(open, '2027-06-01')).toEqual([expect.objectContaining({ code: '860201-01', state: 'waiting-for-pin' })]);
      const late = overdueFunds(open, '2028-01-15');
      expect(late.map((fund) => [fund.code, fund.state, fund.lastExportOn])).toEqual([
        ['500101-01', 'overdue', '2026-11-25'],
        ['860214-01', 'overdue', '2026-11-25'],
        ['860201-01', 'waiting-for-pin', null],
      ]);
      // Twelve months to 2027-11-25 start on 2026-11-26: an export on 2026-11-25 is just outside.
      expect(overdueFunds(open, '2027-11-24').filter((fund) => fund.state === 'overdue')).toEqual([]);
      expect(overdueFunds(open, '2027-11-25').filter((fund) => fund.state === 'overdue')).toHaveLength(2);
    });
  });

  it('writes the Excel summary: Thai headers, baht as numbers, B.E. dates, a sheet for welfare and the roster', async () => {
    const path = join(worlds[0]!.backend.home, 'region-summary.xlsx');
    const rows = await withWorkspace(workspace, async (open) => {
      const table = regionTable(open);
      await writeRegionSummary(path, table, overdueFunds(open, '2028-01-15'), '2028-01-15');
      return table;
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['สรุปรายกองทุน', 'สวัสดิการแยกประเภท', 'กองทุนที่ต้องติดตาม']);
    const sheet = workbook.worksheets[0]!;
    const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
    let header = 0;
    sheet.eachRow((row, number) => {
      if (values(row)[0] === 'รหัสกองทุน') header = number;
    });
    expect(values(sheet.getRow(header))).toEqual(expect.arrayContaining(['ชื่อกองทุน', 'จังหวัด', 'อำเภอ', 'เงินกองทุน (บาท)', 'เกณฑ์ที่ 1']));
    const first = sheet.getRow(header + 1);
    expect(first.getCell(1).value).toBe(rows[0]?.code);
    expect(first.getCell(7).value).toBe((rows[0]?.moneyOnHandSatang ?? 0) / 100);
    expect(first.getCell(5).value).toEqual(new Date(Date.UTC(2026, 10, 25)));
    expect(first.getCell(5).numFmt).toContain('107041E');
    expect(first.getCell(9).value).toBe(rows[0]?.criteria[0]?.status === 'pass' ? 'ผ่าน' : 'ไม่ผ่าน');
    const totals = sheet.getRow(header + 3);
    expect((totals.getCell(7).value as ExcelJS.CellFormulaValue).result).toBe(
      rows.reduce((sum, row) => sum + (row.moneyOnHandSatang ?? 0), 0) / 100,
    );
    const roster: string[] = [];
    workbook.worksheets[2]!.eachRow((row) => roster.push(String(values(row)[0])));
    expect(roster).toEqual(expect.arrayContaining(['860201-01', '500101-01']));
  });
});
