import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncLimits, type SyncLimits } from '../../../../electron/backend/sync/limits';
import { openSyncZip } from '../../../../electron/backend/sync/zip-reader';
import { writeSyncZip } from '../../../../electron/backend/sync/zip-writer';
import { runs, testSeed } from '../../../support/seed';
import { handMadeZip, type HandEntry } from './hand-made-zip';
import { recordLines, recordParts, rules, sampleEntries, temporaryFolder } from './sync-fixture';

const folder = temporaryFolder();
const probe = join(folder, 'probe.swfsync');

/** What the reader says of these bytes: its reason, or `accepted` when opening and reading every entry pass. */
async function verdict(bytes: Buffer, limits?: SyncLimits): Promise<string> {
  writeFileSync(probe, bytes);
  const opened = await openSyncZip(probe, { rules, limits });
  if (!opened.ok) return opened.reason;
  const read = await opened.zip.verifyAll();
  await opened.zip.close();
  return read.ok ? 'accepted' : read.reason;
}

const manifest = Buffer.from('{"format":1}');
const signature = Buffer.alloc(64, 9);
const part = recordLines(200, 3);
const deflated = deflateRawSync(part, { level: 6 });
const regularFile = (0o100644 << 16) >>> 0;

/** The hand-made twin of a writer's file; each hostile case changes one thing of it. */
function baseline(): HandEntry[] {
  return [
    { name: 'manifest.json', stored: manifest },
    { name: 'manifest.sig', stored: signature },
    { name: 'records/part-01.jsonl', stored: deflated, content: part, method: 8 },
  ];
}

function changed(index: number, change: Partial<HandEntry>): HandEntry[] {
  return baseline().map((entry, at) => (at === index ? { ...entry, ...change } : entry));
}

let written: Buffer;
beforeAll(async () => {
  const path = join(folder, 'valid.swfsync');
  const result = await writeSyncZip(path, sampleEntries(), { rules });
  if (!result.ok) throw new Error(result.detail);
  written = readFileSync(path);
});

