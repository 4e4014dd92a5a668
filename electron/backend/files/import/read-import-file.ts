import { readFileSync } from 'node:fs';
import { columnLetter, type ImportRow, type ImportSheet } from '../../../../shared/domain/import/import-cells';
import { readImportDate } from '../../../../shared/domain/import/import-dates';
import { importText, readCitizenId } from '../../../../shared/domain/members/import/import-values';
import { failure, success, type Result } from '../../../../shared/domain/result';
import type { FileStore } from '../file-store';
import { csvRows, decodeCsv } from './read-csv';
import { importColumnLimit, importRowLimit } from './import-limits';
import { xlsxRows } from './read-xlsx';
import { sha256Of } from '../incoming-attachment';

export type ReadSheet = ImportSheet & { fileName: string; sha256: string; format: 'xlsx' | 'csv'; encoding: string | null };

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
// An OLE compound file: an Excel 97–2003 workbook, or a workbook saved with a password (Office keeps the
// encrypted package inside one, beside a stream named "EncryptionInfo").
const compoundMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const encryptionInfo = Buffer.from('EncryptionInfo', 'utf16le');

function startsWith(content: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => content[index] === byte);
}

/**
 * A file the person brought (by id), read into its header row and data rows: an .xlsx workbook or a CSV in any
 * of the encodings Thai sheets come in. Refused on `fileId`, with nothing read further: an empty file, a file that
 * is not a spreadsheet, a workbook with a password or in the old .xls format, more rows than the limit, a sheet
 * whose first row is data rather than headers.
 */
export async function readImportFile(files: FileStore, fileId: string): Promise<Result<ReadSheet>> {
  const stored = files.get(fileId);
  if (!stored) return failure('import-file-missing', 'fileId');
  const content = new Uint8Array(readFileSync(stored.path));
  if (content.byteLength === 0) return failure('import-file-empty', 'fileId');
  const sha256 = sha256Of(content);
  const base = { fileName: stored.name, sha256 };
  if (startsWith(content, compoundMagic))
    return failure(Buffer.from(content).includes(encryptionInfo) ? 'import-encrypted' : 'import-old-xls', 'fileId', { name: stored.name });
  if (startsWith(content, zipMagic)) {
    const sheet = await parsedWorkbook(content, sha256);
    if (!sheet.ok) return sheet;
    return withHeader(sheet.value.rows, sheet.value.mergedRanges, { ...base, format: 'xlsx', encoding: null });
  }
  if (looksBinary(content)) return failure('import-not-spreadsheet', 'fileId', { name: stored.name });
  const decoded = decodeCsv(content);
  let rows: ImportRow[];
  try {
    rows = csvRows(decoded.text);
  } catch {
    return failure('import-not-spreadsheet', 'fileId', { name: stored.name });
  }
  if (rows.length - 1 > importRowLimit)
    return failure('import-too-many-rows', 'fileId', { rowCount: rows.length - 1, limit: importRowLimit });
  return withHeader(rows, [], { ...base, format: 'csv', encoding: decoded.encoding });
}

/**
 * The last workbook read, by the hash of its bytes: the import reads its file three times (the columns, the
 * preview, the commit), and parsing 30,000 rows of Excel took two seconds each time. The bytes are still read and
 * hashed on every call, so a changed file is parsed afresh; the rows are read-only data, never changed by a reader.
 */
let lastWorkbook: { sha256: string; sheet: Awaited<ReturnType<typeof xlsxRows>> } | undefined;

async function parsedWorkbook(content: Uint8Array, sha256: string): ReturnType<typeof xlsxRows> {
  if (lastWorkbook?.sha256 === sha256) return lastWorkbook.sheet;
  const sheet = await xlsxRows(content);
  lastWorkbook = { sha256, sheet };
  return sheet;
}

/** A text file holds no NUL bytes, except UTF-16 (which starts with its BOM); a PDF starts "%PDF". */
function looksBinary(content: Uint8Array): boolean {
  const utf16 = (content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff);
  if (utf16) return false;
  if (content[0] === 0x25 && content[1] === 0x50 && content[2] === 0x44 && content[3] === 0x46) return true;
  return content.subarray(0, 8192).includes(0);
}

/**
 * The first row holding anything is the header; it must read as headers: words in at least two cells, and no
 * cell that is data (a date, a number, a citizen ID). A sheet that starts straight with members is refused,
 * naming the cell that gave it away, rather than losing its first member as a header.
 */
function withHeader(
  rows: readonly ImportRow[],
  mergedRanges: readonly string[],
  base: Omit<ReadSheet, 'headers' | 'rows' | 'mergedRanges'>,
): Result<ReadSheet> {
  const [first, ...data] = rows;
  if (!first) return failure('import-file-empty', 'fileId');
  const cells = first.cells.slice(0, importColumnLimit);
  for (const [index, cell] of cells.entries()) {
    if (cell === null) continue;
    const looksLikeData =
      cell.kind === 'date' || cell.kind === 'number' || readCitizenId(cell).ok || readImportDate(cell, 'auto', '9999-12-31').ok;
    if (looksLikeData)
      return failure('import-no-header', 'fileId', { cell: `${columnLetter(index)}${first.rowNumber}`, text: importText(cell) });
  }
  if (cells.filter((cell) => importText(cell) !== '').length < 2)
    return failure('import-no-header', 'fileId', { cell: `A${first.rowNumber}`, text: importText(cells[0]) });
  if (data.length === 0) return failure('import-no-rows', 'fileId');
  const headers = cells.map((cell) => importText(cell));
  return success({ ...base, headers, rows: data, mergedRanges });
}
