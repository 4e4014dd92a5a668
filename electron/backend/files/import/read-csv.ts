import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { ImportCell, ImportRow } from '../../../../shared/domain/import/import-cells';

/**
 * The text of a CSV file, whatever Thai Excel or an older program saved: UTF-8 with or without its BOM, UTF-16
 * with its BOM, or TIS-620 / Windows-874 (Thai Windows' "ANSI"). Bytes that are not valid UTF-8 are Thai
 * single-byte text: TIS-620's Thai letters (0xA1–0xFB) never form valid UTF-8 sequences in real text.
 */
export function decodeCsv(content: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16' | 'windows-874' } {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'windows-874'), encoding: 'windows-874' };
  }
}

/** Rows of a CSV (comma, semicolon or tab separated), numbered by the line each starts on; every cell is text. */
export function csvRows(text: string): ImportRow[] {
  const records = parse(text, {
    delimiter: [',', ';', '\t'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map(({ record, info }) => ({
    rowNumber: info.lines,
    cells: record.map((text): ImportCell | null => (text.trim() === '' ? null : { kind: 'text', text })),
  }));
}
