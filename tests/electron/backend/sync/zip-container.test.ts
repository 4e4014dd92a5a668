import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LineSplitter, parseJsonBounded } from '../../../../electron/backend/sync/jsonl';
import { openSyncZip, type SyncZipReader } from '../../../../electron/backend/sync/zip-reader';
import { writeSyncZip } from '../../../../electron/backend/sync/zip-writer';
import { recordLines, rules, sampleEntries, temporaryFolder } from './sync-fixture';

const opened: SyncZipReader[] = [];
afterEach(async () => {
  for (const zip of opened.splice(0)) await zip.close();
});

async function openGood(path: string): Promise<SyncZipReader> {
  const result = await openSyncZip(path, { rules });
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  opened.push(result.zip);
  return result.zip;
}

describe('the canonical ZIP writer', () => {
  it('writes the same bytes for the same entries, whatever the time zone or the hour', async () => {
    const folder = temporaryFolder();
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Bangkok';
      const first = await writeSyncZip(join(folder, 'a.swfsync'), sampleEntries(), { rules });
      process.env.TZ = 'America/Los_Angeles';
      const second = await writeSyncZip(join(folder, 'b.swfsync'), sampleEntries(), { rules });
      expect(first.ok && second.ok).toBe(true);
      const a = readFileSync(join(folder, 'a.swfsync'));
      expect(a.equals(readFileSync(join(folder, 'b.swfsync')))).toBe(true);
      if (first.ok) {
        expect(first.bytes).toBe(a.length);
        expect(first.sha256).toBe(createHash('sha256').update(a).digest('hex'));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('leaves no temporary file and no extra field, comment, data descriptor or timestamp of its own', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'fund.swfsync');
    await writeSyncZip(path, sampleEntries(), { rules });
    expect(readdirSync(folder)).toEqual(['fund.swfsync']);
    const bytes = readFileSync(path);
    // the first local header: flags 0x0800 only, method 0 (the manifest is stored), DOS 1980-02-01 00:00, no extra
    expect(bytes.readUInt16LE(6)).toBe(0x0800);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect([bytes.readUInt16LE(10), bytes.readUInt16LE(12)]).toEqual([0, 0x41]);
    expect(bytes.readUInt16LE(28)).toBe(0);
    // the end record: no archive comment
    expect(bytes.readUInt16LE(bytes.length - 2)).toBe(0);
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x07, 0x08]))).toBe(false);
  });

  it('refuses to leave behind a file its own reader rejects', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'fund.swfsync');
    const result = await writeSyncZip(path, sampleEntries(), { rules: rules.filter((rule) => rule.name !== 'manifest.sig') });
    expect(result).toMatchObject({ ok: false, reason: 'bad-entry' });
    expect(existsSync(path)).toBe(false);
  });
});

describe('the hostile-input-proof ZIP reader', () => {
  it('gives back each entry as written, with its SHA-256', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'fund.swfsync');
    const entries = sampleEntries();
    await writeSyncZip(path, entries, { rules });
    const zip = await openGood(path);
    expect(zip.entries.map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) {
      const read = await zip.readEntryCapped(entry.name, 1024 * 1024);
      expect(read.ok && read.bytes.equals(Buffer.from(entry.data))).toBe(true);
      if (read.ok) expect(read.sha256).toBe(createHash('sha256').update(entry.data).digest('hex'));
    }
    expect(await zip.verifyAll()).toEqual({ ok: true });
  });

  it('streams an NDJSON part line by line, bounded, and checks its expected hash', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'fund.swfsync');
    await writeSyncZip(path, sampleEntries(), { rules });
    const zip = await openGood(path);
    const ids: string[] = [];
    const splitter = new LineSplitter<'bad-json' | 'too-deep'>((line) => {
      const parsed = parseJsonBounded(line);
      if (!parsed.ok) return parsed;
      ids.push((parsed.value as { id: string }).id);
    });
    const expectedSha256 = createHash('sha256').update(recordLines(300, 1)).digest('hex');
    const streamed = await zip.streamEntry('records/part-01.jsonl', (chunk) => splitter.push(chunk), { expectedSha256 });
    expect(streamed).toMatchObject({ ok: true, sha256: expectedSha256 });
    expect(splitter.end()).toBeUndefined();
    expect(ids).toHaveLength(300);
    expect(ids[299]).toBe('1-299');

    const wrongHash = await zip.streamEntry('records/part-01.jsonl', () => undefined, { expectedSha256: '0'.repeat(64) });
    expect(wrongHash).toMatchObject({ ok: false, reason: 'hash-mismatch' });
  });

  it('refuses to read an entry past the caller’s cap, before inflating it', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'fund.swfsync');
    await writeSyncZip(path, sampleEntries(), { rules });
    const zip = await openGood(path);
    expect(await zip.readEntryCapped('records/part-01.jsonl', 100)).toMatchObject({ ok: false, reason: 'entry-too-large' });
    expect(await zip.readEntryCapped('records/part-09.jsonl', 100)).toMatchObject({ ok: false, reason: 'missing-entry' });
  });

  it('accepts optional entries left out, and a byte-for-byte copy', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'small.swfsync');
    const entries = sampleEntries().slice(0, 2);
    await writeSyncZip(path, entries, { rules });
    await openGood(path);
    writeFileSync(join(folder, 'copy.swfsync'), readFileSync(path));
    await openGood(join(folder, 'copy.swfsync'));
  });
});
