import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { crashWhileOpen, filesBeside, sha256 } from '../../support/fund-files';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/**
 * A leftover `-wal` beside a fund (issue 15 §4): its own crash WAL holds committed changes and is replayed; a
 * foreign one (another fund's) or a stale one (this fund's, from an older copy or from before a checkpoint) is set
 * aside into `damaged/`, kept byte for byte, and the fund opens read-only saying why — never merged into the file.
 */
describe('a leftover -wal beside a fund', () => {
  let backend: TestBackend;
  afterEach(() => backend?.close());

  async function memberTotal(): Promise<number> {
    return expectOk(await backend.fund['members.search']({})).total;
  }

  async function closeFund(): Promise<void> {
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
  }

  it('replays the fund’s own crash WAL: the members registered before the crash are there, and the WAL is folded in', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'crashed.swfund');
    await crashWhileOpen({ home: backend.home, location, create: true, members: 5 });
    expect(filesBeside(location)).toEqual(['crashed.swfund', 'crashed.swfund-wal', 'crashed.swfund.owner.json']);
    const opened = expectOk(await backend.app['funds.open']({ location }));
    expect(opened.readOnly).toBeNull();
    expect(await memberTotal()).toBe(5);
    expectOk(await backend.fund['members.register'](memberInput(1)));
    await closeFund();
    expect(filesBeside(location)).toEqual(['crashed.swfund']);
    expect(existsSync(join(backend.home, 'damaged'))).toBe(false);
  });

  it('sets aside another fund’s WAL, keeps it, opens the fund read-only under its own name, and refuses writes', async () => {
    backend = createTestBackend();
    const ours = join(backend.home, 'ours.swfund');
    expectOk(await backend.app['funds.create'](fundInput(ours, { name: 'กองทุนของเรา' })));
    expectOk(await backend.fund['members.register'](memberInput(1)));
    await closeFund();
    const other = join(backend.home, 'other.swfund');
    await crashWhileOpen({ home: backend.home, location: other, create: true, members: 4 });
    // Both of the other fund's leftovers, its WAL and its owner record, as a careless copy of a folder would bring them.
    copyFileSync(`${other}-wal`, `${ours}-wal`);
    copyFileSync(`${other}.owner.json`, `${ours}.owner.json`);
    const walHash = sha256(`${ours}-wal`);
    const before = sha256(ours);

    const opened = expectOk(await backend.app['funds.open']({ location: ours }));
    expect(opened.profile.name).toBe('กองทุนของเรา');
    expect(opened.readOnly).toMatchObject({ reason: 'wal-not-ours' });
    const keptAt = String(opened.readOnly?.params.keptAt);
    expect(keptAt.startsWith(join(backend.home, 'damaged'))).toBe(true);
    expect(sha256(keptAt)).toBe(walHash);
    expect(JSON.parse(readFileSync(`${keptAt}.json`, 'utf8'))).toMatchObject({ reason: 'wal', why: 'other-file', sha256: walHash });
    expect(await memberTotal()).toBe(1);
    const refused = await backend.fund['members.register'](memberInput(2));
    expect(refused).toMatchObject({ ok: false, error: { code: 'fund-read-only', params: { readOnlyReason: 'wal-not-ours' } } });
    if (!refused.ok) {
      expect(refused.error.message.th).toContain('ดูอย่างเดียว');
      expect(refused.error.message.en).toContain('-wal');
    }
    await closeFund();
    expect(sha256(ours)).toBe(before);
    expect(filesBeside(ours)).toEqual(['ours.swfund', 'ours.swfund.owner.json']);

    // With the stranger gone, the fund opens for work again; the other fund still has its own crash WAL.
    expect(expectOk(await backend.app['funds.open']({ location: ours })).readOnly).toBeNull();
    expectOk(await backend.fund['members.register'](memberInput(2)));
    await closeFund();
    expect(filesBeside(ours)).toEqual(['ours.swfund']);
    expect(expectOk(await backend.app['funds.open']({ location: other })).readOnly).toBeNull();
    expect(await memberTotal()).toBe(4);
  });

  it('sets aside a stale WAL of the same fund from an older copy', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'stale.swfund');
    await crashWhileOpen({ home: backend.home, location, create: true, members: 3 });
    const olderCopy = join(backend.home, 'older-copy-wal');
    copyFileSync(`${location}-wal`, olderCopy);
    expectOk(await backend.app['funds.open']({ location }));
    expectOk(await backend.fund['members.register'](memberInput(1)));
    await closeFund();
    copyFileSync(olderCopy, `${location}-wal`);
    const before = sha256(location);

    const opened = expectOk(await backend.app['funds.open']({ location }));
    expect(opened.readOnly).toMatchObject({ reason: 'wal-not-ours' });
    expect(await memberTotal()).toBe(4);
    await closeFund();
    expect(sha256(location)).toBe(before);
    const kept = readdirSync(join(backend.home, 'damaged')).filter((name) => name.endsWith('.json'));
    expect(kept.map((name) => JSON.parse(readFileSync(join(backend.home, 'damaged', name), 'utf8')) as { why: string })).toMatchObject([
      { why: 'no-record' },
    ]);
  });

  it('sets aside a WAL the same writer made before a checkpoint it then made', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'generations.swfund');
    const stash = join(backend.home, 'first-generation-wal');
    await crashWhileOpen({ home: backend.home, location, create: true, members: 3, stashWalAt: stash });
    // The crash WAL itself is the writer's own: it would be replayed. Swap in the earlier generation instead.
    copyFileSync(stash, `${location}-wal`);
    const before = sha256(location);
    const opened = expectOk(await backend.app['funds.open']({ location }));
    expect(opened.readOnly).toMatchObject({ reason: 'wal-not-ours' });
    await closeFund();
    expect(sha256(location)).toBe(before);
    const notes = readdirSync(join(backend.home, 'damaged')).filter((name) => name.endsWith('.json'));
    expect(JSON.parse(readFileSync(join(backend.home, 'damaged', notes[0] ?? ''), 'utf8'))).toMatchObject({ why: 'older-checkpoint' });
  });

  it('sets aside a WAL whose header is not one SQLite would use, and a stray rollback journal', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'garbage.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    await closeFund();
    copyFileSync(location, `${location}-wal`);
    copyFileSync(location, `${location}-journal`);
    const before = sha256(location);
    const opened = expectOk(await backend.app['funds.open']({ location }));
    expect(opened.readOnly).toMatchObject({ reason: 'wal-not-ours' });
    await closeFund();
    expect(sha256(location)).toBe(before);
    expect(filesBeside(location)).toEqual(['garbage.swfund']);
    expect(readdirSync(join(backend.home, 'damaged')).filter((name) => !name.endsWith('.json'))).toHaveLength(2);
  });
});
