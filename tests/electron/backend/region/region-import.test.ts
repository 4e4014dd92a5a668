import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFundRecords } from '../../../../electron/backend/db/region/region-repository';
import { importSyncFiles } from '../../../../electron/backend/region/import-sync-files';
import { pendingFiles, pinFund, rebaseFund } from '../../../../electron/backend/region/officer-actions';
import { quarantineNotes } from '../../../../electron/backend/region/quarantine';
import { regionTable } from '../../../../electron/backend/region/region-summary';
import { keyFingerprint, rawPublicKey } from '../../../../electron/backend/sync/signing-key';
import { expectOk } from '../../../support/test-backend';
import { buildWorld, type World } from '../../../support/write-examples';
import {
  exportFile,
  fileHash,
  fundPrivateKey,
  importInto,
  importOptions,
  officer,
  resignedCopy,
  valueOf,
  verified,
  withWorkspace,
  workspacePath,
} from './region-fixture';

/**
 * Issue 18 §4 and reliability §(c) checks 4, 6, 7: the regional workspace takes a fund's files once its key is
 * pinned, in chain order, each once; every refusal leaves the workspace file byte for byte as it was.
 */
describe('the regional collector', () => {
  let world: World;
  let workspace: string;
  beforeEach(async () => {
    world = await buildWorld();
    workspace = workspacePath(world);
  });
  afterEach(() => world.backend.close());

  /** The first file of the world fund, imported and its key pinned: the state most cases start from. */
  async function pinnedWithFirstFile(): Promise<string> {
    const first = await exportFile(world);
    const [waiting] = await importInto(workspace, [first]);
    expect(waiting).toMatchObject({ outcome: 'new-fund' });
    const { manifest } = await verified(first);
    const pinned = await withWorkspace(workspace, (open) =>
      pinFund(open, { fundUuid: manifest.fund.uuid, fingerprint: manifest.key.fingerprint }, importOptions),
    );
    expect(valueOf(pinned).outcomes).toMatchObject([{ outcome: 'imported', sequence: 1 }]);
    return first;
  }

  /** The fund's file re-signed by its own key with other content on another day: what a restored fund sends. */
  function replayOf(file: string, name: string, asOf: string) {
    return resignedCopy(file, join(world.backend.home, name), (manifest) => ({ ...manifest, asOf }), fundPrivateKey(world));
  }

  /** Imports the files and expects one refusal with this reason, the workspace file unchanged. */
  async function expectRefused(files: string[], reason: string, params: Record<string, unknown> = {}) {
    const before = fileHash(workspace);
    const outcomes = await importInto(workspace, files);
    expect(outcomes.at(-1)).toMatchObject({ outcome: 'rejected', reason, params });
    expect(fileHash(workspace)).toBe(before);
    return outcomes;
  }

  it('reproduces the fund’s figures: members, money on hand, welfare by type and the four criteria', async () => {
    const assessment = expectOk(await world.backend.fund['certification.assess']({}));
    const members = expectOk(await world.backend.fund['reports.memberSummary']({}));
    const section10 = expectOk(await world.backend.fund['reports.section10']({}));
    await pinnedWithFirstFile();

    const [row] = await withWorkspace(workspace, (open) => regionTable(open));
    const fund = world.backend.db().prepare('SELECT uuid, fund_code, name, province_name, district_name FROM fund').get() as Record<
      string,
      string
    >;
    expect(row).toMatchObject({
      fundUuid: fund.uuid,
      code: fund.fund_code,
      name: fund.name,
      provinceName: fund.province_name,
      districtName: fund.district_name,
      lastSequence: 1,
      lastExportOn: world.backend.clock.today(),
      membersCurrent: members.totals.current,
    });
    const onHand = section10.assets.lines
      .filter((line) => ['assets.bank', 'assets.cash', 'assets.investments'].includes(line.key))
      .reduce((sum, line) => sum + line.amountSatang, 0);
    expect(row?.moneyOnHandSatang).toBe(onHand);
    expect(onHand).toBeGreaterThan(0);
    // The same fiscal year the file's status form stands in (the one the export day falls in).
    const welfare = expectOk(await world.backend.fund['reports.welfare']({ fiscalYear: row?.fiscalYear ?? 0 }));
    expect(row?.welfare.map((line) => [line.code, line.yearSatang, line.cumulativeSatang])).toEqual(
      welfare.types.map((type) => [type.code, type.year.amountSatang, type.cumulative.amountSatang]),
    );
    expect(row?.welfare.some((line) => line.yearSatang > 0)).toBe(true);
    expect(row?.criteria).toEqual(assessment.criteria.map(({ key, status }) => ({ key, status })));
    expect(row?.criteria).toHaveLength(4);

    // The records came too, one row each: every member of the fund, pseudonymous.
    const count = (world.backend.db().prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
    const stored = await withWorkspace(workspace, (open) => readFundRecords(open.connection, fund.uuid ?? '', 'members'));
    expect(stored).toHaveLength(count);
  });

  it('imports the same file twice without harm: the second time is "already imported", nothing written', async () => {
    const first = await pinnedWithFirstFile();
    const before = fileHash(workspace);
    const again = await importInto(workspace, [first]);
    expect(again).toEqual([expect.objectContaining({ outcome: 'already-imported', sequence: 1, importedAt: importOptions.now() })]);
    expect(fileHash(workspace)).toBe(before);
  });

  it('keeps a new fund’s file waiting, copied into quarantine, until its fingerprint is confirmed', async () => {
    const first = await exportFile(world);
    const { manifest } = await verified(first);
    const [waiting] = await importInto(workspace, [first]);
    expect(waiting).toMatchObject({ outcome: 'new-fund', fundUuid: manifest.fund.uuid, fingerprint: manifest.key.fingerprint });
    expect(existsSync(first)).toBe(true);
    const [kept] = await withWorkspace(workspace, (open) => pendingFiles(open));
    expect(kept?.quarantinePath).toMatch(/quarantine\/2026-11-26\/[0-9a-f]{64}\.swfsync$/);
    expect(readFileSync(kept?.quarantinePath ?? '')).toEqual(readFileSync(first));
    expect(await withWorkspace(workspace, (open) => regionTable(open))).toEqual([]);
    // Brought again before anyone confirmed it, it waits once: nothing more written.
    const before = fileHash(workspace);
    expect(await importInto(workspace, [first])).toMatchObject([{ outcome: 'new-fund' }]);
    expect(fileHash(workspace)).toBe(before);
    const [note] = quarantineNotes(join(workspace, '..', 'quarantine'));
    expect(note).toMatchObject({
      reason: 'new-fund',
      params: { fingerprint: manifest.key.fingerprint },
      message: { th: expect.any(String) },
    });

    // A wrong fingerprint pins nothing; the right one, typed without its spaces, pins and imports the file.
    const wrong = await withWorkspace(workspace, (open) =>
      pinFund(open, { fundUuid: manifest.fund.uuid, fingerprint: '1234' }, importOptions),
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'region-fingerprint-mismatch' } });
    const typed = manifest.key.fingerprint.replace(/ /g, '');
    const pinned = await withWorkspace(workspace, (open) =>
      pinFund(open, { fundUuid: manifest.fund.uuid, fingerprint: typed }, importOptions),
    );
    expect(valueOf(pinned).outcomes).toMatchObject([{ outcome: 'imported', sequence: 1 }]);
    expect(await withWorkspace(workspace, (open) => pendingFiles(open))).toEqual([]);
    expect((await withWorkspace(workspace, (open) => regionTable(open)))[0]).toMatchObject({ lastSequence: 1 });
  });

  it('imports the next file in the chain, and files of one batch in any order', async () => {
    await pinnedWithFirstFile();
    const second = await exportFile(world);
    const third = await exportFile(world);
    const outcomes = await importInto(workspace, [third, second]);
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['imported', 'imported']);
    expect((await withWorkspace(workspace, (open) => regionTable(open)))[0]).toMatchObject({ lastSequence: 3 });
    // Each file's chain heads are kept as its manifest names them (issue 20 §1), to match the fund's pages later.
    const kept = await withWorkspace(workspace, (open) =>
      open.connection
        .prepare('SELECT sequence, journal_chain_head AS journal, audit_chain_head AS audit FROM imports ORDER BY sequence')
        .all(),
    );
    const named = await Promise.all([second, third].map(async (file) => (await verified(file)).manifest.chainHeads));
    expect(kept.slice(1)).toEqual(named.map((heads, at) => ({ sequence: at + 2, ...heads })));
    expect(named[0]?.audit).toMatch(/^[0-9a-f]{64}$/);
    expect(named[1]?.audit).not.toBe(named[0]?.audit);
  });

  it('refuses a file under another key for a known fund (key-mismatch), leaving the workspace unchanged', async () => {
    const first = await pinnedWithFirstFile();
    const second = await exportFile(world);
    const stranger = generateKeyPairSync('ed25519');
    const spki = stranger.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const forged = await resignedCopy(
      second,
      join(world.backend.home, 'forged.swfsync'),
      (manifest) => ({
        ...manifest,
        key: { ...manifest.key, publicKey: rawPublicKey(spki).toString('base64'), fingerprint: keyFingerprint(spki) },
      }),
      stranger.privateKey,
    );
    await expectRefused([forged], 'key-mismatch', { fingerprint: keyFingerprint(spki) });
    expect(first).not.toBe(forged);
  });

  it('refuses a replayed older sequence with other content, a gap and a broken chain', async () => {
    const first = await pinnedWithFirstFile();
    const second = await exportFile(world);
    const third = await exportFile(world);
    const key = fundPrivateKey(world);
    // Sequence 1 again, but not the file imported as 1: a restored fund, or a forgery.
    const replay = await replayOf(first, 'replay.swfsync', '2026-11-27');
    await expectRefused([replay], 'conflicting-sequence', { sequence: 1, lastSequence: 1 });
    // Number 3 while 2 has not come: it says what it waits for.
    await expectRefused([third], 'sequence-gap', { sequence: 3, waitingFor: 2 });
    // Number 2 that does not chain to the 1 imported.
    const unchained = await resignedCopy(
      second,
      join(world.backend.home, 'unchained.swfsync'),
      (m) => ({ ...m, previousSha256: 'ab'.repeat(32) }),
      key,
    );
    await expectRefused([unchained], 'prev-hash-mismatch', { sequence: 2, lastSequence: 1 });
    // Each refusal is in the quarantine with its reason; the officer's own files were never moved.
    const days = readdirSync(join(workspace, '..', 'quarantine'));
    const notes = days.flatMap((day) => readdirSync(join(workspace, '..', 'quarantine', day)).filter((name) => name.endsWith('.json')));
    expect(notes.map((name) => name.split('.')[1]).sort()).toEqual([
      'conflicting-sequence',
      'new-fund',
      'prev-hash-mismatch',
      'sequence-gap',
    ]);
    expect([replay, third, unchained].every((path) => existsSync(path))).toBe(true);
  });

  it('takes an older sequence only after an officer approves a re-base, and logs it', async () => {
    const first = await pinnedWithFirstFile();
    const replay = await replayOf(first, 'restored.swfsync', '2026-11-27');
    await expectRefused([replay], 'conflicting-sequence');
    const fundUuid = (await verified(first)).manifest.fund.uuid;
    const noReason = await withWorkspace(workspace, (open) => rebaseFund(open, { fundUuid, reason: ' ' }, importOptions));
    expect(noReason).toMatchObject({ ok: false, error: { code: 'region-rebase-reason' } });
    valueOf(await withWorkspace(workspace, (open) => rebaseFund(open, { fundUuid, reason: 'restored from backup' }, importOptions)));
    expect(await importInto(workspace, [replay])).toMatchObject([{ outcome: 'imported', sequence: 1, rebased: true }]);
    const logged = await withWorkspace(workspace, (open) => ({
      actions: open.connection.prepare('SELECT action, officer, detail FROM officer_actions ORDER BY id').all(),
      imports: open.connection.prepare('SELECT sequence, rebase_reason FROM imports ORDER BY id').all(),
    }));
    expect(logged.actions).toMatchObject([
      { action: 'pin', officer },
      { action: 'rebase', officer },
    ]);
    expect(logged.imports).toEqual([
      { sequence: 1, rebase_reason: null },
      { sequence: 1, rebase_reason: 'restored from backup' },
    ]);
    // The approval is used up: the same older sequence with yet other content is refused again.
    const another = await replayOf(first, 'another.swfsync', '2026-11-28');
    await expectRefused([another], 'conflicting-sequence');
  });

  it('refuses a demo fund’s file, even before its key is pinned', async () => {
    world.backend.db().exec('UPDATE fund SET demo = 1');
    const demo = await exportFile(world);
    await withWorkspace(workspace, () => undefined);
    await expectRefused([demo], 'demo-file');
  });

  it('refuses hostile containers with their reasons, leaving the workspace byte-identical', async () => {
    await pinnedWithFirstFile();
    const second = await exportFile(world);
    const bytes = readFileSync(second);
    const flipped = join(world.backend.home, 'flipped.swfsync');
    const middle = Math.floor(bytes.length / 2);
    writeFileSync(flipped, Buffer.concat([bytes.subarray(0, middle), Buffer.from([bytes[middle]! ^ 0xff]), bytes.subarray(middle + 1)]));
    const truncated = join(world.backend.home, 'truncated.swfsync');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 30));
    const notZip = join(world.backend.home, 'notes.swfsync');
    writeFileSync(notZip, 'hello');
    // A byte flipped at 24 places spread over the whole file: each copy refused, whatever the byte hit.
    const flips = Array.from({ length: 24 }, (_, index) => {
      const at = Math.floor(((index + 0.5) * bytes.length) / 24);
      const path = join(world.backend.home, `flip-${index}.swfsync`);
      writeFileSync(path, Buffer.concat([bytes.subarray(0, at), Buffer.from([bytes[at]! ^ 0x01]), bytes.subarray(at + 1)]));
      return path;
    });
    const before = fileHash(workspace);
    const flippedOutcomes = await importInto(workspace, flips);
    expect(flippedOutcomes.filter((outcome) => outcome.outcome !== 'rejected')).toEqual([]);
    expect(fileHash(workspace)).toBe(before);
    const outcomes = await importInto(workspace, [flipped, truncated, notZip, join(world.backend.home, 'missing.swfsync')]);
    expect(outcomes.every((outcome) => outcome.outcome === 'rejected')).toBe(true);
    expect(outcomes.map((outcome) => (outcome.outcome === 'rejected' ? outcome.reason : ''))).toEqual([
      expect.any(String),
      'not-a-zip',
      'not-a-zip',
      'not-a-file',
    ]);
    expect(fileHash(workspace)).toBe(before);
    // The good file still imports after them.
    expect(await importInto(workspace, [second])).toMatchObject([{ outcome: 'imported', sequence: 2 }]);
  });

  it('imports every .swfsync of a folder, and refuses to open a fund file as a workspace', async () => {
    await pinnedWithFirstFile();
    await exportFile(world);
    const progress: [number, number][] = [];
    const outcomes = await withWorkspace(workspace, (open) =>
      importSyncFiles(open, [join(world.backend.home, 'out')], {
        ...importOptions,
        onProgress: (done, total) => progress.push([done, total]),
      }),
    );
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(['already-imported', 'imported']);
    const fundFile = world.backend.db().name;
    await expect(withWorkspace(fundFile, () => undefined)).rejects.toMatchObject({ code: 'not-a-region-file' });
  });
});
