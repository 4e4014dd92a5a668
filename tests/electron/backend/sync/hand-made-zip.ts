import { crc32 } from 'node:zlib';

/**
 * Builds ZIP bytes by hand, field by field, so a test can make exactly the hostile file it means: each field
 * defaults to what our writer makes, and a case overrides the one it is about.
 */
export type HandEntry = {
  readonly name: string;
  /** The bytes as they sit in the file (already deflated when method is 8). */
  readonly stored: Buffer;
  /** The inflated content, for the CRC and size; the stored bytes when absent. */
  readonly content?: Buffer;
  readonly method?: number;
  readonly crc32?: number;
  readonly uncompressedSize?: number;
  readonly flags?: number;
  readonly externalAttributes?: number;
  readonly versionMadeBy?: number;
  readonly time?: number;
  readonly date?: number;
  readonly localExtra?: Buffer;
  readonly centralExtra?: Buffer;
  readonly comment?: Buffer;
  /** Point the central record at another entry's local header (index into the written entries). */
  readonly sharesLocalHeaderOf?: number;
};

export function handMadeZip(entries: readonly HandEntry[], archiveComment: Buffer = Buffer.alloc(0)): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let cursor = 0;
  const fields = (entry: HandEntry) => ({
    name: Buffer.from(entry.name, 'utf8'),
    method: entry.method ?? 0,
    crc: entry.crc32 ?? crc32(entry.content ?? entry.stored),
    size: entry.uncompressedSize ?? (entry.content ?? entry.stored).length,
    flags: entry.flags ?? 0x0800,
  });
  entries.forEach((entry, index) => {
    if (entry.sharesLocalHeaderOf !== undefined) {
      offsets.push(offsets[entry.sharesLocalHeaderOf] ?? 0);
      return;
    }
    const { name, method, crc, size, flags } = fields(entry);
    const extra = entry.localExtra ?? Buffer.alloc(0);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(entry.time ?? 0, 10);
    header.writeUInt16LE(entry.date ?? 0x41, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(entry.stored.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(extra.length, 28);
    offsets[index] = cursor;
    parts.push(header, name, extra, entry.stored);
    cursor += header.length + name.length + extra.length + entry.stored.length;
  });
  const directoryStart = cursor;
  entries.forEach((entry, index) => {
    const owner = entry.sharesLocalHeaderOf === undefined ? entry : (entries[entry.sharesLocalHeaderOf] ?? entry);
    const { method, crc, size, flags } = fields(owner);
    const name = Buffer.from(entry.name, 'utf8');
    const extra = entry.centralExtra ?? Buffer.alloc(0);
    const comment = entry.comment ?? Buffer.alloc(0);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(entry.versionMadeBy ?? 0x033f, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(entry.flags ?? flags, 8);
    record.writeUInt16LE(entry.method ?? method, 10);
    record.writeUInt16LE(entry.time ?? 0, 12);
    record.writeUInt16LE(entry.date ?? 0x41, 14);
    record.writeUInt32LE(entry.crc32 ?? crc, 16);
    record.writeUInt32LE(owner.stored.length, 20);
    record.writeUInt32LE(entry.uncompressedSize ?? size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(extra.length, 30);
    record.writeUInt16LE(comment.length, 32);
    record.writeUInt32LE(entry.externalAttributes ?? (0o100644 << 16) >>> 0, 38);
    record.writeUInt32LE(offsets[index] ?? 0, 42);
    parts.push(record, name, extra, comment);
    cursor += record.length + name.length + extra.length + comment.length;
  });
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cursor - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  end.writeUInt16LE(archiveComment.length, 20);
  parts.push(end, archiveComment);
  return Buffer.concat(parts);
}
