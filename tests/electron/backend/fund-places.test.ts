import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { createHost } from '../../../electron/backend/create-host';
import type { HostOptions } from '../../../electron/backend/host-types';
import type { LocationFacts } from '../../../electron/backend/location-risks';
import { fundInput, memberInput } from '../../support/builders';
import { filesBeside, makeReadOnly, makeWritable, sha256 } from '../../support/fund-files';
import { createTestBackend, expectOk, fixedClock, tabClients, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

function expectRefused(result: ApiResult<unknown>, code: string): Record<string, unknown> {
  if (result.ok) throw new Error(`expected ${code}, got ok`);
  expect(result.error.code).toBe(code);
  return result.error.params ?? {};
}

/** A host with test stand-ins for what this machine cannot make: a full disk, a network or USB drive. */
function hostWith(home: string, options: Partial<HostOptions>) {
  const host = createHost({ home, locationMode: 'path', clock: fixedClock('2026-11-25'), log: () => undefined, ...options });
  return { host, ...tabClients(host) };
}

async function closedFund(backend: TestBackend, location: string): Promise<void> {
  expectOk(await backend.app['funds.create'](fundInput(location)));
  expectOk(await backend.fund['members.register'](memberInput(1)));
  expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
}

describe('read-only files and folders', () => {
  let backend: TestBackend;
  const unlock: string[] = [];
  afterEach(() => {
    for (const path of unlock.splice(0)) makeWritable(path);
    backend?.close();
  });

  it('a read-only file is refused for work, looked at read-only, or opened as a copy in the fund folder', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'locked.swfund');
    await closedFund(backend, location);
    const before = sha256(location);
    expect(makeReadOnly(location)).toBe(true);
    unlock.push(location);

    expect(expectRefused(await backend.app['funds.open']({ location }), 'file-read-only')).toMatchObject({ offers: 'look,copy' });
    expect(filesBeside(location)).toEqual(['locked.swfund']);

    const look = expectOk(await backend.app['funds.open']({ location, readOnly: true }));
    expect(look.readOnly).toMatchObject({ reason: 'file-read-only' });
    expect(expectOk(await backend.fund['members.search']({})).total).toBe(1);
    const refused = await backend.fund['members.register'](memberInput(2));
    expectRefused(refused, 'fund-read-only');
    if (!refused.ok) expect(refused.error.message.th).toContain('อ่านอย่างเดียว');

    const copy = expectOk(await backend.app['funds.openCopy']({ location }));
    expect(copy.copiedFrom).toBe(location);
    expect(copy.location).toBe(join(backend.home, 'Funds', 'locked.swfund'));
    expect(copy.readOnly).toBeNull();
    expect(copy.profile.uuid).toBe(look.profile.uuid);
    expectOk(await backend.fund['members.register'](memberInput(2)));
    // The look was closed when the copy opened in its place.
    expect(expectOk(await backend.app['funds.current']({ fund: look.handle }))).toBeNull();
    expect(sha256(location)).toBe(before);
    expect(filesBeside(location)).toEqual(['locked.swfund']);
  });

  it('a fund in a folder that takes no files is looked at through a private copy, and nothing is left anywhere', async () => {
    backend = createTestBackend();
    const folder = join(backend.home, 'cd-rom');
    mkdirSync(folder);
    const location = join(folder, 'fund.swfund');
    await closedFund(backend, location);
    const before = sha256(location);
    expect(makeReadOnly(folder)).toBe(true);
    unlock.push(folder);
    expectRefused(await backend.app['funds.open']({ location }), 'file-read-only');
    const look = expectOk(await backend.app['funds.open']({ location, readOnly: true }));
    expect(look.readOnly).toMatchObject({ reason: 'file-read-only' });
    expect(expectOk(await backend.fund['members.search']({})).total).toBe(1);
    expectOk(await backend.app['funds.close']({ fund: look.handle }));
    expect(readdirSync(folder)).toEqual(['fund.swfund']);
    expect(sha256(location)).toBe(before);
    expect(
      readdirSync(join(backend.home, '.read-only-copies')).flatMap((name) => readdirSync(join(backend.home, '.read-only-copies', name))),
    ).toEqual([]);
  });

  it('a create that fails (a read-only folder) leaves no file, lock or connection, and the host keeps working', async () => {
    backend = createTestBackend();
    const open = join(backend.home, 'open.swfund');
    expectOk(await backend.app['funds.create'](fundInput(open)));
    const folder = join(backend.home, 'locked-folder');
    mkdirSync(folder);
    expect(makeReadOnly(folder)).toBe(true);
    unlock.push(folder);
    expectRefused(await backend.app['funds.create'](fundInput(join(folder, 'new.swfund'))), 'file-read-only');
    expect(readdirSync(folder)).toEqual([]);
    expectOk(await backend.fund['members.register'](memberInput(1)));
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'other.swfund'))));
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    expectOk(await backend.app['funds.open']({ location: open }));
  });
});

