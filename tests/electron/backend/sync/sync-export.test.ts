import { createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordPartNames, syncSchemaVersion, type SyncManifest } from '../../../../shared/api/sync-format';
import { manifestBytes, signManifest } from '../../../../electron/backend/sync/manifest-signature';
import { syncFileRules } from '../../../../electron/backend/sync/sync-file-layout';
import { verifySyncFile, type VerifiedFile } from '../../../../electron/backend/sync/verify-sync-file';
import { openSyncZip } from '../../../../electron/backend/sync/zip-reader';
import { writeSyncZip } from '../../../../electron/backend/sync/zip-writer';
import { expectOk } from '../../../support/test-backend';
import { buildWorld, type World } from '../../../support/write-examples';

/**
 * Issue 18 §2–3 through the contract: the fund's signed sync file verifies with the reader the collector uses;
 * its sequence chains to the previous file; unchanged data gives byte-identical parts; no name, citizen ID,
 * phone, address, payee or description is anywhere in it; a changed file, a foreign signature or an unknown
 * schema is refused with its reason.
 */
describe('the sync file export', () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });
  afterEach(() => world.backend.close());

  async function exported() {
    const result = expectOk(await world.backend.fund['sync.export']({}));
    const location = join(world.backend.home, result.fileName);
    expectOk(await world.backend.app['files.save']({ fileId: result.fileId, location }));
    return { result, location };
  }

  async function verified(location: string): Promise<VerifiedFile> {
    const check = await verifySyncFile(location, { keepRecords: true });
    if (!check.ok) throw new Error(`${check.reason} ${check.detail}`);
    return check;
  }

  /** Every entry's content, inflated, as text: what a reader of the file could see. */
  async function everything(location: string): Promise<string> {
    const opened = await openSyncZip(location, { rules: syncFileRules });
    if (!opened.ok) throw new Error(opened.reason);
    const texts: string[] = [];
    for (const entry of opened.zip.entries) {
      const read = await opened.zip.readEntryCapped(entry.name, 64 * 1024 * 1024);
      if (!read.ok) throw new Error(read.reason);
      texts.push(read.bytes.toString('utf8'));
    }
    await opened.zip.close();
    return texts.join('\n');
  }

  it('writes a signed file that verifies, naming the fund, its key and the first sequence', async () => {
    const identity = expectOk(await world.backend.fund['sync.identity']({}));
    const { result, location } = await exported();
    expect(result).toMatchObject({ sequence: 1, fingerprint: identity.fingerprint, personalData: 'pseudonymous' });
    expect(result.fileName).toMatch(/\.swfsync$/);
    const file = await verified(location);
    expect(file.manifest).toMatchObject({
      sequence: 1,
      previousSha256: null,
      kind: 'full',
      fund: { uuid: identity.fundUuid, demo: false },
      key: { publicKey: identity.publicKey, fingerprint: identity.fingerprint },
    });
    expect(file.manifestSha256).toBe(result.manifestSha256);
    const db = world.backend.db();
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(file.records.get('records/members.jsonl')).toHaveLength(count('members'));
    expect(file.records.get('records/claims.jsonl')).toHaveLength(count('welfare_claims'));
    expect(file.records.get('records/meetings.jsonl')).toHaveLength(count('meetings'));
    expect(file.records.get('records/committee-seats.jsonl')).toHaveLength(count('committee_seats'));
    // The contributions travel as totals: what each member paid in each fiscal year adds up to the receipts kept.
    const kept = db
      .prepare(
        'SELECT coalesce(sum(total_satang), 0) AS n FROM receipts WHERE id NOT IN (SELECT receipt_id FROM receipt_voids) AND member_id IS NOT NULL',
      )
      .get() as { n: number };
    const years = file.records.get('records/member-years.jsonl') as { contributedSatang: number }[];
    expect(years.reduce((sum, year) => sum + year.contributedSatang, 0)).toBe(kept.n);
    // The status form and the four criteria travel with it.
    expect(file.statusForm).toMatchObject({ fund: { code: file.manifest.fund.code }, certification: { criteria: expect.any(Array) } });
    // The export is on record, and certification criterion 1 reads it from now on.
    expect(expectOk(await world.backend.fund['sync.exports']({})).exports[0]).toMatchObject({
      sequence: 1,
      manifestSha256: result.manifestSha256,
    });
  });

  it('carries the heads of the journal and audit hash chains as they stood when the file was written (issue 20 §1)', async () => {
    const head = (chain: string) =>
      world.backend.db().prepare('SELECT link FROM chain_links WHERE chain = ? ORDER BY row_id DESC LIMIT 1').pluck().get(chain);
    const before = { journal: head('journal'), audit: head('audit') };
    expect(before.journal).toMatch(/^[0-9a-f]{64}$/);
    const file = await verified((await exported()).location);
    expect(file.manifest.chainHeads).toEqual(before);
    // The export's own audit row comes after the head the file pins.
    expect(head('audit')).not.toBe(before.audit);
  });

  it('leaves every name, citizen ID, phone, address, payee and description at home (Decision 18)', async () => {
    const { location } = await exported();
    const text = await everything(location);
    const db = world.backend.db();
    const personal = [
      ...(
        db.prepare('SELECT first_name, last_name, citizen_id, phone, house_no FROM members').all() as Record<string, string | null>[]
      ).flatMap(Object.values),
      ...(db.prepare('SELECT full_name, citizen_id FROM member_dependents').all() as Record<string, string | null>[]).flatMap(
        Object.values,
      ),
      ...(db.prepare('SELECT payee_name, description FROM payment_vouchers').all() as Record<string, string | null>[]).flatMap(
        Object.values,
      ),
      ...(db.prepare('SELECT description FROM community_activities').all() as Record<string, string | null>[]).flatMap(Object.values),
      ...(db.prepare('SELECT outsider_name, phone FROM committee_seats').all() as Record<string, string | null>[]).flatMap(Object.values),
      ...(db.prepare('SELECT name FROM meeting_attendees').all() as Record<string, string | null>[]).flatMap(Object.values),
    ].filter((value): value is string => typeof value === 'string' && value.trim().length >= 3);
    expect(personal.length).toBeGreaterThan(10);
    for (const value of personal) expect(text, value).not.toContain(value);
    // The pseudonym is the HMAC under the fund's secret, not a plain hash anyone could compute from the ID.
    const member = db.prepare("SELECT uuid, citizen_id FROM members WHERE citizen_id <> '' LIMIT 1").get() as {
      uuid: string;
      citizen_id: string;
    };
    expect(text).not.toContain(createHash('sha256').update(member.citizen_id).digest('hex'));
  });

  it('chains the next file to the last one, and gives the same parts byte for byte when nothing changed', async () => {
    const first = await exported();
    world.backend.clock.set('2026-11-26');
    const second = await exported();
    const [one, two] = [await verified(first.location), await verified(second.location)];
    expect(two.manifest).toMatchObject({ sequence: 2, previousSha256: one.manifestSha256 });
    expect(two.manifest.parts).toEqual(one.manifest.parts);
    expect(two.manifest.parts.map((part) => part.name)).toEqual(recordPartNames);
  });

  it('refuses to record or hand over a file the registry would refuse, and leaves nothing behind', async () => {
    // A record the format cannot carry (a damaged UUID): the read-back finds it before anything is recorded.
    world.backend.db().prepare('UPDATE members SET uuid = upper(uuid) WHERE id = ?').run(world.unpaid);
    const refused = await world.backend.fund['sync.export']({});
    expect(refused).toMatchObject({ ok: false, error: { code: 'sync-export-unverified', params: { reason: 'record-invalid' } } });
    expect(expectOk(await world.backend.fund['sync.exports']({})).exports).toEqual([]);
    const folder = join(world.backend.home, 'sync');
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
  });

  it('refuses a file changed in a part, signed by another key, or of an unknown schema', async () => {
    const { location } = await exported();
    const file = await verified(location);
    const opened = await openSyncZip(location, { rules: syncFileRules });
    if (!opened.ok) throw new Error(opened.reason);
    const entries: { name: string; data: Buffer; compression: 'store' | 'deflate' }[] = [];
    for (const rule of syncFileRules) {
      if (!opened.zip.has(rule.name)) continue;
      const read = await opened.zip.readEntryCapped(rule.name, 64 * 1024 * 1024);
      if (!read.ok) throw new Error(read.reason);
      entries.push({ name: rule.name, data: read.bytes, compression: rule.compression });
    }
    await opened.zip.close();
    const rewrite = async (name: string, change: (entry: (typeof entries)[number]) => Buffer) => {
      const path = join(world.backend.home, `${name}.swfsync`);
      const written = await writeSyncZip(
        path,
        entries.map((entry) => ({ ...entry, data: change(entry) })),
        { rules: syncFileRules },
      );
      if (!written.ok) throw new Error(written.reason);
      return verifySyncFile(path);
    };
    const privateKey = createPrivateKey({
      key: Buffer.from(
        (world.backend.db().prepare('SELECT private_key FROM sync_identity').get() as { private_key: string }).private_key,
        'base64',
      ),
      format: 'der',
      type: 'pkcs8',
    });
    const resigned = (manifest: SyncManifest, key = privateKey) => {
      const bytes = manifestBytes(manifest);
      return { bytes, signature: signManifest(bytes, key) };
    };

    // A member's record changed in the part: its hash no longer matches the manifest.
    const changedPart = await rewrite('changed-part', (entry) =>
      entry.name === 'records/members.jsonl' ? Buffer.from(entry.data.toString('utf8').replace('"active"', '"resigned"')) : entry.data,
    );
    expect(changedPart).toMatchObject({ ok: false, reason: 'hash-mismatch', part: 'records/members.jsonl' });

    // Signed by a key that is not the one the manifest names.
    const stranger = generateKeyPairSync('ed25519').privateKey;
    const foreign = resigned(file.manifest, stranger);
    expect(await rewrite('foreign', (entry) => (entry.name === 'manifest.sig' ? foreign.signature : entry.data))).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });

    // A schema this app does not read, even signed by the fund's own key.
    const future = resigned({ ...file.manifest, schemaVersion: syncSchemaVersion + 1 });
    expect(
      await rewrite('future', (entry) =>
        entry.name === 'manifest.json' ? future.bytes : entry.name === 'manifest.sig' ? future.signature : entry.data,
      ),
    ).toMatchObject({ ok: false, reason: 'unsupported-schema' });

    // A manifest whose record count disagrees with its part, signed by the fund's key.
    const parts = file.manifest.parts.map((part) =>
      part.name === 'records/members.jsonl' ? { ...part, records: part.records + 1 } : part,
    );
    const miscounted = resigned({ ...file.manifest, parts });
    expect(
      await rewrite('miscounted', (entry) =>
        entry.name === 'manifest.json' ? miscounted.bytes : entry.name === 'manifest.sig' ? miscounted.signature : entry.data,
      ),
    ).toMatchObject({ ok: false, reason: 'count-mismatch', part: 'records/members.jsonl' });

    // A truncated copy is not a ZIP at all.
    const truncated = join(world.backend.home, 'truncated.swfsync');
    const bytes = readFileSync(location);
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 30));
    expect(await verifySyncFile(truncated)).toMatchObject({ ok: false, reason: 'not-a-zip' });
  });
});
