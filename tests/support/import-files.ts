import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { thaiIdCheckDigit } from '../../shared/domain/members/thai-id';
import type { TestBackend } from './test-backend';
import { expectOk } from './test-backend';

/** A valid citizen ID made from a serial: first digit 3 (on a house register), the check digit computed. */
export function citizenIdOf(serial: number): string {
  const first12 = `31009${String(serial).padStart(7, '0')}`;
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

/** The same ID with its check digit made wrong. */
export function badCitizenIdOf(serial: number): string {
  const valid = citizenIdOf(serial);
  return `${valid.slice(0, 12)}${(Number(valid[12]) + 1) % 10}`;
}

export type SheetCell = string | number | Date | ExcelJS.CellFormulaValue | null;

/** An .xlsx with one sheet of these rows (the first being the headers), and merges such as 'G2:G4'. */
export async function xlsxBytes(rows: readonly (readonly SheetCell[])[], merges: readonly string[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('สมาชิก');
  for (const row of rows) sheet.addRow([...row]);
  for (const range of merges) sheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function csvBytes(rows: readonly (readonly string[])[], encoding: 'utf-8' | 'utf-8-bom' | 'tis-620'): Uint8Array {
  const text = rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n');
  if (encoding === 'tis-620') return new Uint8Array(iconv.encode(text, 'tis-620'));
  const utf8 = Buffer.from(text, 'utf8');
  return new Uint8Array(encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8);
}

/** Hands bytes to the backend as a brought file (written beside the fund, received by path as the desktop app does). */
export async function bringFile(backend: TestBackend, name: string, content: Uint8Array): Promise<string> {
  const location = join(backend.home, name);
  writeFileSync(location, content);
  return expectOk(await backend.app['files.receive']({ location })).fileId;
}
