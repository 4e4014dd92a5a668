import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/**
 * The 32-byte header of a SQLite `-wal` file (https://www.sqlite.org/fileformat2.html#walformat): magic, format
 * version, page size, checkpoint sequence number, two salts, and a checksum over the first 24 bytes.
 */
export type WalHeader = {
  pageSize: number;
  checkpoint: number;
  salt1: number;
  salt2: number;
  /** `salt1 − checkpoint` (mod 2^32): the same for every WAL one connection writes (see `walLineage`). */
  lineage: number;
};

const walMagicLittle = 0x377f0682;
const walMagicBig = 0x377f0683;
const walFormatVersion = 3007000;
export const walHeaderBytes = 32;

/** SQLite's WAL checksum over 32-bit words in the byte order the magic names (fileformat2 §4.3). */
function walChecksum(bytes: Buffer, bigEndian: boolean): [number, number] {
  let first = 0;
  let second = 0;
  for (let offset = 0; offset + 8 <= bytes.length; offset += 8) {
    const word0 = bigEndian ? bytes.readUInt32BE(offset) : bytes.readUInt32LE(offset);
    const word1 = bigEndian ? bytes.readUInt32BE(offset + 4) : bytes.readUInt32LE(offset + 4);
    first = (first + word0 + second) >>> 0;
    second = (second + word1 + first) >>> 0;
  }
  return [first, second];
}

/**
 * Why `salt1 − checkpoint` names one connection's WALs: SQLite draws both salts at random for the first WAL a
 * connection writes (checkpoint sequence 0), and each time it restarts the WAL after a checkpoint it adds one to
 * the sequence number and one to salt-1 (and draws a new salt-2). So the difference stays fixed for as long as
 * that connection lives, and a WAL written by any other connection, of this fund or another, differs from it with
 * odds of 2^-32. A connection that replays a crash WAL continues its numbers, so the difference carries on too.
 */
export function walLineage(salt1: number, checkpoint: number): number {
  return (salt1 - checkpoint) >>> 0;
}

/** Parses a WAL header; undefined when it is not one SQLite would use (wrong magic, version or checksum). */
export function parseWalHeader(bytes: Buffer): WalHeader | undefined {
  if (bytes.length < walHeaderBytes) return undefined;
  const magic = bytes.readUInt32BE(0);
  if (magic !== walMagicLittle && magic !== walMagicBig) return undefined;
  if (bytes.readUInt32BE(4) !== walFormatVersion) return undefined;
  const [first, second] = walChecksum(bytes.subarray(0, 24), magic === walMagicBig);
  if (first !== bytes.readUInt32BE(24) || second !== bytes.readUInt32BE(28)) return undefined;
  const pageSize = bytes.readUInt32BE(8);
  const checkpoint = bytes.readUInt32BE(12);
  const salt1 = bytes.readUInt32BE(16);
  return { pageSize, checkpoint, salt1, salt2: bytes.readUInt32BE(20), lineage: walLineage(salt1, checkpoint) };
}

export type WalFile = { state: 'none' } | { state: 'empty' } | { state: 'present'; bytes: number; header: WalHeader | undefined };

/** What lies at `<fund>-wal`: nothing, an empty file (harmless), or a WAL with its header (undefined if unusable). */
export function readWalFile(walPath: string): WalFile {
  if (!existsSync(walPath)) return { state: 'none' };
  const bytes = statSync(walPath).size;
  if (bytes === 0) return { state: 'empty' };
  const header = Buffer.alloc(walHeaderBytes);
  const handle = openSync(walPath, 'r');
  let read: number;
  try {
    read = readSync(handle, header, 0, walHeaderBytes, 0);
  } finally {
    closeSync(handle);
  }
  return { state: 'present', bytes, header: parseWalHeader(header.subarray(0, read)) };
}
