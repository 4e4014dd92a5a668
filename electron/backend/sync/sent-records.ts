import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RecordPartName } from '../../../shared/api/sync-format';
import { recordKey, recordOrderKey } from '../../../shared/api/sync-record-keys';
import type { BuiltPart, PartLines } from './export-records';

/**
 * What the last sync file carried, so the next may carry only what changed (issue 18 §2, "incremental since the
 * last export"): each part's content as it went (its canonical lines), deflated at the fastest level, one row per
 * part, replaced by every export (migration 0032). A full export pays only for that compression; an incremental one
 * reads the lines back and compares them by key.
 */

export type SentRecords = ReadonlyMap<string, string>;

export function encodeSent(part: BuiltPart): Buffer {
  return deflateRawSync(part.bytes, { level: 1 });
}

/** The last file's records of a part, by key. */
export function decodeSent(blob: Buffer): SentRecords {
  const records = new Map<string, string>();
  for (const line of inflateRawSync(blob).toString('utf8').split('\n')) {
    if (line !== '') records.set(recordKey(JSON.parse(line) as Record<string, unknown>), line);
  }
  return records;
}

export type PartChanges = { lines: string[]; removedKeys: string[] };

/** The part's records new or changed since the last file (in the part's order), and the keys it no longer has. */
export function changesSince(part: PartLines, sent: SentRecords): PartChanges {
  const changed: string[] = [];
  const present = new Set<string>();
  part.keys.forEach((key, index) => {
    present.add(key);
    const line = part.lines[index] ?? '';
    if (sent.get(key) !== line) changed.push(line);
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
