import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Failure, LineReason } from '../../../../electron/backend/sync/container-result';
import { LineSplitter, parseJsonBounded } from '../../../../electron/backend/sync/jsonl';
import { openSyncZip } from '../../../../electron/backend/sync/zip-reader';
import { writeSyncZip } from '../../../../electron/backend/sync/zip-writer';
import { runs, testSeed } from '../../../support/seed';
import { rules, temporaryFolder } from './sync-fixture';

/** Feeds the chunks and answers the lines, or the first failure. */
function split(chunks: readonly Buffer[], maxLineBytes?: number): string[] | Failure<LineReason> {
  const lines: string[] = [];
  const splitter = new LineSplitter((line, number) => {
    expect(number).toBe(lines.length + 1);
    lines.push(line);
  }, maxLineBytes);
  for (const chunk of chunks) {
    const refused = splitter.push(chunk);
    if (refused) return refused;
  }
  return splitter.end() ?? lines;
}

describe('the bounded NDJSON line splitter', () => {
  it('gives the same lines however the bytes are cut into chunks (property, seeded)', () => {
    const seed = testSeed('jsonl chunking');
    const text = ['{"ชื่อ":"สมศรี"}', '{"a":[1,2,3]}', '', '{"emoji":"🙂"}', '"x"'].join('\n') + '\n';
    const bytes = Buffer.from(text, 'utf8');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
        const chunks = points.slice(1).map((end, index) => bytes.subarray(points[index], end));
        expect(split(chunks)).toEqual(text.split('\n').slice(0, -1));
      }),
      { seed, numRuns: runs(200) },
    );
  });

  it('refuses a line over the limit as soon as its bytes pass it, naming the line', () => {
    expect(split([Buffer.from('{}\n'), Buffer.alloc(100 * 1024, 0x20)])).toMatchObject({
      ok: false,
      reason: 'line-too-long',
      detail: 'line 2 is longer than 65536 bytes',
    });
    const exactly = Buffer.concat([Buffer.alloc(64 * 1024, 0x20), Buffer.from('\n')]);
    expect(split([exactly])).toHaveLength(1);
    expect(split([Buffer.from('12345\n123456\n')], 5)).toMatchObject({ reason: 'line-too-long', detail: 'line 2 is longer than 5 bytes' });
  });

  it('refuses a byte-order mark, bytes that are not UTF-8, and a last line without its newline', () => {
    expect(split([Buffer.from('\uFEFF{}\n', 'utf8')])).toMatchObject({ reason: 'bad-encoding' });
    for (const bad of [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe0, 0xb8]]) {
      expect(split([Buffer.from([0x22, ...bad, 0x22, 0x0a])])).toMatchObject({ reason: 'bad-encoding' });
    }
    expect(split([Buffer.from('{}\n{}')])).toMatchObject({ reason: 'bad-encoding', detail: 'line 2 does not end with a newline' });
    expect(split([])).toEqual([]);
  });

  it('stops at the first failure its line handler answers', () => {
    const splitter = new LineSplitter<'bad-json' | 'too-deep'>((line) => {
      const parsed = parseJsonBounded(line);
      return parsed.ok ? undefined : parsed;
    });
    expect(splitter.push(Buffer.from('{"a":1}\n{"a":\n{"b":2}\n'))).toMatchObject({ reason: 'bad-json' });
  });
});

describe('JSON with a depth limit', () => {
  it('parses up to the depth limit and refuses deeper, without recursing', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(parseJsonBounded(nested(8))).toMatchObject({ ok: true });
    expect(parseJsonBounded(nested(9))).toMatchObject({ ok: false, reason: 'too-deep' });
    expect(parseJsonBounded('{"a":'.repeat(30_000))).toMatchObject({ ok: false, reason: 'too-deep' });
    expect(parseJsonBounded('"plain"', 0)).toEqual({ ok: true, value: 'plain' });
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(parseJsonBounded('{"a":"[[[[[[[[[[[[","b":"\\"{{{{{{{{{{{{{"}', 1)).toEqual({
      ok: true,
      value: { a: '[[[[[[[[[[[[', b: '"{{{{{{{{{{{{{' },
    });
  });

  it('answers bad-json for text that is not JSON', () => {
    for (const text of ['', '{', '{"a":1}}', 'NaN', "{'a':1}"])
      expect(parseJsonBounded(text)).toMatchObject({ ok: false, reason: 'bad-json' });
  });
});

describe('lines read from a ZIP entry', () => {
  it('stops streaming a part at its first over-long line, with that line’s reason', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'long.swfsync');
    // random hex, so the line does not compress past the ratio limit
    const part = Buffer.from(`{"a":1}\n"${randomBytes(35 * 1024).toString('hex')}"\n`);
    const written = await writeSyncZip(path, [
      { name: 'manifest.json', data: Buffer.from('{}'), compression: 'store' },
      { name: 'manifest.sig', data: Buffer.alloc(64), compression: 'store' },
      { name: 'records/part-01.jsonl', data: part, compression: 'deflate' },
    ]);
    expect(written.ok).toBe(true);
    const opened = await openSyncZip(path, { rules });
    if (!opened.ok) throw new Error(opened.detail);
    const splitter = new LineSplitter(() => undefined);
    const streamed = await opened.zip.streamEntry('records/part-01.jsonl', (chunk) => splitter.push(chunk));
    await opened.zip.close();
    expect(streamed).toMatchObject({ ok: false, reason: 'line-too-long', detail: 'line 2 is longer than 65536 bytes' });
  });
});
