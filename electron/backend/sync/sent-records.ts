import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RecordPartName } from '../../../shared/api/sync-format';
import { recordKey, recordOrderKey } from '../../../shared/api/sync-record-keys';
import type { BuiltPart, PartLines } from './export-records';

/**
 * What the last sync file carried, so the next may carry only what changed (issue 18 §2, "incremental since the
 * last export"): each part's content as it went (its canonical lines), deflated at the fastest level, one row per
 * part, replaced by every export (migration 0032). A full export pays only for that compression; an incremental one
 * reads the lines back and compares them.
 */

export function encodeSent(part: BuiltPart): Buffer {
  return deflateRawSync(part.bytes, { level: 1 });
}

/** The last file's lines of a part. */
export function decodeSent(blob: Buffer): string[] {
  return inflateRawSync(blob)
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
}

export type PartChanges = { lines: string[]; removedKeys: string[] };

const keyOf = (line: string) => recordKey(JSON.parse(line) as Record<string, unknown>);

/**
 * The part's records new or changed since the last file (in the part's order), and the keys it no longer has:
 * lines are compared whole, so only the lines that differ are parsed for their keys (a changed record's old line
 * and new line share a key, and it is not removed).
 */
export function changesSince(part: PartLines, sent: readonly string[]): PartChanges {
  const before = new Set(sent);
  const now = new Set(part.lines);
  const changed = part.lines.filter((line) => !before.has(line));
  const stillThere = new Set(changed.map(keyOf));
  const removedKeys = sent
    .filter((line) => !now.has(line))
    .map(keyOf)
    .filter((key) => !stillThere.has(key));
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
