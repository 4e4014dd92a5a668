import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { FundFileError } from './fund-file-error';

/** PRAGMA application_id of fund files and their backups: "SWF1" (Decision 1). */
export const fundApplicationId = 0x53574631;

const sqliteMagic = Buffer.from('SQLite format 3\u0000', 'latin1');

export type FundFileHeader = { userVersion: number; pageSize: number; fileBytes: number };

function readStart(path: string): Buffer {
  const header = Buffer.alloc(100);
  const handle = openSync(path, 'r');
  try {
    return header.subarray(0, readSync(handle, header, 0, 100, 0));
  } finally {
    closeSync(handle);
  }
}

/**
 * The read-only check of A8, done on the file's 100-byte header (https://www.sqlite.org/fileformat2.html) with a
 * plain read so that nothing at all is written: not a SQLite file, another kind of SQLite file, a file from a newer
 * app version, or a header that is damaged or cut short is refused here, before SQLite sees the file (SQLite would
 * take an empty file for a new database and write one into it).
 *
 * `walPresent`: with a WAL beside it the file may be legitimately shorter than its header says (a checkpoint cut
 * off by a crash is finished from the WAL), so the length is then left to SQLite's own checks.
 */
export function inspectFundFile(path: string, appVersion: number, walPresent = false): FundFileHeader {
  if (!existsSync(path) || !statSync(path).isFile()) throw new FundFileError('file-not-found');
  const fileBytes = statSync(path).size;
  if (fileBytes === 0) throw new FundFileError('file-damaged', { damage: 'empty' });
  const header = readStart(path);
  const magic = sqliteMagic.subarray(0, Math.min(header.length, sqliteMagic.length));
  if (!header.subarray(0, magic.length).equals(magic)) throw new FundFileError('not-a-fund-file');
  // The SQLite magic, then nothing: what a fund looks like when the disk lost the rest of it.
  if (header.length < 100) throw new FundFileError('file-damaged', { damage: 'truncated' });
  if (header.readUInt32BE(68) !== fundApplicationId) throw new FundFileError('not-a-fund-file');
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw new FundFileError('file-damaged', { damage: 'header' });
  const userVersion = header.readUInt32BE(60);
  if (userVersion > appVersion) throw new FundFileError('fund-file-newer', { fileVersion: userVersion, appVersion });
  if (!walPresent) {
    // SQLite writes whole pages, so a part page at the end is a cut; and the page count in the header is valid
    // when its "version valid for" matches the change counter.
    if (fileBytes % pageSize !== 0) throw new FundFileError('file-damaged', { damage: 'truncated' });
    const pageCount = header.readUInt32BE(28);
    if (header.readUInt32BE(92) === header.readUInt32BE(24) && pageCount * pageSize > fileBytes)
      throw new FundFileError('file-damaged', { damage: 'truncated' });
  }
  return { userVersion, pageSize, fileBytes };
}
