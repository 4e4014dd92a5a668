/**
 * The exact bytes our writer (yazl with the fixed options below) puts around each entry. The reader rebuilds
 * them from the central directory and compares, so every header byte of a file is either checked against a
 * constant, against its twin in the other header, or against the layout; only the entries' data is left, and
 * that is checked by inflating it (see entry-content.ts). This is what makes any single-byte change fail.
 */
export type Compression = 'store' | 'deflate';

export const compressionMethods: Readonly<Record<Compression, number>> = { store: 0, deflate: 8 };

/**
 * 1980-02-01 00:00 in local time. yazl encodes local time, so this is DOS date 0x0041, time 0 in every zone. Not
 * 1980-01-01, the first DOS date: yazl clamps earlier dates to a minimum it computed in the zone it was loaded
 * in, so January 1st can clamp to another hour when the zone differs (reproducible-build tools pick February 1st
 * for the same reason).
 */
export const fixedTimestamp = (): Date => new Date(1980, 1, 1, 0, 0, 0);
export const fixedDosDate = (0 << 9) | (2 << 5) | 1;
export const fixedDosTime = 0;
/** A regular file, rw-r--r--: never a directory or a symlink. */
export const fixedMode = 0o100644;
export const fixedExternalAttributes = (fixedMode << 16) >>> 0;
/** yazl: made by Unix (3), spec 6.3; needs 2.0; general-purpose flag bit 11 (UTF-8 names) and nothing else. */
export const fixedVersionMadeBy = (3 << 8) | 63;
export const fixedVersionNeeded = 20;
export const fixedFlags = 1 << 11;

export const localHeaderSize = 30;
export const centralRecordSize = 46;
export const endRecordSize = 22;

export type LaidOutEntry = {
  readonly nameBytes: Buffer;
  readonly compression: Compression;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
};

/** The shared middle of both headers: version needed, flags, method, time, date, CRC, sizes, name length. */
function writeCommonFields(target: Buffer, at: number, entry: LaidOutEntry): void {
  target.writeUInt16LE(fixedVersionNeeded, at);
  target.writeUInt16LE(fixedFlags, at + 2);
  target.writeUInt16LE(compressionMethods[entry.compression], at + 4);
  target.writeUInt16LE(fixedDosTime, at + 6);
  target.writeUInt16LE(fixedDosDate, at + 8);
  target.writeUInt32LE(entry.crc32, at + 10);
  target.writeUInt32LE(entry.compressedSize, at + 14);
  target.writeUInt32LE(entry.uncompressedSize, at + 18);
  target.writeUInt16LE(entry.nameBytes.length, at + 22);
  // extra field length (and, in the central record, comment length, disk, internal attributes) stay 0
}

export function localHeaderBytes(entry: LaidOutEntry): Buffer {
  const header = Buffer.alloc(localHeaderSize + entry.nameBytes.length);
  header.writeUInt32LE(0x04034b50, 0);
  writeCommonFields(header, 4, entry);
  entry.nameBytes.copy(header, localHeaderSize);
  return header;
}

export function centralRecordBytes(entry: LaidOutEntry): Buffer {
  const record = Buffer.alloc(centralRecordSize + entry.nameBytes.length);
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(fixedVersionMadeBy, 4);
  writeCommonFields(record, 6, entry);
  record.writeUInt32LE(fixedExternalAttributes, 38);
  record.writeUInt32LE(entry.localHeaderOffset, 42);
  entry.nameBytes.copy(record, centralRecordSize);
  return record;
}

export function endRecordBytes(entryCount: number, centralDirectorySize: number, centralDirectoryOffset: number): Buffer {
  const record = Buffer.alloc(endRecordSize);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(entryCount, 8);
  record.writeUInt16LE(entryCount, 10);
  record.writeUInt32LE(centralDirectorySize, 12);
  record.writeUInt32LE(centralDirectoryOffset, 16);
  return record;
}
