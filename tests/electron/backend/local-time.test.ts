import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clockAt, createHost } from '../../../electron/backend/create-host';
import type { BackendHost } from '../../../electron/backend/host-types';
import { fundInput, memberInput } from '../../support/builders';
import { expectOk, tabClients } from '../../support/test-backend';

describe("the backend's day is Thai time (issue 14 §8)", () => {
  let host: BackendHost | undefined;
  let home: string | undefined;
  afterEach(() => {
    host?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it("takes today from Thai time whatever the machine's zone", () => {
    const clock = clockAt(() => Date.parse('2026-09-30T18:30:00.000Z'));
    expect(clock.today()).toBe('2026-10-01');
    expect(clock.now()).toBe('2026-09-30T18:30:00.000Z');
    expect(clockAt(() => Date.parse('2026-09-30T16:59:00.000Z')).today()).toBe('2026-09-30');
  });

  it('numbers a claim recorded at 01:30 on 1 October (18:30 UTC the day before) in the new fiscal year', async () => {
    home = mkdtempSync(join(tmpdir(), 'swf-local-time-'));
    host = createHost({ home, locationMode: 'path', log: () => undefined, clock: clockAt(() => Date.parse('2026-09-30T18:30:00.000Z')) });
    const { app, fund } = tabClients(host);
    expectOk(await app['funds.create'](fundInput(join(home, 'fund.swfund'))));
    const member = expectOk(await fund['members.register'](memberInput(1)));
    const types = expectOk(await fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    const hospital = types.find((type) => type.code === 'hospital');
    const claim = expectOk(
      await fund['welfare.recordClaim']({
        requestId: 'local-time-claim-1',
        typeId: hospital?.id ?? 0,
        memberId: member.id,
        eventDate: '2026-09-29',
        units: 1,
        recipient: { kind: 'member' },
        // Only its number matters here: the member never paid, so it is kept on file as ineligible.
        recordIneligible: true,
      }),
    );
    // ปีงบประมาณ 2570 began at midnight in Thailand; UTC still says 30 September 2569.
    expect(claim.claimNo).toBe('WF2570-000001');
  });
});
