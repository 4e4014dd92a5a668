import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personalEntry } from '../../../../shared/api/sync-personal-format';
import type { SyncManifest } from '../../../../shared/api/sync-format';
import { pinFund } from '../../../../electron/backend/region/officer-actions';
import { exportWorkspaceKey, memberPersonalData } from '../../../../electron/backend/region/workspace-key';
import { manifestBytes, signManifest } from '../../../../electron/backend/sync/manifest-signature';
import { sealPersonalPart } from '../../../../electron/backend/sync/personal-part';
import { syncFileRules } from '../../../../electron/backend/sync/sync-file-layout';
import { openSyncZip } from '../../../../electron/backend/sync/zip-reader';
import { writeSyncZip } from '../../../../electron/backend/sync/zip-writer';
import { expectOk } from '../../../support/test-backend';
import { buildWorld, type World } from '../../../support/write-examples';
import { exportFile, fileHash, fundPrivateKey, importInto, importOptions, verified, withWorkspace, workspacePath } from './region-fixture';

/**
 * Decision 18's full-data option end to end: the workspace's key file, a fund's file encrypted to it, and the
 * workspace decrypting it on import into its personal rows; a file for another workspace, a changed byte and a
 * bad tag are each refused with their reason, the workspace file byte for byte as it was.
 */
