import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import {
  centralRecordBytes,
  compressionMethods,
  endRecordBytes,
  endRecordSize,
  localHeaderBytes,
  localHeaderSize,
  type Compression,
  type LaidOutEntry,
} from './canonical-layout';
import { failure, type ContainerReason, type Failure, type Outcome } from './container-result';
import { readEntryContent, type ChunkHandler, type EntryDigest, type EntryLocation } from './entry-content';
import { defaultSyncLimits, type SyncLimits } from './limits';

/** One name the caller allows, in the order the writer puts entries (the reader insists on that order). */
export type ZipEntryRule = {
  readonly name: string;
  readonly compression: Compression;
  /** Absent → `missing-entry`. */
  readonly required?: boolean;
  /** A tighter cap than the per-entry limit (manifest 1 MiB, signature 1 KiB). */
  readonly maxBytes?: number;
};

export type SyncZipEntry = {
  readonly name: string;
  readonly compression: Compression;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
};

export type StreamOptions = {
  /** Refuse (`entry-too-large`) an entry stated or found bigger than this. */
  readonly maxBytes?: number;
  /** Lower-case hex; a different content hash → `hash-mismatch`. */
  readonly expectedSha256?: string;
};

/**
 * An opened `.swfsync` container whose headers all passed. Its entries' data is checked as it is read: read every
 * entry fully (streamEntry, readEntryCapped or verifyAll) before trusting the file.
 */
export type SyncZipReader = {
  readonly entries: readonly SyncZipEntry[];
  has(name: string): boolean;
  /** The whole entry in memory, refused past `maxBytes` before anything is inflated. */
  readEntryCapped(name: string, maxBytes: number): Promise<Outcome<{ readonly bytes: Buffer; readonly sha256: string }>>;
  /** Each inflated chunk in order, hashing as it goes; a chunk handler may stop it with its own failure. */
  streamEntry<Reason extends string = never>(
    name: string,
    onChunk: ChunkHandler<Reason>,
    options?: StreamOptions,
  ): Promise<Outcome<EntryDigest, ContainerReason | Reason>>;
  /** Reads every entry through, for the writer's read-back and for a plain "is this file intact". */
  verifyAll(): Promise<Outcome<object>>;
  close(): Promise<void>;
};

export type OpenOptions = {
  readonly rules: readonly ZipEntryRule[];
  readonly limits?: SyncLimits;
};

const yauzlOptions = { lazyEntries: true, strictFileNames: true, validateEntrySizes: true, autoClose: false } as const;

/**
 * Gives yauzl our own file handle, so the size we checked, the headers yauzl parses and the bytes we compare all
 * come from the one open file (a file swapped underneath between them cannot pass), and so closing stays ours.
 */
class HandleReader extends yauzl.RandomAccessReader {
  constructor(private readonly handle: FileHandle) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return this.handle.createReadStream({ start, end: end - 1, autoClose: false });
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    this.handle.read(buffer, offset, length, position).then(
      ({ bytesRead }) => callback(bytesRead === length ? null : new Error('unexpected end of file')),
      (error: Error) => callback(error),
    );
  }

  override close(callback: (err: Error | null) => void): void {
    setImmediate(() => callback(null));
  }
}

/**
 * What catches a changed byte anywhere in a file our writer made (the hostile-file tests flip every one):
 * - the end record, central directory and local headers: yauzl's parse (signatures, lengths, names), the checks
 *   below (names, flags, methods, sizes, ranges), and last a byte-for-byte comparison with the headers our
 *   writer would make for these entries (constants, the fixed layout, each local header equal to its central twin);
 * - stored data: its CRC-32 when the entry is read (`hash-mismatch`);
 * - deflated data: zlib's own checks, the stated size, the CRC-32, and the stream ending exactly at the entry's
 *   last byte with zero padding bits (entry-content.ts).
 * Data is checked only when it is read, so read every entry through before trusting a file.
 */

/**
 * Opens a `.swfsync` container and checks it as reliability.md §(c) orders: the file's size, yauzl's parse, then
 * the central directory (names, duplicates, directories, symlinks, encryption, compression, sizes and ratio,
 * non-overlapping local ranges), and last that every header byte is the one our writer makes. Answers a reason
 * code for any bad input; only I/O errors on the path itself (missing file, no permission) throw.
 */
