import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fundInput } from '../../support/builders';

const root = resolve(import.meta.dirname, '../../..');
const home = mkdtempSync(join(tmpdir(), 'swf-region-cli-'));
/** The real bin, as regional staff run it. */
const swf = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'swf.js'), ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, SWF_HOME: home, SWF_OFFICER: 'officer-cli' },
  });

/** Issue 18 §5: `swf region import | pin | summary`, a line per file, exit 1 when any file is refused. */
describe('swf region', () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('imports a folder, waits for the fingerprint, pins, refuses a damaged file and writes the Excel summary', () => {
    const fund = join(home, 'fund.swfund');
    expect(swf('app', 'funds.create', JSON.stringify(fundInput(fund))).status).toBe(0);
    const outbox = join(home, 'outbox');
    const exported = swf('sync', 'export', fund, outbox);
    expect(exported.status, exported.stderr).toBe(0);
    const workspace = join(home, 'region', 'north.swregion');

    const first = swf('region', 'import', workspace, outbox);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('waiting for fingerprint confirmation');
    const [, fundUuid, fingerprint] = /\(([0-9a-f-]{36})\)\tfingerprint ([\d ]+)\t/.exec(first.stdout) ?? [];
    expect(fingerprint).toBeDefined();

    const pinned = swf('region', 'pin', workspace, fundUuid ?? '', ...(fingerprint ?? '').split(' '));
    expect(pinned.status, pinned.stderr + pinned.stdout).toBe(0);
    expect(pinned.stdout).toMatch(/\timported\t.*sequence 1/);

    const again = swf('region', 'import', workspace, outbox);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already imported');

    const damaged = join(home, 'damaged.swfsync');
    writeFileSync(damaged, 'not a zip');
    const refused = swf('region', 'import', workspace, damaged);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/\tnot-a-zip\t.+ \/ This is not a sync file/);

    const xlsx = join(home, 'summary.xlsx');
    const summary = swf('region', 'summary', workspace, '--xlsx', xlsx);
    expect(summary.status, summary.stderr).toBe(0);
    expect(summary.stdout.split('\n')[1]).toContain(fundInput(fund).profile.name);
    expect(existsSync(xlsx)).toBe(true);
    expect(readdirSync(join(home, 'region', 'quarantine')).length).toBe(1);

    // Decision 18: the workspace's key file, a full-data export to it, and its import.
    const keyFile = join(home, 'north.swfkey');
    const key = swf('region', 'key', workspace, keyFile);
    expect(key.status, key.stderr).toBe(0);
    const [, keyFingerprint] = /\tfingerprint ([\d ]+)\n/.exec(key.stdout) ?? [];
    expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toMatchObject({ format: 'swfkey', algorithm: 'x25519', fingerprint: keyFingerprint });
    const fullOutbox = join(home, 'outbox-full');
    const full = swf('sync', 'export', fund, fullOutbox, '--full-data', keyFile);
    expect(full.status, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout)).toMatchObject({ personalData: 'encrypted-full', recipientFingerprint: keyFingerprint });
    const fullImport = swf('region', 'import', workspace, fullOutbox);
    expect(fullImport.status, fullImport.stdout).toBe(0);
    expect(fullImport.stdout).toMatch(/\timported\t.*sequence 2/);
    // A key file that is not one is refused naming its field, and no file is written.
    const badKey = join(home, 'bad.swfkey');
    writeFileSync(badKey, readFileSync(keyFile, 'utf8').replace('"x25519"', '"ed25519"'));
    const refusedKey = swf('sync', 'export', fund, join(home, 'outbox-bad'), '--full-data', badKey);
    expect(refusedKey.status).toBe(1);
    expect(refusedKey.stderr).toContain('"code": "sync-key-file-algorithm"');
    expect(refusedKey.stderr).toContain('"field": "recipientKey.algorithm"');
    expect(refusedKey.stderr).toMatch(/ไฟล์กุญแจ.*algorithm/);
    expect(readdirSync(join(home, 'outbox-bad'))).toEqual([]);

    expect(swf('region', 'summary', fund).status).toBe(1);
    expect(swf('region', 'pin', workspace).status).toBe(2);
    expect(swf('region').status).toBe(2);
  });
});
