import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RecordPartName } from '../../../shared/api/sync-format';
import { recordOrderKey } from '../../../shared/api/sync-record-keys';
import type { PartLines } from './export-records';

/**
 * What the last sync file carried, record by record, so the next file may carry only what changed (issue 18 §2,
 * "incremental since the last export"). Each record is remembered by its key and a digest of its line (SHA-256,
 * first 12 bytes: a changed record whose digest stayed the same would need a collision); kept per part as
 * deflated text, `key<TAB>digest` a line, one row per part, replaced by every export (migration 0032).
 */

export type SentDigests = ReadonlyMap<string, string>;

function digestOf(line: string): string {
  return createHash('sha256').update(line, 'utf8').digest('base64').slice(0, 16);
}

export function encodeDigests(part: PartLines): Buffer {
  const text = part.keys.map((key, index) => `${key}\t${digestOf(part.lines[index] ?? '')}`).join('\n');
  return deflateRawSync(Buffer.from(text, 'utf8'));
}

export function decodeDigests(blob: Buffer): SentDigests {
  const digests = new Map<string, string>();
  const text = inflateRawSync(blob).toString('utf8');
  if (text === '') return digests;
  for (const row of text.split('\n')) {
    const tab = row.indexOf('\t');
    digests.set(row.slice(0, tab), row.slice(tab + 1));
  }
  return digests;
}

export type PartChanges = { lines: string[]; removedKeys: string[] };

/** The part's records new or changed since the last file (in the part's order), and the keys it no longer has. */
export function changesSince(part: PartLines, sent: SentDigests): PartChanges {
  const changed: string[] = [];
  const present = new Set<string>();
  part.keys.forEach((key, index) => {
    present.add(key);
    const line = part.lines[index] ?? '';
    if (sent.get(key) !== digestOf(line)) changed.push(line);
  });
  const removedKeys = [...sent.keys()].filter((key) => !present.has(key));
  return { lines: changed, removedKeys };
}

/** The removed part's records, `{ key, part }` sorted as the format orders them. */
export function removedRecords(removed: ReadonlyMap<RecordPartName, readonly string[]>): { key: string; part: string }[] {
  const records = [...removed].flatMap(([name, keys]) => keys.map((key) => ({ key, part: name.replace(/^records\/|\.jsonl$/g, '') })));
  return records.sort((left, right) => {
    const [a, b] = [recordOrderKey(left), recordOrderKey(right)];
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