export async function openSyncZip(path: string, options: OpenOptions): Promise<Outcome<{ readonly zip: SyncZipReader }>> {
  const limits = options.limits ?? defaultSyncLimits;
  // before opening: a FIFO or device would block or never end, and an oversized file is quarantined by name only
  const before = await stat(path);
  const refused = refuseFile(before.isFile(), before.size, limits);
  if (refused) return refused;
  const handle = await open(path, 'r');
  let zipfile: ZipFile | undefined;
  // the handle belongs to the reader once it is made; every other way out closes it here
  let handedOver = false;
  try {
    // again on the open file, which is what is read from here on (it may have been swapped since)
    const stats = await handle.stat();
    const changed = refuseFile(stats.isFile(), stats.size, limits);
    if (changed) return changed;
    try {
      zipfile = await yauzl.fromRandomAccessReaderPromise(new HandleReader(handle), stats.size, yauzlOptions);
    } catch (error) {
      return failure('not-a-zip', (error as Error).message);
    }
    if (zipfile.entryCount > limits.entryCount) {
      return failure('bad-entry', `${zipfile.entryCount} entries, over the limit of ${limits.entryCount}`);
    }
    const listed = await listEntries(zipfile);
    if (!listed.ok) return listed;
    const checked = checkCentralDirectory(listed.entries, options.rules, limits);
    if (!checked.ok) return checked;
    const ranges = await checkLocalRanges(zipfile, listed.entries);
    if (!ranges.ok) return ranges;
    const layout = await checkCanonicalBytes(handle, stats.size, checked.entries);
    if (!layout.ok) return layout;
    const zip = makeReader(handle, zipfile, layout.located, limits);
    handedOver = true;
    return { ok: true, zip };
  } finally {
    if (!handedOver) {
      zipfile?.close();
      await handle.close();
    }
  }
}

function refuseFile(isFile: boolean, size: number, limits: SyncLimits): Failure | undefined {
  if (!isFile) return failure('not-a-zip', 'not a regular file');
  if (size > limits.fileBytes) return failure('too-large', `${size} bytes, over the ${limits.fileBytes}-byte limit`);
  return undefined;
}

function listEntries(zipfile: ZipFile): Promise<Outcome<{ readonly entries: Entry[] }>> {
  return new Promise((resolve) => {
    const entries: Entry[] = [];
    zipfile.on('entry', (entry: Entry) => {
      entries.push(entry);
      zipfile.readEntry();
    });
    zipfile.on('end', () => resolve({ ok: true, entries }));
    // yauzl refuses absolute paths, `..`, backslashes, bad signatures and stored-size mismatches here
    zipfile.on('error', (error: Error) => resolve(failure('bad-entry', error.message)));
    zipfile.readEntry();
  });
}

type CheckedEntry = {
  readonly entry: Entry;
  readonly rule: ZipEntryRule;
};

const fileTypeMask = 0o170000;
const directoryType = 0o040000;
const symlinkType = 0o120000;
const dosDirectoryAttribute = 0x10;

/** Central-directory checks that need no file reads, each failure with its own reason and the entry's name. */
function checkCentralDirectory(
  entries: readonly Entry[],
  rules: readonly ZipEntryRule[],
  limits: SyncLimits,
): Outcome<{ readonly entries: CheckedEntry[] }> {
  const order = new Map(rules.map((rule, index) => [rule.name, { rule, index }]));
  const seen = new Set<string>();
  const checked: CheckedEntry[] = [];
  let previousIndex = -1;
  let total = 0;
  for (const entry of entries) {
    const name = entry.fileName;
    const type = (entry.externalFileAttributes >>> 16) & fileTypeMask;
    if (name.endsWith('/') || type === directoryType || entry.externalFileAttributes & dosDirectoryAttribute) {
      return failure('bad-entry', `${name}: a directory`);
    }
    if (type === symlinkType) return failure('bad-entry', `${name}: a symlink`);
    if (entry.isEncrypted()) return failure('bad-entry', `${name}: encrypted`);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      return failure('bad-entry', `${name}: compression method ${entry.compressionMethod}`);
    }
    const allowed = order.get(name);
    if (!allowed) return failure('bad-entry', `${name}: not an allowed entry name`);
    if (seen.has(name)) return failure('bad-entry', `${name}: listed twice`);
    seen.add(name);
    if (allowed.index < previousIndex) return failure('bad-entry', `${name}: out of the fixed order`);
    previousIndex = allowed.index;
    if (entry.compressionMethod !== compressionMethods[allowed.rule.compression]) {
      return failure('bad-entry', `${name}: must be ${allowed.rule.compression}d`);
    }
    const cap = Math.min(limits.entryBytes, allowed.rule.maxBytes ?? Infinity);
    if (entry.uncompressedSize > cap) {
      return failure('entry-too-large', `${name}: ${entry.uncompressedSize} bytes, over the ${cap}-byte limit`);
    }
    if (entry.uncompressedSize > limits.compressionRatio * entry.compressedSize) {
      return failure('entry-too-large', `${name}: inflates more than ${limits.compressionRatio} times`);
    }
    total += entry.uncompressedSize;
    checked.push({ entry, rule: allowed.rule });
  }
  if (total > limits.totalBytes) return failure('entry-too-large', `${total} bytes in all, over the ${limits.totalBytes}-byte limit`);
  const missing = rules.find((rule) => rule.required && !seen.has(rule.name));
  if (missing) return failure('missing-entry', `${missing.name} is missing`);
  return { ok: true, entries: checked };
}

/**
 * Each entry must own its local header and data outright. yauzl alone accepted a 13.9 KB file whose 200 entries
 * all pointed at one local header and inflated to 200 MB, so the ranges are computed and compared here.
 */
