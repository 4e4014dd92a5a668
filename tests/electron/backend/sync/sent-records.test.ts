import { describe, expect, it } from 'vitest';
import { builtPart } from '../../../../electron/backend/sync/export-records';
import { changesSince, decodeSent, encodeSent, removedRecords } from '../../../../electron/backend/sync/sent-records';

const line = (uuid: string, status: string) => `{"status":"${status}","uuid":"${uuid}"}`;

/** What a changes-only file carries, from the last file's lines and today's (issue 18 §2). */
describe('changes since the last file', () => {
  it('carries new and changed records in order, and the keys of those gone — a changed record is not gone', () => {
    const sent = decodeSent(
      encodeSent(builtPart('records/members.jsonl', [line('a', 'active'), line('b', 'active'), line('c', 'active')])),
    );
    expect(sent).toEqual([line('a', 'active'), line('b', 'active'), line('c', 'active')]);
    const today = { name: 'records/members.jsonl' as const, lines: [line('a', 'active'), line('b', 'resigned'), line('d', 'active')] };
    expect(changesSince(today, sent)).toEqual({ lines: [line('b', 'resigned'), line('d', 'active')], removedKeys: ['c'] });
    expect(changesSince(today, [])).toEqual({ lines: today.lines, removedKeys: [] });
    expect(decodeSent(encodeSent(builtPart('records/members.jsonl', [])))).toEqual([]);
  });

  it('lists the removed records sorted by part, then key', () => {
    const removed = new Map([
      ['records/member-years.jsonl' as const, ['m2/2026', 'm1/2027']],
      ['records/grants.jsonl' as const, ['g1']],
    ]);
    expect(removedRecords(removed)).toEqual([
      { key: 'g1', part: 'grants' },
      { key: 'm1/2027', part: 'member-years' },
      { key: 'm2/2026', part: 'member-years' },
    ]);
  });
});
