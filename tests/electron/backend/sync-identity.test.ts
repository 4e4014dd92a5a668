import Database from 'better-sqlite3';
import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatFingerprint } from '../../../shared/domain/sync/fingerprint';
import { fundInput, memberInput } from '../../support/builders';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

type StoredIdentity = { uuid: string; memberSecret: string; publicKey: string; privateKey: string; exports: number };

function storedIdentity(db: Database.Database): StoredIdentity {
  return db
    .prepare(
      `SELECT fund.uuid AS uuid, fund.member_secret AS memberSecret, key.public_key AS publicKey, key.private_key AS privateKey,
              (SELECT COUNT(*) FROM sync_exports) AS exports
         FROM fund JOIN sync_identity AS key ON key.id = fund.id`,
    )
    .get() as StoredIdentity;
}

function identityOfFile(location: string): StoredIdentity {
  const copy = new Database(location, { readonly: true });
  try {
    return storedIdentity(copy);
  } finally {
    copy.close();
  }
}

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Stable identity and the fund's signing key (issue 18 §1–2; Decisions 1, 17, 18). */
describe('sync identity', () => {
  let backend: TestBackend;
  let location: string;
  let fundUuid: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    location = join(backend.home, 'fund.swfund');
    fundUuid = expectOk(await backend.app['funds.create'](fundInput(location))).profile.uuid;
  });
  afterEach(() => backend.close());

  it('gives a new fund a signing key, and answers its uuid, public key and the fingerprint of that key', async () => {
    const identity = expectOk(await backend.fund['sync.identity']({}));
    expect(identity.fundUuid).toBe(fundUuid);
    expect(identity.demo).toBe(false);
    const raw = Buffer.from(identity.publicKey, 'base64');
    expect(raw).toHaveLength(32);
    expect(identity.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(identity.fingerprint).toBe(formatFingerprint(createHash('sha256').update(raw).digest()));
    // The stored pair signs, and the key answered is its public half.
    const stored = storedIdentity(backend.db());
    expect(stored.memberSecret).toMatch(/^[0-9a-f]{64}$/);
    const publicKey = createPublicKey({ key: Buffer.from(stored.publicKey, 'base64'), format: 'der', type: 'spki' });
    expect(Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url')).toEqual(raw);
    const privateKey = createPrivateKey({ key: Buffer.from(stored.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
    const message = Buffer.from('SWF-SYNC-MANIFEST-v1\n{"sequence":1}');
    expect(verify(null, message, publicKey, sign(null, message, privateKey))).toBe(true);
  });

  it('gives each fund its own key', async () => {
    const first = storedIdentity(backend.db());
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    const otherUuid = expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'other.swfund')))).profile.uuid;
    const second = storedIdentity(backend.db());
    expect(otherUuid).not.toBe(fundUuid);
    expect(second.publicKey).not.toBe(first.publicKey);
    expect(second.memberSecret).not.toBe(first.memberSecret);
  });

  it('gives every travelling record it makes a time-ordered uuid', async () => {
    const member = expectOk(await backend.fund['members.register'](memberInput(1)));
    expectOk(
      await backend.fund['members.addDependent']({
        memberId: member.id,
        fullName: 'ด.ช. ใจดี',
        relationship: 'child',
        gender: 'male',
        birthDate: '2015-01-01',
      }),
    );
    expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    const uuids = backend
      .db()
      .prepare(
        'SELECT uuid FROM member_dependents UNION ALL SELECT uuid FROM welfare_types UNION ALL SELECT uuid FROM welfare_rule_versions',
      )
      .pluck()
      .all() as string[];
    expect(uuids.length).toBeGreaterThan(2);
    expect(uuids.every((uuid) => uuidV7.test(uuid))).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('gives a copy saved as a separate fund its own uuid, key and secret and no exports; a moved copy stays the same fund', async () => {
    expectOk(await backend.fund['sync.export']({}));
    const source = storedIdentity(backend.db());
    const separate = join(backend.home, 'practice.swfund');
    const saved = expectOk(
      await backend.app['funds.saveCopy']({ source: { fund: backend.handle() }, location: separate, intent: 'separate' }),
    );
    const copy = identityOfFile(separate);
    expect(saved.fundUuid).toBe(copy.uuid);
    expect(copy.uuid).not.toBe(fundUuid);
    expect(copy.publicKey).not.toBe(source.publicKey);
    expect(copy.privateKey).not.toBe(source.privateKey);
    expect(copy.memberSecret).not.toBe(source.memberSecret);
    expect(copy.exports).toBe(0);
    // The source keeps who it is, and its audit log names the copy's new identity.
    expect(storedIdentity(backend.db())).toEqual(source);
    const audit = backend.db().prepare("SELECT after_json FROM audit_events WHERE entity = 'fund-copy'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ intent: 'separate', sourceFundUuid: fundUuid, copyFundUuid: copy.uuid });

    const moved = join(backend.home, 'new-laptop.swfund');
    expectOk(await backend.app['funds.saveCopy']({ source: { fund: backend.handle() }, location: moved, intent: 'same-fund' }));
    expect(identityOfFile(moved)).toEqual(source);

    // The separate copy answers its own identity when opened.
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    expectOk(await backend.app['funds.open']({ location: separate }));
    const opened = expectOk(await backend.fund['sync.identity']({}));
    expect(opened.fundUuid).toBe(copy.uuid);
    expect(Buffer.from(opened.publicKey, 'base64')).not.toEqual(Buffer.from(source.publicKey, 'base64').subarray(-32));
  });
});
