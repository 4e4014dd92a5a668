import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { createTestBackend, expectOk, tabClients, type TabClients, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

/** Several open funds in one host (A2): every fund request names the fund it was made for. */
describe('open funds by handle', () => {
  let backend: TestBackend;
  let tabX: TabClients;
  let tabY: TabClients;
  beforeEach(async () => {
    backend = createTestBackend();
    tabX = tabClients(backend.host);
    tabY = tabClients(backend.host);
    expectOk(await tabX.app['funds.create'](fundInput(join(backend.home, 'x.swfund'), { name: 'กองทุน X' })));
    expectOk(await tabY.app['funds.create'](fundInput(join(backend.home, 'y.swfund'), { name: 'กองทุน Y' })));
  });
  afterEach(() => backend.close());

  async function memberCount(tab: TabClients): Promise<number> {
    return expectOk(await tab.fund['members.search']({})).total;
  }

  it('keeps each tab on its own fund after the other opened another', async () => {
    expect(tabX.handle()).not.toBe(tabY.handle());
    expectOk(await tabX.fund['members.register'](memberInput(1)));
    expectOk(await tabX.fund['members.register'](memberInput(2)));
    expectOk(await tabY.fund['members.register'](memberInput(3)));
    expect(await memberCount(tabX)).toBe(2);
    expect(await memberCount(tabY)).toBe(1);
    expect(expectOk(await tabX.fund['fund.get']({})).name).toBe('กองทุน X');
    expect(expectOk(await tabY.fund['fund.get']({})).name).toBe('กองทุน Y');
  });

  it('answers the same handle when a fund already open is opened again, and describes it by handle', async () => {
    const again = expectOk(await backend.app['funds.open']({ location: join(backend.home, 'x.swfund') }));
    expect(again.handle).toBe(tabX.handle());
    expect(expectOk(await backend.app['funds.current']({ fund: tabY.handle() }))?.profile.name).toBe('กองทุน Y');
    expect(expectOk(await backend.app['funds.current']({}))).toBeNull();
  });

  it('refuses a request for a fund closed elsewhere, writing into no other fund', async () => {
    expect(expectOk(await tabY.app['funds.close']({ fund: tabX.handle() }))).toEqual({ closed: true });
    const refused = await tabX.fund['members.register'](memberInput(4));
    expect(refused).toMatchObject({ ok: false, error: { code: 'fund-not-open' } });
    if (!refused.ok) expect(refused.error.message.th).toContain('หน้าแรก');
    expect(await memberCount(tabY)).toBe(0);
    expect(expectOk(await backend.app['funds.current']({ fund: tabX.handle() }))).toBeNull();
    // Closing it twice is harmless.
    expect(expectOk(await tabY.app['funds.close']({ fund: tabX.handle() }))).toEqual({ closed: false });
  });

  it('leaves every open fund as it was when an open or a create fails', async () => {
    writeFileSync(join(backend.home, 'notes.swfund'), 'not a fund at all, just text that is long enough to read a header from');
    expect(await backend.app['funds.open']({ location: join(backend.home, 'notes.swfund') })).toMatchObject({
      ok: false,
      error: { code: 'not-a-fund-file' },
    });
    expect(await backend.app['funds.open']({ location: join(backend.home, 'missing.swfund') })).toMatchObject({ ok: false });
    expect(await backend.app['funds.create'](fundInput(join(backend.home, 'x.swfund')))).toMatchObject({
      ok: false,
      error: { code: 'file-exists' },
    });
    expectOk(await tabX.fund['members.register'](memberInput(5)));
    expectOk(await tabY.fund['members.register'](memberInput(6)));
    expect(await memberCount(tabX)).toBe(1);
    expect(await memberCount(tabY)).toBe(1);
  });

  it('keeps each fund’s jobs to itself: a job id asked of another fund is not found', async () => {
    const batch = expectOk(await tabX.fund['collection.createBatch']({ collectedOn: '2026-11-25' }));
    const member = expectOk(await tabX.fund['members.register'](memberInput(7)));
    expectOk(await tabX.fund['collection.setLine']({ batchId: batch.id, memberId: member.id, monthCount: 1, amountSatang: 3000 }));
    const started = expectOk(
      await tabX.jobs['jobs.start']({ method: 'collection.post', input: { ...inCash, batchId: batch.id, requestId: 'post-x-0001' } }),
    );
    expect(await tabY.jobs['jobs.status']({ jobId: started.jobId })).toMatchObject({ ok: false, error: { code: 'job-not-found' } });
    for (;;) {
      const status = expectOk(await tabX.jobs['jobs.status']({ jobId: started.jobId }));
      if (status.state !== 'running') {
        expect(status.state).toBe('succeeded');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
});