describe('full-data sync files', () => {
  let world: World;
  let workspace: string;
  beforeEach(async () => {
    world = await buildWorld();
    workspace = workspacePath(world);
  });
  afterEach(() => world.backend.close());

  /** The key file of a workspace (made if missing), as the officer sends it to the treasurer. */
  async function keyFileOf(path: string): Promise<string> {
    const out = join(world.backend.home, `${createHash('sha256').update(path).digest('hex').slice(0, 8)}.swfkey`);
    await withWorkspace(path, (open) => exportWorkspaceKey(open, out));
    return readFileSync(out, 'utf8');
  }

  async function exportFullFile(recipientKey: string): Promise<string> {
    const result = expectOk(await world.backend.fund['sync.export']({ personalData: 'encrypted-full', recipientKey }));
    const folder = join(world.backend.home, 'out');
    mkdirSync(folder, { recursive: true });
    const location = join(folder, result.fileName);
    expectOk(await world.backend.app['files.save']({ fileId: result.fileId, location }));
    return location;
  }

  /** The fund pinned in the workspace with its first, pseudonymous, file: where a later file is judged. */
  async function pinned(): Promise<void> {
    const first = await exportFile(world);
    await importInto(workspace, [first]);
    const { manifest } = await verified(first);
    await withWorkspace(workspace, (open) =>
      pinFund(open, { fundUuid: manifest.fund.uuid, fingerprint: manifest.key.fingerprint }, importOptions),
    );
  }

  /** A copy of a file with one entry's bytes and the manifest changed, signed again with the fund's own key. */
  async function forged(
    location: string,
    name: string,
    entry: (data: Buffer) => Buffer,
    manifest: (m: SyncManifest, data: Buffer) => SyncManifest,
  ) {
    const file = await verified(location);
    const opened = await openSyncZip(location, { rules: syncFileRules });
    if (!opened.ok) throw new Error(opened.reason);
    const entries: { name: string; data: Buffer; compression: 'store' | 'deflate' }[] = [];
    for (const rule of syncFileRules) {
      if (!opened.zip.has(rule.name)) continue;
      const read = await opened.zip.readEntryCapped(rule.name, 64 * 1024 * 1024);
      if (!read.ok) throw new Error(read.reason);
      entries.push({ name: rule.name, data: rule.name === personalEntry ? entry(read.bytes) : read.bytes, compression: rule.compression });
    }
    await opened.zip.close();
    const changed = entries.find((item) => item.name === personalEntry)?.data ?? Buffer.alloc(0);
    const bytes = manifestBytes(manifest(file.manifest, changed));
    const target = join(world.backend.home, name);
    const written = await writeSyncZip(
      target,
      entries.map((item) =>
        item.name === 'manifest.json'
          ? { ...item, data: bytes }
          : item.name === 'manifest.sig'
            ? { ...item, data: signManifest(bytes, fundPrivateKey(world)) }
            : item,
      ),
      { rules: syncFileRules },
    );
    if (!written.ok) throw new Error(written.reason);
    return target;
  }

  async function expectRefused(file: string, reason: string, where: Record<string, unknown> = {}) {
    const before = fileHash(workspace);
    const [outcome] = await importInto(workspace, [file]);
    expect(outcome).toMatchObject({ outcome: 'rejected', reason, ...where });
    expect(fileHash(workspace)).toBe(before);
  }

  it('carries the members’ personal data to the workspace whose key it was encrypted to', async () => {
    await pinned();
    const key = await keyFileOf(workspace);
    const { fingerprint } = JSON.parse(key) as { fingerprint: string };
    const location = await exportFullFile(key);
    const { manifest } = await verified(location);
    expect(manifest).toMatchObject({ personalData: 'encrypted-full', recipient: { algorithm: 'x25519', fingerprint } });
    // The export log keeps the level and whose key it went to.
    expect(
      expectOk(await world.backend.fund['sync.exports']({})).exports.map((row) => [row.personalData, row.recipientFingerprint]),
    ).toEqual([
      ['encrypted-full', fingerprint],
      ['pseudonymous', null],
    ]);

    const [outcome] = await importInto(workspace, [location]);
    expect(outcome).toMatchObject({ outcome: 'imported', sequence: 2 });
    const rows = await withWorkspace(workspace, (open) => memberPersonalData(open, manifest.fund.uuid));
    const members = world.backend
      .db()
      .prepare("SELECT uuid, first_name, last_name, nullif(citizen_id, '') AS citizen_id, phone FROM members ORDER BY uuid")
      .all() as { uuid: string; first_name: string; last_name: string; citizen_id: string | null; phone: string }[];
    expect(rows.map((row) => row.memberUuid)).toEqual(members.map((member) => member.uuid));
    expect(rows.map((row) => row.record)).toMatchObject(
      members.map((member) => ({
        firstName: member.first_name,
        lastName: member.last_name,
        citizenId: member.citizen_id,
        phone: member.phone,
      })),
    );
    expect(new Set(rows.map((row) => row.sequence))).toEqual(new Set([2]));
    // Payees and dependents' names come too, by the UUIDs the pseudonymous parts use.
    const payees = world.backend.db().prepare('SELECT uuid, payee_name FROM welfare_payments').all() as {
      uuid: string;
      payee_name: string;
    }[];
    const carried = rows.flatMap((row) => (row.record as { payees: { payoutUuid: string; payeeName: string }[] }).payees);
    expect(carried.length).toBe(payees.length);
    for (const payee of payees) expect(carried).toContainEqual({ payoutUuid: payee.uuid, payeeName: payee.payee_name });
  });

  it('has no name or ID in clear in any byte of a full-data file', async () => {
    const location = await exportFullFile(await keyFileOf(workspace));
    const raw = readFileSync(location);
    const opened = await openSyncZip(location, { rules: syncFileRules });
    if (!opened.ok) throw new Error(opened.reason);
    const inflated: Buffer[] = [];
    for (const entry of opened.zip.entries) {
      const read = await opened.zip.readEntryCapped(entry.name, 64 * 1024 * 1024);
      if (!read.ok) throw new Error(read.reason);
      inflated.push(read.bytes);
    }
    await opened.zip.close();
    const everything = Buffer.concat([raw, ...inflated]);
    const db = world.backend.db();
    const personal = [
      ...(db.prepare('SELECT first_name, last_name, citizen_id, phone, house_no FROM members').all() as Record<string, string | null>[]),
      ...(db.prepare('SELECT full_name, citizen_id FROM member_dependents').all() as Record<string, string | null>[]),
      ...(db.prepare('SELECT payee_name FROM welfare_payments').all() as Record<string, string | null>[]),
    ]
      .flatMap(Object.values)
      .filter((value): value is string => typeof value === 'string' && value.trim().length >= 3);
    expect(personal.length).toBeGreaterThan(10);
    for (const value of personal) expect(everything.includes(Buffer.from(value, 'utf8')), value).toBe(false);
  });

  it('refuses a file encrypted to another workspace: wrong-recipient', async () => {
    await pinned();
    const elsewhere = await keyFileOf(join(world.backend.home, 'region', 'south.swregion'));
    const location = await exportFullFile(elsewhere);
    const { fingerprint } = JSON.parse(elsewhere) as { fingerprint: string };
    await expectRefused(location, 'wrong-recipient', { params: { fingerprint } });
  });

  it('refuses a changed byte of the encrypted entry by its hash, and a bad tag signed by the fund as decrypt-failed', async () => {
    await pinned();
    const location = await exportFullFile(await keyFileOf(workspace));
    const flip = (data: Buffer) => {
      const copy = Buffer.from(data);
      copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 0x01;
      return copy;
    };
    // The manifest still lists the entry's old hash: caught before any decryption.
    const changed = await forged(location, 'changed.swfsync', flip, (manifest) => manifest);
    await expectRefused(changed, 'hash-mismatch', { part: personalEntry });
    // The hash made to match and the manifest signed by the fund's own key: only the tag can tell.
    const badTag = await forged(location, 'bad-tag.swfsync', flip, (manifest, data) => ({
      ...manifest,
      personal: manifest.personal && { ...manifest.personal, sha256: createHash('sha256').update(data).digest('hex') },
    }));
    await expectRefused(badTag, 'decrypt-failed');
  });

  it('refuses a decrypted line that is not a personal record: record-invalid with the entry and line', async () => {
    await pinned();
    const key = await keyFileOf(workspace);
    const location = await exportFullFile(key);
    const { manifest } = await verified(location);
    const good = `${JSON.stringify({ uuid: '00000000-0000-7000-8000-000000000001' })}`;
    const plaintext = Buffer.from(`${good}\n{"uuid":"not-a-uuid"}\n`, 'utf8');
    const publicKey = Buffer.from((JSON.parse(key) as { publicKey: string }).publicKey, 'base64');
    const sealed = sealPersonalPart(plaintext, publicKey, manifest.fund.uuid);
    const bad = await forged(
      location,
      'bad-line.swfsync',
      () => sealed.bytes,
      (original) => ({
        ...original,
        recipient: original.recipient && { ...original.recipient, ephemeralPublicKey: sealed.ephemeralPublicKey.toString('base64') },
        personal: original.personal && {
          ...original.personal,
          sha256: createHash('sha256').update(sealed.bytes).digest('hex'),
          bytes: sealed.bytes.length,
          records: 2,
        },
      }),
    );
    await expectRefused(bad, 'record-invalid', { part: personalEntry, line: 1 });
  });

  it('refuses a bad key file naming its field, in Thai and English, and writes nothing', async () => {
    const good = JSON.parse(await keyFileOf(workspace)) as Record<string, unknown>;
    const otherKey = generateKeyPairSync('x25519').publicKey.export({ format: 'jwk' }).x ?? '';
    const cases: [string, string, string][] = [
      ['{not json', 'sync-key-file-not-json', 'recipientKey'],
      [JSON.stringify({ ...good, algorithm: 'ed25519' }), 'sync-key-file-algorithm', 'recipientKey.algorithm'],
      [
        JSON.stringify({ ...good, publicKey: Buffer.alloc(31, 7).toString('base64') }),
        'sync-key-file-public-key',
        'recipientKey.publicKey',
      ],
      [
        JSON.stringify({ ...good, publicKey: Buffer.from(otherKey, 'base64url').toString('base64') }),
        'sync-key-file-fingerprint',
        'recipientKey.fingerprint',
      ],
      [JSON.stringify({ ...good, format: 'swfsync' }), 'sync-key-file-field', 'recipientKey.format'],
    ];
    for (const [recipientKey, code, field] of cases) {
      const refused = await world.backend.fund['sync.export']({ personalData: 'encrypted-full', recipientKey });
      expect(refused, code).toMatchObject({ ok: false, error: { code, field } });
      if (refused.ok) continue;
      expect(refused.error.message.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(refused.error.message.en).not.toBe(code);
    }
    expect((await world.backend.fund['sync.export']({ personalData: 'encrypted-full' })).ok).toBe(false);
    expect(expectOk(await world.backend.fund['sync.exports']({})).exports).toEqual([]);
    const folder = join(world.backend.home, 'sync');
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
  });

  it('gives the workspace one key pair for good, and its key file the fingerprint the manifest names', async () => {
    const first = await keyFileOf(workspace);
    expect(await keyFileOf(workspace)).toBe(first);
    const key = JSON.parse(first) as Record<string, unknown>;
    expect(key).toMatchObject({ format: 'swfkey', version: 1, algorithm: 'x25519', workspace: 'north' });
    expect(key.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    const read = expectOk(await world.backend.fund['sync.export']({ personalData: 'encrypted-full', recipientKey: first }));
    expect(read).toMatchObject({ personalData: 'encrypted-full', recipientFingerprint: key.fingerprint });
  });
});