describe('where a fund lives', () => {
  const homes: string[] = [];
  afterEach(() => {
    for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
  });
  function newHome(): string {
    const home = mkdtempSync(join(tmpdir(), 'swf-places-'));
    homes.push(home);
    return home;
  }

  function facts(path: string, overrides: Partial<LocationFacts> & { appFolder: string }): LocationFacts {
    return {
      path,
      platform: 'linux',
      env: {},
      fileSystem: 'ext4',
      drive: 'fixed',
      tempFolders: ['/tmp'],
      homeFolder: '/home/treasurer',
      ...overrides,
    };
  }

  it('a network folder is refused untouched; a USB drive with FAT32 is opened with its warnings and "move to this computer"', async () => {
    const home = newHome();
    const maker = createTestBackend();
    const network = join(home, 'network.swfund');
    const usb = join(home, 'usb.swfund');
    await closedFund(maker, network);
    await closedFund(maker, usb);
    maker.close();
    const before = sha256(network);
    const { host, app, fund } = hostWith(home, {
      probeLocation: (path) =>
        path === network
          ? facts(path, { fileSystem: 'cifs', appFolder: home })
          : path === usb
            ? facts(path, { fileSystem: 'vfat', drive: 'removable', appFolder: home })
            : facts(path, { appFolder: home }),
    });
    try {
      const refused = await app['funds.open']({ location: network });
      expect(expectRefused(refused, 'location-network')).toMatchObject({ offers: 'copy' });
      if (!refused.ok) expect(refused.error.message.th).toContain('เครือข่าย');
      expect(sha256(network)).toBe(before);
      expect(filesBeside(network)).toEqual(['network.swfund']);

      const opened = expectOk(await app['funds.open']({ location: usb }));
      expect(opened.readOnly).toBeNull();
      expect(opened.warnings).toEqual([
        { code: 'removable', params: {} },
        { code: 'fat', params: { fileSystem: 'vfat' } },
      ]);
      const moved = expectOk(await app['funds.openCopy']({ location: usb }));
      expect(moved).toMatchObject({ copiedFrom: usb, location: join(home, 'Funds', 'usb.swfund'), warnings: [], readOnly: null });
      expect(expectOk(await fund['members.search']({})).total).toBe(1);
      // The fund on the USB drive was closed once its copy was open, and left where it was.
      expect(filesBeside(usb)).toEqual(['usb.swfund']);
    } finally {
      host.close();
    }
  });

  it('a fund in a temporary folder outside SWF_HOME is opened with the temporary-folder warning', async () => {
    const home = newHome();
    const elsewhere = newHome();
    const location = join(elsewhere, 'from-email.swfund');
    const maker = createTestBackend();
    await closedFund(maker, location);
    maker.close();
    const { host, app } = hostWith(home, {});
    try {
      expect(expectOk(await app['funds.open']({ location })).warnings).toEqual([{ code: 'temporary', params: {} }]);
    } finally {
      host.close();
    }
  });

  it('a fund from an older version is not migrated when the disk lacks room for it, and can still be looked at', async () => {
    const home = newHome();
    const folder = join(home, 'small-disk');
    mkdirSync(folder);
    const location = join(folder, 'older.swfund');
    copyFileSync(join(import.meta.dirname, '../../fixtures/fund-schema-4.swfund'), location);
    const before = sha256(location);
    const { host, app } = hostWith(home, { freeBytes: (path) => (path === folder ? 5 * 2 ** 20 : 50 * 2 ** 30) });
    try {
      const refused = await app['funds.open']({ location });
      const params = expectRefused(refused, 'storage-low');
      expect(params).toMatchObject({
        freeMiB: 5,
        neededMiB: Math.ceil((2 * statSync(location).size + 100 * 2 ** 20) / 2 ** 20),
        offers: 'look',
      });
      if (!refused.ok) expect(refused.error.message.th).toContain('5 MB');
      expect(sha256(location)).toBe(before);
      expect(filesBeside(location)).toEqual(['older.swfund']);
      expect(expectOk(await app['funds.open']({ location, readOnly: true })).readOnly).toMatchObject({ reason: 'older-version' });
      expect(sha256(location)).toBe(before);
    } finally {
      host.close();
    }
  });
});

describe('the WAL after bulk work', () => {
  let backend: TestBackend;
  afterEach(() => backend?.close());

  it('is checkpointed and cut back after a collection day is posted', async () => {
    backend = createTestBackend();
    const location = join(backend.home, 'bulk.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-25' }));
    for (let serial = 1; serial <= 20; serial += 1) {
      const member = expectOk(await backend.fund['members.register'](memberInput(serial)));
      expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId: member.id, monthCount: 1, amountSatang: 3000 }));
    }
    expect(statSync(`${location}-wal`).size).toBeGreaterThan(0);
    expectOk(await backend.fund['collection.post']({ ...inCash, batchId: batch.id, requestId: 'bulk-post-0001' }));
    expect(statSync(`${location}-wal`).size).toBe(0);
    expect(existsSync(`${location}.owner.json`)).toBe(true);
  });
});
