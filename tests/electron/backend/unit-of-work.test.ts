import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { requestReplays } from '../../../electron/backend/create-backend';
import { tableCounts } from '../../support/ledger-checks';
import { runs, testSeed } from '../../support/seed';
import type { TestBackend } from '../../support/test-backend';
import { bareFund, buildWorld, writeExamples, writeMethods, type World, type WriteMethod } from '../../support/write-examples';

type AuditRow = { call_id: string | null; method: string; actor: string; request_id: string | null };

async function worldFor(method: WriteMethod): Promise<World> {
  return writeExamples[method].bare ? ({ backend: await bareFund() } as World) : buildWorld();
}

function call(backend: TestBackend, method: WriteMethod, input: unknown): Promise<ApiResult<unknown>> {
  return backend.host.dispatch('fund', method, input, backend.handle());
}

function lastAuditId(backend: TestBackend): number {
  return backend.db().prepare('SELECT COALESCE(MAX(id), 0) FROM audit_events').pluck().get() as number;
}

function auditRowsAfter(backend: TestBackend, id: number): AuditRow[] {
  return backend.db().prepare('SELECT call_id, method, actor, request_id FROM audit_events WHERE id > ? ORDER BY id').all(id) as AuditRow[];
}

function requestIdOf(input: unknown): string | null {
  // A method whose input is an empty object also takes no input at all (backups.download): no request id then.
  if (typeof input !== 'object' || input === null) return null;
  const value = (input as { requestId?: unknown }).requestId;
  return typeof value === 'string' ? value : null;
}

/** What a successful write leaves: audit rows, every one of them stamped with this call (A6). */
function expectAuditedCall(backend: TestBackend, method: WriteMethod, input: unknown, fromId: number): void {
  const rows = auditRowsAfter(backend, fromId);
  expect(rows.length, `${method} wrote no audit row`).toBeGreaterThan(0);
  const callId = backend.callIds.at(-1);
  for (const row of rows) expect(row).toEqual({ call_id: callId, method, actor: 'treasurer', request_id: requestIdOf(input) });
}

describe('one unit of work per call (A6): generated over every write method of the contract', () => {
  let backend: TestBackend | undefined;
  afterEach(() => backend?.close());

  for (const method of writeMethods) {
    it(`${method}: its audit rows carry the call's id, method, actor and request id; a refusal writes nothing`, async () => {
      const world = await worldFor(method);
      backend = world.backend;
      const example = writeExamples[method];

      const before = tableCounts(backend.db());
      const refused = await call(backend, method, example.refused(world));
      expect(refused.ok, `${method} should refuse its refused example`).toBe(false);
      expect(tableCounts(backend.db())).toEqual(before);

      const fromId = lastAuditId(backend);
      const input = example.ok(world);
      const result = await call(backend, method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.field ?? ''} ${result.error.message.en}`);
      expectAuditedCall(backend, method, input, fromId);
    });
  }

  it('writes nothing for any malformed input, and audits any input that happens to be valid', async () => {
    const world = await buildWorld();
    backend = world.backend;
    const seed = testSeed('unit-of-work garbage');
    const garbage = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom('memberId', 'requestId', 'batchId', 'claimId', 'amountSatang', 'receivedOn', 'profile'), fc.anything()),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writeMethods), garbage, async (method, input) => {
        const active = world.backend;
        const counts = tableCounts(active.db());
        const fromId = lastAuditId(active);
        const result = await call(active, method, input);
        if (result.ok) expectAuditedCall(active, method, input, fromId);
        else expect(tableCounts(active.db())).toEqual(counts);
      }),
      { seed, numRuns: runs(300) },
    );
  });
});

describe('request ids (Decision 7): a retry answers once, a different request under the same id is refused', () => {
  let backend: TestBackend | undefined;
  afterEach(() => backend?.close());

  const requestMethods = writeMethods.filter((method) => writeExamples[method].vary !== undefined);

  it('covers every method whose input carries a request id', () => {
    expect([...requestMethods].sort()).toEqual(Object.keys(requestReplays).sort());
  });

  for (const method of requestMethods) {
    it(`${method}: the same request answers the same record; a changed one is refused, naming what changed`, async () => {
      const world = await worldFor(method);
      backend = world.backend;
      const example = writeExamples[method];
      const vary = example.vary;
      if (!vary) throw new Error('no variation');
      const input = example.ok(world);
      const first = await call(backend, method, input);
      if (!first.ok) throw new Error(`${method}: ${first.error.message.en}`);
      const counts = tableCounts(backend.db());

      const again = await call(backend, method, input);
      expect(again).toEqual(first);
      expect(tableCounts(backend.db())).toEqual(counts);

      const different = await call(backend, method, vary.change(input as never));
      expect(different).toMatchObject({ ok: false, error: { code: 'request-reused', field: 'requestId' } });
      if (!different.ok) {
        expect(String(different.error.params?.differences).split(',')).toContain(vary.field);
        expect(different.error.message.th).toContain(requestIdOf(input) ?? '');
      }
      expect(tableCounts(backend.db())).toEqual(counts);
    });
  }

  it('refuses a request id already used by another kind of request, saying so', async () => {
    const world = await buildWorld();
    backend = world.backend;
    const paidInput = writeExamples['contributions.record'].ok(world);
    expect((await call(backend, 'contributions.record', paidInput)).ok).toBe(true);
    const counts = tableCounts(backend.db());
    const community = { ...writeExamples['community.record'].ok(world), requestId: paidInput.requestId };
    const refused = await call(backend, 'community.record', community);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'request-reused', params: { method: 'contributions.record', otherMethod: 1 } },
    });
    if (!refused.ok) expect(refused.error.message.en).toContain('Contribution received');
    expect(tableCounts(backend.db())).toEqual(counts);
  });

  it('answers a collection day whose line receipts collide with an earlier request id with that error, not internal', async () => {
    const world = await buildWorld();
    backend = world.backend;
    // A client once used the id a line's receipt would carry (request id ':' line id).
    const clash = `example-post-0001:${world.batch.lineId}`;
    const paid = await call(backend, 'contributions.record', { ...writeExamples['contributions.record'].ok(world), requestId: clash });
    expect(paid.ok).toBe(true);
    const counts = tableCounts(backend.db());
    const posted = await call(backend, 'collection.post', writeExamples['collection.post'].ok(world));
    expect(posted).toMatchObject({
      ok: false,
      error: { code: 'request-reused', field: 'requestId', params: { requestId: clash, method: 'contributions.record' } },
    });
    if (!posted.ok) expect(posted.error.message.th).toContain('รับเงินสมทบ');
    expect(tableCounts(backend.db())).toEqual(counts);
  });
});
