import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../../support/builders';
import { fundDigest } from '../../../support/fund-digest';
import { inCash } from '../../../support/money-accounts';
import { createTestBackend, expectOk, type TestBackend } from '../../../support/test-backend';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every file under a folder with its hash: "nothing written" is this, unchanged. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && !entry.name.endsWith('.json'))
      files[join(entry.parentPath, entry.name)] = sha256(join(entry.parentPath, entry.name));
  return files;
}

/** Issue 19 §3, §5: a real fund is never overwritten by a demo; a workshop copy resets to its start in one step. */
describe('workshop copies and real funds', () => {
  let backend: TestBackend;
  let real: string;
  let demo: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    real = join(backend.home, 'Funds', 'real.swfund');
    mkdirSync(join(backend.home, 'Funds'), { recursive: true });
    demo = join(backend.home, 'Funds', 'demo.swfund');
    expectOk(await backend.app['funds.create'](fundInput(real)));
    expectOk(await backend.fund['members.register'](memberInput(1)));
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
  });
  afterEach(() => backend.close());

  it('refuses a demo at a real fund’s place, naming the field in Thai and English, and writes nothing', async () => {
    const before = snapshot(backend.home);
    const refused = await backend.app['demo.create']({ location: real, size: 'small', seed: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'demo-over-real-fund', field: 'location' } });
    if (!refused.ok) {
      expect(refused.error.message.th).toContain('กองทุนจริง');
      expect(refused.error.message.en).toContain('real fund');
    }
    expect(snapshot(backend.home)).toEqual(before);
  });

  it('refuses bad input, each naming its field, and writes nothing', async () => {
    const before = snapshot(backend.home);
    for (const [input, field] of [
      [{ location: demo, size: 'huge', seed: 1 }, 'size'],
      [{ location: demo, size: 'small', seed: 0 }, 'seed'],
      [{ location: demo, size: 'small', seed: 1.5 }, 'seed'],
      [{ location: '', size: 'small', seed: 1 }, 'location'],
    ] as const) {
      const refused = await backend.app['demo.create'](input as never);
      expect(refused, field).toMatchObject({ ok: false, error: { field } });
    }
    expect(snapshot(backend.home)).toEqual(before);
    expect(existsSync(demo)).toBe(false);
  });

  it('makes a workshop copy from a demo only, never over a real fund, and resets it to its start after changes', async () => {
    expectOk(await backend.app['demo.create']({ location: demo, size: 'small', seed: 5 }));
    const demoHandle = backend.handle();
    // Not from a real fund, and not over one.
    expect(
      await backend.app['workshop.makeCopy']({ source: { location: real }, location: join(backend.home, 'Funds', 'x.swfund') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'workshop-needs-demo', field: 'source.location' },
    });
    const before = sha256(real);
    expect(await backend.app['workshop.makeCopy']({ source: { fund: demoHandle }, location: real })).toMatchObject({
      ok: false,
      error: { code: 'demo-over-real-fund', field: 'location' },
    });
    expect(sha256(real)).toBe(before);

    const copyPath = join(backend.home, 'Funds', 'participant-1.swfund');
    const copy = expectOk(await backend.app['workshop.makeCopy']({ source: { fund: demoHandle }, location: copyPath }));
    expect(copy).toMatchObject({ demo: true, workshopCopy: true, location: copyPath });
    const start = fundDigest(backend.db());
    const memberId = expectOk(await backend.fund['members.register'](memberInput(9001))).id;
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'workshop-practice-1',
        memberId,
        receivedOn: '2026-11-25',
        monthCount: 1,
        amountSatang: 3000,
        numbering: { kind: 'app' },
      }),
    );
    expect(fundDigest(backend.db())).not.toBe(start);

    const reset = expectOk(await backend.app['workshop.reset']({ location: copyPath }));
    expect(reset).toMatchObject({ demo: true, workshopCopy: true, location: copyPath });
    expect(fundDigest(backend.db())).toBe(start);
    // The demo it came from is not a workshop copy, and a real fund never is.
    expect(await backend.app['workshop.reset']({ location: demo })).toMatchObject({ ok: false, error: { code: 'not-a-workshop-copy' } });
    expect(await backend.app['workshop.reset']({ location: real })).toMatchObject({ ok: false, error: { code: 'not-a-workshop-copy' } });
    expect(sha256(real)).toBe(before);
  });

  it('makes and resets a workshop copy in web mode, where a location is only a name in the fund folder', async () => {
    const web = createTestBackend('2026-11-25', { locationMode: 'folder' });
    try {
      expectOk(await web.app['demo.create']({ location: 'อบรม.swfund', size: 'small', seed: 3 }));
      const copy = expectOk(await web.app['workshop.makeCopy']({ source: { fund: web.handle() }, location: 'โต๊ะ1.swfund' }));
      expect(copy).toMatchObject({ demo: true, workshopCopy: true, location: 'โต๊ะ1.swfund' });
      const start = fundDigest(web.db());
      expectOk(await web.fund['members.register'](memberInput(9002)));
      expect(fundDigest(web.db())).not.toBe(start);
      expectOk(await web.app['workshop.reset']({ location: 'โต๊ะ1.swfund' }));
      expect(fundDigest(web.db())).toBe(start);
    } finally {
      web.close();
    }
  });

  it('refuses to restore a demo’s backup over a real fund', async () => {
    const made = expectOk(await backend.app['demo.create']({ location: demo, size: 'small', seed: 2 }));
    expectOk(await backend.fund['backups.make']({ kind: 'manual' }));
    const folder = join(backend.home, 'Backups', made.profile.uuid);
    const file = readdirSync(folder).find((name) => name.endsWith('.swfbak')) ?? '';
    const picked = expectOk(await backend.app['files.receive']({ location: join(folder, file) }));
    const before = sha256(real);
    const refused = await backend.app['backups.restore']({ location: real, fileId: picked.fileId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'demo-over-real-fund', field: 'fileId' } });
    expect(sha256(real)).toBe(before);
  });
});
