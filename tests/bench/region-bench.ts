import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import { syncManifest } from '../../shared/api/sync-format';
import { createHost } from '../../electron/backend/create-host';
import { inTransaction } from '../../electron/backend/db/execute';
import { pinFundKey } from '../../electron/backend/db/region/region-repository';
import { FileStore } from '../../electron/backend/files/file-store';
import { importSyncFiles } from '../../electron/backend/region/import-sync-files';
import { openRegionWorkspace } from '../../electron/backend/region/region-workspace';
import { manifestBytes, signManifest } from '../../electron/backend/sync/manifest-signature';
import { keyFingerprint, rawPublicKey } from '../../electron/backend/sync/signing-key';
import { syncFileRules } from '../../electron/backend/sync/sync-file-layout';
import { verifySyncFile } from '../../electron/backend/sync/verify-sync-file';
import { openSyncZip } from '../../electron/backend/sync/zip-reader';
import { writeSyncZip } from '../../electron/backend/sync/zip-writer';
import { callContext } from '../../electron/backend/unit-of-work';
import { fundInput } from '../support/builders';
import { fixedClock, tabClients } from '../support/test-backend';
import { generateFund } from './synthetic-fund';

type Line = (label: string, milliseconds: number, extra?: string) => void;

/**
 * Issue 18's collector benchmark: 1,000 typical fund files (a generated fund of `members` members, its file signed
 * again under 1,000 keys and fund UUIDs, so each is a fund of its own) imported into a fresh workspace whose keys
 * are already pinned (the officers' part is not timed), then imported again (all "already imported"); and the
 * verify time of one file, the median of 50. Target: the 1,000 files in < 60 s.
 */
export async function benchRegionImport(options: { home: string; line: Line; files: number; members: number; seed: number }) {
  const { home, line } = options;
  const folder = join(home, 'region-bench');
  mkdirSync(join(folder, 'inbox'), { recursive: true });
  const typical = await typicalFundFile(folder, options.members, options.seed);

  const opened = await openSyncZip(typical, { rules: syncFileRules });
  if (!opened.ok) throw new Error(opened.reason);
  const entries: { name: string; data: Buffer; compression: 'store' | 'deflate' }[] = [];
  // The entries the file has, in the format's order (a pseudonymous file has no encrypted personal part).
  const present = new Set(opened.zip.entries.map((entry) => entry.name));
  for (const rule of syncFileRules.filter((each) => present.has(each.name))) {
    const read = await opened.zip.readEntryCapped(rule.name, 64 * 2 ** 20);
    if (!read.ok) throw new Error(read.reason);
    entries.push({ name: rule.name, data: read.bytes, compression: rule.compression });
  }
  await opened.zip.close();
  const base = syncManifest.parse(JSON.parse(entries[0]?.data.toString('utf8') ?? '{}'));

  const funds: { fundUuid: string; code: string; publicKey: string; fingerprint: string }[] = [];
  const paths: string[] = [];
  for (let index = 0; index < options.files; index += 1) {
    const pair = generateKeyPairSync('ed25519');
    const spki = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const fund = { fundUuid: randomUUID(), code: `bench-${String(index).padStart(4, '0')}` };
    const key = { ...base.key, publicKey: rawPublicKey(spki).toString('base64'), fingerprint: keyFingerprint(spki) };
    const bytes = manifestBytes({ ...base, fund: { ...base.fund, uuid: fund.fundUuid, code: fund.code }, key });
    const path = join(folder, 'inbox', `${fund.code}.swfsync`);
    const data = (name: string, original: Buffer) =>
      name === 'manifest.json' ? bytes : name === 'manifest.sig' ? signManifest(bytes, pair.privateKey) : original;
    const written = await writeSyncZip(
      path,
      entries.map((entry) => ({ ...entry, data: data(entry.name, entry.data) })),
      { rules: syncFileRules },
    );
    if (!written.ok) throw new Error(written.reason);
    funds.push({ ...fund, publicKey: key.publicKey, fingerprint: key.fingerprint });
    paths.push(path);
  }

  const verifyTimes: number[] = [];
  for (const path of paths.slice(0, 50)) {
    const start = performance.now();
    const checked = await verifySyncFile(path, { keepRecords: true });
    verifyTimes.push(performance.now() - start);
    if (!checked.ok) throw new Error(checked.reason);
  }
  verifyTimes.sort((left, right) => left - right);
  line('verify one typical sync file (median of 50)', verifyTimes[25] ?? 0, `${(statSync(typical).size / 1024).toFixed(0)} KiB`);

  const workspace = openRegionWorkspace(join(folder, 'bench.swregion'), { create: true });
  try {
    const now = () => '2026-11-26T03:00:00.000Z';
    inTransaction(workspace.connection, () => {
      for (const fund of funds) {
        const place = { name: fund.code, provinceCode: base.fund.provinceCode, districtCode: base.fund.districtCode };
        pinFundKey(workspace.connection, { ...fund, ...place, provinceName: '', districtName: '', pinnedAt: now(), pinnedBy: 'bench' });
      }
    });
    const importOptions = { officer: 'bench', now };
    let start = performance.now();
    const outcomes = await importSyncFiles(workspace, [join(folder, 'inbox')], importOptions);
    const imported = outcomes.filter((outcome) => outcome.outcome === 'imported').length;
    line(
      `import ${options.files.toLocaleString('en')} typical sync files`,
      performance.now() - start,
      `${imported} imported; target < 60 s`,
    );
    start = performance.now();
    const again = await importSyncFiles(workspace, [join(folder, 'inbox')], importOptions);
    const already = again.filter((outcome) => outcome.outcome === 'already-imported').length;
    line(`import the same ${options.files.toLocaleString('en')} again`, performance.now() - start, `${already} already imported`);
  } finally {
    workspace.close();
  }
}

/** A fund of `members` members over three years, generated as the main benchmark does, and its sync file. */
async function typicalFundFile(folder: string, members: number, seed: number): Promise<string> {
  const today = '2026-11-25';
  const clock = fixedClock(today);
  let connection: BetterSqlite3.Database | undefined;
  const host = createHost({ home: folder, locationMode: 'path', clock, onConnection: (opened) => (connection = opened) });
  try {
    const { app, fund } = tabClients(host);
    const location = join(folder, 'typical.swfund');
    const created = await app['funds.create'](fundInput(location, { openedOn: '2023-11-01', foundedOn: '2006-01-01' }));
    if (!created.ok || !connection) throw new Error('the typical fund was not created');
    // Money in hand from the start, as the tests' world fund has, so a small fund's generated expenses never overdraw.
    const opening = await fund['ledger.recordOpeningBalances']({
      requestId: 'typical-opening',
      balances: [{ accountCode: '3100', amountSatang: 10_000_000 }],
    });
    if (!opening.ok) throw new Error(opening.error.message.en);
    const source = {
      connection,
      clock,
      actor: { userId: 'bench', personId: null, roles: ['treasurer' as const] },
      files: new FileStore(join(folder, '.transfers')),
      fundFile: { path: location, home: folder },
    };
    generateFund(callContext(source, 'bench.generate', {}), { members, years: 3, seed, today });
    const exported = await fund['sync.export']({});
    if (!exported.ok) throw new Error(exported.error.message.en);
    const path = join(folder, 'typical.swfsync');
    const saved = await app['files.save']({ fileId: exported.value.fileId, location: path });
    if (!saved.ok) throw new Error(saved.error.message.en);
    return path;
  } finally {
    host.close();
  }
}
