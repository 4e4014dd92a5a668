import { expect } from 'vitest';
import type { ApiResult } from '../../shared/api/api-result';
import type { ResolutionDecision, ResolutionTargetKind } from '../../shared/api/meeting-types';
import { tableCounts } from './ledger-checks';
import { expectOk, type TestBackend } from './test-backend';

/** A refusal as the contract promises it: its code, on its field, in Thai and English, and nothing written. */
export async function expectRefusal(backend: TestBackend, call: Promise<ApiResult<unknown>>, code: string, field: string): Promise<void> {
  const before = tableCounts(backend.db());
  const result = await call;
  expect(result).toMatchObject({ ok: false, error: { code, field } });
  expect(tableCounts(backend.db())).toEqual(before);
  if (result.ok) throw new Error('refused expected');
  expect(result.error.message.th).not.toBe('');
  expect(result.error.message.en).not.toBe('');
}

export type Decided = { kind: ResolutionTargetKind; decision: ResolutionDecision; id?: number };

/** A committee meeting held on a day (today at the latest), its resolutions in this order; their ids. */
export async function holdMeeting(backend: TestBackend, meetingOn: string, resolutions: readonly Decided[]): Promise<number[]> {
  const { fund } = backend;
  const input = { kind: 'committee' as const, meetingOn, place: 'ที่ทำการกองทุน' };
  const added = await fund['meetings.add'](input);
  // A day before a meeting already numbered takes the next free number, as the refusal tells the treasurer to.
  const meeting = expectOk(
    !added.ok && added.error.code === 'meeting-number-out-of-order'
      ? await fund['meetings.add']({ ...input, meetingNo: Number(added.error.params?.nextFree) })
      : added,
  );
  const recorded = expectOk(
    await fund['meetings.record']({
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      // Both seats of the world's committee term: a committee meeting's quorum is more than half of its seats.
      attendees: [
        { name: 'นายสมชาย ใจดี', role: 'ประธาน', isPresent: true },
        { name: 'พระครูสมุห์ทองดี', role: 'ที่ปรึกษา', isPresent: true },
      ],
      agenda: ['พิจารณาอนุมัติ'],
      resolutions: resolutions.map((resolution) => ({
        text: resolution.decision === 'rejected' ? 'ไม่อนุมัติ' : 'อนุมัติ',
        decision: resolution.decision,
        target: { kind: resolution.kind, id: resolution.id ?? null },
      })),
      minutes: '',
    }),
  );
  return recorded.resolutions.map((resolution) => resolution.id);
}

/**
 * A refusal as every bad input must be: the code and the field named, nothing written (every table's rows as
 * before), and the message in Thai and in English. Returns the error for the test to read its params.
 */
export async function expectRefusedUnwritten(
  backend: Pick<TestBackend, 'db'>,
  call: Promise<ApiResult<unknown>>,
  code: string,
  field: string,
) {
  const before = tableCounts(backend.db());
  const result = await call;
  expect(result).toMatchObject({ ok: false, error: { code, field } });
  expect(tableCounts(backend.db())).toEqual(before);
  if (result.ok) throw new Error('refused expected');
  expect(result.error.message.th).not.toBe('');
  expect(result.error.message.en).not.toBe('');
  return result.error;
}