describe('hostile sync files, each refused with its reason', () => {
  it('takes the hand-made baseline as the writer’s own bytes, so each case below differs in one thing only', async () => {
    const path = join(folder, 'twin.swfsync');
    await writeSyncZip(path, [
      { name: 'manifest.json', data: manifest, compression: 'store' },
      { name: 'manifest.sig', data: signature, compression: 'store' },
      { name: 'records/part-01.jsonl', data: part, compression: 'deflate' },
    ]);
    expect(handMadeZip(baseline()).equals(readFileSync(path))).toBe(true);
    expect(await verdict(handMadeZip(baseline()))).toBe('accepted');
  });

  const notZips: [string, () => Buffer][] = [
    ['an empty file', () => Buffer.alloc(0)],
    ['a line of text', () => Buffer.from('hello, regional office\n')],
    ['a PDF', () => Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n')],
    ['a SQLite fund file header', () => Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84)])],
    ['a gzip stream', () => Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, ...deflated])],
    ['a lone local header', () => handMadeZip(baseline()).subarray(0, 30 + 13 + manifest.length)],
    ['trailing bytes after the end record', () => Buffer.concat([handMadeZip(baseline()), Buffer.from('x')])],
    ...Array.from({ length: 5 }, (_, index) => [`random bytes #${index + 1}`, () => randomBytes(64 << index)] as [string, () => Buffer]),
  ];
  it.each(notZips)('%s → not-a-zip', async (_label, make) => {
    expect(await verdict(make())).toBe('not-a-zip');
  });

  it('refuses an empty archive, a directory pointing past the file and an archive comment', async () => {
    expect(await verdict(handMadeZip([]))).toBe('missing-entry');
    const pastTheEnd = handMadeZip(baseline());
    pastTheEnd.writeUInt32LE(pastTheEnd.length + 100, pastTheEnd.length - 6);
    expect(await verdict(pastTheEnd)).toBe('bad-entry');
    expect(await verdict(handMadeZip(baseline(), Buffer.from('made by hand')))).toBe('bad-entry');
  });

  it('refuses a folder and a named pipe without opening them (a pipe would block)', async () => {
    expect(await openSyncZip(folder, { rules })).toMatchObject({ ok: false, reason: 'not-a-zip' });
    if (process.platform === 'win32') return;
    const pipe = join(folder, 'pipe.swfsync');
    execFileSync('mkfifo', [pipe]);
    expect(await openSyncZip(pipe, { rules })).toMatchObject({ ok: false, reason: 'not-a-zip' });
  });

  it('refuses a file over the size limit before opening it', async () => {
    expect(await verdict(written, syncLimits({ fileBytes: written.length - 1 }))).toBe('too-large');
    expect(await verdict(randomBytes(5000), syncLimits({ fileBytes: 4096 }))).toBe('too-large');
  });

  it('refuses every truncation', async () => {
    const seed = testSeed('sync truncations');
    const lengths = fc.sample(fc.integer({ min: 0, max: written.length - 1 }), { seed, numRuns: runs(60) });
    for (const length of [0, 1, 22, written.length - 22, written.length - 1, ...lengths]) {
      expect(await verdict(written.subarray(0, length)), `length ${length}`).toBe('not-a-zip');
    }
  });

  const deflatedTwice = deflateRawSync(Buffer.alloc(4 * 1024 * 1024));
  const entryCases: [string, HandEntry[], string, SyncLimits?][] = [
    ['an extra entry outside the list', [...baseline(), { name: 'evil.exe', stored: Buffer.from('MZ') }], 'bad-entry'],
    [
      'a record part not in the fixed list',
      [...baseline(), { name: 'records/secret.jsonl', stored: deflated, content: part, method: 8 }],
      'bad-entry',
    ],
    ['the signature missing', baseline().filter((entry) => entry.name !== 'manifest.sig'), 'missing-entry'],
    ['the manifest missing', baseline().filter((entry) => entry.name !== 'manifest.json'), 'missing-entry'],
    ['a duplicate name', [...baseline(), { name: 'manifest.json', stored: manifest }], 'bad-entry'],
    ['an absolute path', [...baseline(), { name: '/etc/passwd', stored: manifest }], 'bad-entry'],
    ['a drive path', [...baseline(), { name: 'C:/Windows/system.ini', stored: manifest }], 'bad-entry'],
    ['a backslash path', [...baseline(), { name: 'records\\..\\x', stored: manifest }], 'bad-entry'],
    ['a `..` path', [...baseline(), { name: 'records/../../x.jsonl', stored: manifest }], 'bad-entry'],
    ['a leading `..`', changed(0, { name: '../manifest.json' }), 'bad-entry'],
    ['a symlink entry', changed(2, { externalAttributes: (0o120777 << 16) >>> 0 }), 'bad-entry'],
    ['a symlink named as the manifest', changed(0, { externalAttributes: (0o120644 << 16) >>> 0 }), 'bad-entry'],
    [
      'a directory entry',
      [...baseline(), { name: 'records/', stored: Buffer.alloc(0), externalAttributes: (0o40755 << 16) >>> 0 }],
      'bad-entry',
    ],
    ['a directory by its mode', changed(1, { externalAttributes: (0o40755 << 16) >>> 0 }), 'bad-entry'],
    ['a directory by its DOS attribute', changed(1, { externalAttributes: (regularFile | 0x10) >>> 0 }), 'bad-entry'],
    ['the encryption flag', changed(2, { flags: 0x0801 }), 'bad-entry'],
    ['the strong-encryption flag', changed(2, { flags: 0x0841 }), 'bad-entry'],
    ['a data descriptor flag', changed(2, { flags: 0x0808 }), 'bad-entry'],
    ['names not flagged UTF-8', changed(0, { flags: 0 }), 'bad-entry'],
    ...[1, 6, 9, 12, 14, 93, 95, 98, 99].map(
      (method) => [`compression method ${method}`, changed(2, { method }), 'bad-entry'] as [string, HandEntry[], string],
    ),
    ['a deflated manifest', changed(0, { stored: deflateRawSync(manifest), content: manifest, method: 8 }), 'bad-entry'],
    ['a stored record part', changed(2, { stored: part, content: part, method: 0 }), 'bad-entry'],
    ['entries out of order', [baseline()[1], baseline()[0], baseline()[2]] as HandEntry[], 'bad-entry'],
    ['an extra field in a local header', changed(2, { localExtra: Buffer.from([0x55, 0x54, 5, 0, 1, 0, 0, 0, 0]) }), 'bad-entry'],
    ['an extended timestamp in the directory', changed(0, { centralExtra: Buffer.from([0x55, 0x54, 5, 0, 3, 1, 2, 3, 4]) }), 'bad-entry'],
    ['an entry comment', changed(1, { comment: Buffer.from('hi') }), 'bad-entry'],
    ['another time of day', changed(0, { time: 0x6000 }), 'bad-entry'],
    ['another date', changed(2, { date: 0x5a21 }), 'bad-entry'],
    ['made by another system', changed(0, { versionMadeBy: 0x0014 }), 'bad-entry'],
    ['an executable mode', changed(2, { externalAttributes: (0o100755 << 16) >>> 0 }), 'bad-entry'],
    ['a wrong CRC-32', changed(0, { crc32: 0x12345678 }), 'hash-mismatch'],
    ['a stored size that disagrees', changed(1, { uncompressedSize: signature.length - 1 }), 'bad-entry'],
    ['a deflated size stated too small', changed(2, { uncompressedSize: part.length - 1 }), 'bad-entry'],
    ['a deflated size stated too big', changed(2, { uncompressedSize: part.length + 1 }), 'bad-entry'],
    ['a manifest over its 1 KiB cap (test limit)', baseline(), 'entry-too-large', syncLimits({ entryBytes: 63 })],
    ['too many entries', baseline(), 'bad-entry', syncLimits({ entryCount: 2 })],
    ['a part over the entry limit', baseline(), 'entry-too-large', syncLimits({ entryBytes: part.length - 1 })],
    ['parts over the total limit', baseline(), 'entry-too-large', syncLimits({ totalBytes: part.length })],
    ['a part over a small ratio limit', baseline(), 'entry-too-large', syncLimits({ compressionRatio: 2 })],
    [
      'a zip bomb: 4 MiB of zeros in a few KB',
      changed(2, { stored: deflatedTwice, content: Buffer.alloc(4 * 1024 * 1024), method: 8 }),
      'entry-too-large',
    ],
    [
      'a zip bomb that lies about its size',
      changed(2, { stored: deflatedTwice, crc32: 0, uncompressedSize: deflatedTwice.length * 100, method: 8 }),
      'bad-entry',
    ],
    [
      'a bomb past a small entry limit (tiny file, tiny limits)',
      changed(2, { stored: deflateRawSync(Buffer.alloc(30_000)), content: Buffer.alloc(30_000), method: 8 }),
      'entry-too-large',
      syncLimits({ entryBytes: 20_000, compressionRatio: 1000 }),
    ],
  ];
  it.each(entryCases)('%s → %s', async (_label, entries, reason, limits) => {
    expect(await verdict(handMadeZip(entries), limits)).toBe(reason);
  });

  it('refuses a signature over its 1 KiB cap and a manifest over its 1 MiB cap', async () => {
    expect(await verdict(handMadeZip(changed(1, { stored: Buffer.alloc(1025) })))).toBe('entry-too-large');
    expect(await verdict(handMadeZip(changed(0, { stored: Buffer.alloc(1024 * 1024 + 1, 0x20) })))).toBe('entry-too-large');
  });

  it('refuses entries sharing one local header (the 13.9 KB, 200 MB bomb yauzl accepted)', async () => {
    const shared = recordParts.slice(1).map((name) => ({ name, stored: Buffer.alloc(0), sharesLocalHeaderOf: 2 }));
    expect(await verdict(handMadeZip([...baseline(), ...shared]))).toBe('overlapping-entries');
    expect(
      await verdict(handMadeZip([...baseline(), { name: 'records/part-02.jsonl', stored: Buffer.alloc(0), sharesLocalHeaderOf: 2 }])),
    ).toBe('overlapping-entries');
  });

  it('refuses a local header hidden inside another entry’s data', async () => {
    // a complete local header and data for part-01 sit inside the manifest's stored data, and the directory
    // points part-01 there
    const inner = handMadeZip([{ name: 'records/part-01.jsonl', stored: deflated, content: part, method: 8 }]);
    const innerLength = 30 + 'records/part-01.jsonl'.length + deflated.length;
    const carrier = Buffer.concat([Buffer.alloc(8, 0x20), inner.subarray(0, innerLength)]);
    const bytes = handMadeZip([
      { name: 'manifest.json', stored: carrier },
      { name: 'manifest.sig', stored: signature },
      { name: 'records/part-01.jsonl', stored: deflated, content: part, method: 8 },
    ]);
    const lastRecord = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(30 + 'manifest.json'.length + 8, lastRecord + 42);
    expect(await verdict(bytes)).toBe('overlapping-entries');
  });

  it('refuses junk between entries or before the first', async () => {
    const entries = baseline();
    const plain = handMadeZip(entries);
    const prefixed = Buffer.concat([Buffer.from('MZ\0\0'), plain]);
    // shift every offset by the prefix, as a self-extracting archive would
    const end = prefixed.length - 22;
    prefixed.writeUInt32LE(prefixed.readUInt32LE(end + 16) + 4, end + 16);
    for (
      let at = prefixed.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at !== -1;
      at = prefixed.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    ) {
      prefixed.writeUInt32LE(prefixed.readUInt32LE(at + 42) + 4, at + 42);
    }
    expect(await verdict(prefixed)).toBe('bad-entry');
  });

  it('refuses any single changed byte of a valid file, at every position', async () => {
    const accepted: number[] = [];
    for (let position = 0; position < written.length; position += 1) {
      const bytes = Buffer.from(written);
      bytes[position] = (bytes[position] ?? 0) ^ 0xff;
      if ((await verdict(bytes)) === 'accepted') accepted.push(position);
    }
    expect(accepted).toEqual([]);
  });

  it('refuses any single changed byte, any change (property, seeded)', async () => {
    const seed = testSeed('sync single-byte changes');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: written.length - 1 }), fc.integer({ min: 1, max: 255 }), async (position, change) => {
        const bytes = Buffer.from(written);
        bytes[position] = (bytes[position] ?? 0) ^ change;
        expect(await verdict(bytes)).not.toBe('accepted');
      }),
      { seed, numRuns: runs(300) },
    );
  });

  it('refuses set padding bits after a deflate stream, which zlib itself ignores', async () => {
    // the last byte of part-01's deflate data: whichever of its bits are unused padding, setting one is refused
    const bytes = handMadeZip(baseline());
    const last = 30 + 13 + manifest.length + 30 + 12 + signature.length + 30 + 21 + deflated.length - 1;
    expect(bytes[last]).toBe(deflated[deflated.length - 1]);
    let padding = 0;
    for (let bit = 7; bit >= 0; bit -= 1) {
      const changedByte = Buffer.from(bytes);
      changedByte[last] = (changedByte[last] ?? 0) ^ (1 << bit);
      const reason = await verdict(changedByte);
      expect(reason).not.toBe('accepted');
      if (reason === 'bad-entry') padding += 1;
    }
    expect(padding).toBeGreaterThan(0);
  });
});
