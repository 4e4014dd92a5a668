import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, expectOk, type TestBackend } from '../../../support/test-backend';
import { fundDigest } from '../../../support/fund-digest';

const count = (backend: TestBackend, sql: string) => (backend.db().prepare(sql).get() as { n: number }).n;

/** Trainer mode (issue 19 §3): a demo fund in one step, from a seed, marked everywhere. */
describe('demo fund', () => {
  const backends: TestBackend[] = [];
  const backend = () => {
    const made = createTestBackend('2026-11-25');
    backends.push(made);
    return made;
  };
  afterEach(() => backends.splice(0).forEach((made) => made.close()));

  it('makes a small demo fund in one step: villages, members, years of collections, claims paid, a committee and meetings', async () => {
    const trainer = backend();
    const location = join(trainer.home, 'Funds', 'demo.swfund');
    const opened = expectOk(await trainer.app['demo.create']({ location, size: 'small', seed: 7 }));
    expect(opened).toMatchObject({ demo: true, workshopCopy: false, readOnly: null });
    expect(opened.profile.name).toContain('ตัวอย่าง');
    expect(count(trainer, 'SELECT COUNT(*) AS n FROM members')).toBe(150);
    expect(count(trainer, "SELECT COUNT(*) AS n FROM villages WHERE code LIKE '860214%'")).toBe(10);
    expect(count(trainer, 'SELECT COUNT(*) AS n FROM receipts')).toBeGreaterThan(500);
    expect(count(trainer, "SELECT COUNT(*) AS n FROM welfare_claims WHERE state = 'paid'")).toBeGreaterThan(3);
    expect(count(trainer, 'SELECT COUNT(*) AS n FROM committee_seats')).toBeGreaterThan(6);
    expect(count(trainer, 'SELECT COUNT(*) AS n FROM meeting_resolutions')).toBeGreaterThan(10);
    expect(count(trainer, 'SELECT COUNT(*) AS n FROM payment_vouchers')).toBeGreaterThan(60);
    expect(count(trainer, 'SELECT COUNT(*) AS n FROM external_grants')).toBeGreaterThan(2);
    // Three years back from this month, collected to last month.
    expect(opened.profile.openedOn).toBe('2023-11-01');
    // The start screen's two lists say it is a demo.
    expect(expectOk(await trainer.app['funds.list']({})).funds).toEqual([expect.objectContaining({ location, demo: true })]);
    expect(expectOk(await trainer.app['funds.recent']({}))[0]).toMatchObject({ location, demo: true });
    // Its books hold: a home page, and the sync identity says demo.
    expect(expectOk(await trainer.fund['sync.identity']({})).demo).toBe(true);
  });

  it('gives the same fund for the same seed, and another for another seed', async () => {
    const digests: string[] = [];
    for (const seed of [11, 11, 12]) {
      const made = backend();
      expectOk(await made.app['demo.create']({ location: join(made.home, 'Funds', 'demo.swfund'), size: 'small', seed }));
      digests.push(fundDigest(made.db()));
    }
    expect(digests[0]).toBe(digests[1]);
    expect(digests[2]).not.toBe(digests[0]);
  });
});