async function checkLocalRanges(zipfile: ZipFile, entries: readonly Entry[]): Promise<Outcome<object>> {
  const ranges: { name: string; start: number; end: number }[] = [];
  for (const entry of entries) {
    try {
      const header = await zipfile.readLocalFileHeaderPromise(entry, { minimal: true });
      ranges.push({ name: entry.fileName, start: entry.relativeOffsetOfLocalHeader, end: header.fileDataStart + entry.compressedSize });
    } catch (error) {
      return failure('bad-entry', `${entry.fileName}: ${(error as Error).message}`);
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  for (let index = 1; index < ranges.length; index += 1) {
    const previous = ranges[index - 1];
    const current = ranges[index];
    if (previous && current && current.start < previous.end) {
      return failure('overlapping-entries', `${current.name} overlaps ${previous.name}`);
    }
  }
  return { ok: true };
}

/**
 * The file must be, byte for byte, what our writer makes of these entries: local headers at offset 0 and each
 * right after the previous entry's data, then the central directory, then the end record and nothing more. The
 * expected bytes are rebuilt and compared, which catches extra fields, comments, timestamps, attributes, flags,
 * version fields, data descriptors, zip64 records, gaps and a local header that disagrees with the central one.
 */
async function checkCanonicalBytes(
  handle: FileHandle,
  fileSize: number,
  checked: readonly CheckedEntry[],
): Promise<Outcome<{ readonly located: EntryLocation[] }>> {
  const laidOut: LaidOutEntry[] = [];
  const located: EntryLocation[] = [];
  let cursor = 0;
  for (const { entry, rule } of checked) {
    const item: LaidOutEntry = {
      nameBytes: Buffer.from(rule.name, 'utf8'),
      compression: rule.compression,
      crc32: entry.crc32,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
      localHeaderOffset: entry.relativeOffsetOfLocalHeader,
    };
    if (item.localHeaderOffset !== cursor) return failure('bad-entry', `${rule.name}: not where the previous entry ends`);
    const expected = localHeaderBytes(item);
    if (!(await bytesAt(handle, cursor, expected))) return failure('bad-entry', `${rule.name}: its local header is not canonical`);
    laidOut.push(item);
    located.push({ ...item, name: rule.name, dataOffset: cursor + localHeaderSize + item.nameBytes.length });
    cursor += expected.length + item.compressedSize;
  }
  const directory = Buffer.concat(laidOut.map(centralRecordBytes));
  const end = endRecordBytes(laidOut.length, directory.length, cursor);
  if (fileSize !== cursor + directory.length + endRecordSize) return failure('bad-entry', 'bytes outside the entries and directory');
  if (!(await bytesAt(handle, cursor, directory))) return failure('bad-entry', 'the central directory is not canonical');
  if (!(await bytesAt(handle, cursor + directory.length, end))) return failure('bad-entry', 'the end record is not canonical');
  return { ok: true, located };
}

async function bytesAt(handle: FileHandle, position: number, expected: Buffer): Promise<boolean> {
  const actual = Buffer.alloc(expected.length);
  const { bytesRead } = await handle.read(actual, 0, actual.length, position);
  return bytesRead === expected.length && actual.equals(expected);
}

function makeReader(handle: FileHandle, zipfile: ZipFile, located: readonly EntryLocation[], limits: SyncLimits): SyncZipReader {
  const byName = new Map(located.map((entry) => [entry.name, entry]));
  const entries: SyncZipEntry[] = located.map(({ name, compression, compressedSize, uncompressedSize, crc32 }) => ({
    name,
    compression,
    compressedSize,
    uncompressedSize,
    crc32,
  }));
  let closed = false;

  async function streamEntry<Reason extends string = never>(
    name: string,
    onChunk: ChunkHandler<Reason>,
    streamOptions: StreamOptions = {},
  ): Promise<Outcome<EntryDigest, ContainerReason | Reason>> {
    const entry = byName.get(name);
    if (!entry) return failure('missing-entry', `${name} is missing`);
    const cap = Math.min(streamOptions.maxBytes ?? Infinity, limits.entryBytes);
    if (entry.uncompressedSize > cap) return failure('entry-too-large', `${name}: ${entry.uncompressedSize} bytes, over ${cap}`);
    const digest = await readEntryContent(handle, entry, onChunk);
    if (digest.ok && streamOptions.expectedSha256 !== undefined && digest.sha256 !== streamOptions.expectedSha256) {
      return failure('hash-mismatch', `${name}: its SHA-256 is not the expected one`);
    }
    return digest;
  }

  return {
    entries,
    has: (name) => byName.has(name),
    streamEntry,
    async readEntryCapped(name, maxBytes) {
      const chunks: Buffer[] = [];
      const digest = await streamEntry(name, (chunk) => void chunks.push(chunk), { maxBytes });
      if (!digest.ok) return digest;
      return { ok: true, bytes: Buffer.concat(chunks), sha256: digest.sha256 };
    },
    async verifyAll() {
      for (const entry of located) {
        const digest = await readEntryContent(handle, entry, () => undefined);
        if (!digest.ok) return digest;
      }
      return { ok: true };
    },
    async close() {
      if (closed) return;
      closed = true;
      zipfile.close();
      await handle.close();
    },
  };
}
