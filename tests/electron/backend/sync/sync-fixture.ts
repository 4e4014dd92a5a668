import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ZipEntryRule } from '../../../../electron/backend/sync/zip-reader';
import type { ZipEntryInput } from '../../../../electron/backend/sync/zip-writer';

/** A small `.swfsync`-shaped container: the real names, made-up content (the container layer knows no fund data). */
export const recordParts = Array.from({ length: 20 }, (_, index) => `records/part-${String(index + 1).padStart(2, '0')}.jsonl`);

export const rules: readonly ZipEntryRule[] = [
  { name: 'manifest.json', compression: 'store', required: true, maxBytes: 1024 * 1024 },
  { name: 'manifest.sig', compression: 'store', required: true, maxBytes: 1024 },
  { name: 'status-form.json', compression: 'deflate' },
  ...recordParts.map((name) => ({ name, compression: 'deflate' as const })),
];

export function recordLines(count: number, seed = 1): Buffer {
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) {
    lines.push(JSON.stringify({ id: `${seed}-${index}`, village: `หมู่ ${(index % 12) + 1}`, year: 2560 + (index % 10), paid: index * 37 }));
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

export function sampleEntries(): ZipEntryInput[] {
  return [
    { name: 'manifest.json', data: Buffer.from('{"format":1,"parts":2}'), compression: 'store' },
    { name: 'manifest.sig', data: Buffer.alloc(64, 7), compression: 'store' },
    { name: 'status-form.json', data: Buffer.from('{"section":1,"name":"กองทุนทดสอบ"}'), compression: 'deflate' },
    { name: 'records/part-01.jsonl', data: recordLines(300, 1), compression: 'deflate' },
    { name: 'records/part-02.jsonl', data: recordLines(40, 2), compression: 'deflate' },
  ];
}

export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'swf-sync-'));
}
