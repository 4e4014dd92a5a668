import { createHash, createPrivateKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncManifest } from '../../../../shared/api/sync-format';
import type { Result } from '../../../../shared/domain/result';
import { importSyncFiles, type ImportOptions } from '../../../../electron/backend/region/import-sync-files';
import { openRegionWorkspace, type RegionWorkspace } from '../../../../electron/backend/region/region-workspace';
import { manifestBytes, signManifest } from '../../../../electron/backend/sync/manifest-signature';
import { syncFileRules } from '../../../../electron/backend/sync/sync-file-layout';
import { verifySyncFile, type VerifiedFile } from '../../../../electron/backend/sync/verify-sync-file';
import { openSyncZip } from '../../../../electron/backend/sync/zip-reader';
import { writeSyncZip } from '../../../../electron/backend/sync/zip-writer';
import { expectOk } from '../../../support/test-backend';
import type { World } from '../../../support/write-examples';

/** The collector's tests: a world fund's files, a workspace beside them, and forged variants of a real file. */

export const officer = 'officer-somchai';
export const importOptions: ImportOptions = { officer, now: () => '2026-11-26T03:00:00.000Z' };

/** Exports the world fund's next sync file and saves it into `<home>/out/`. */
export async function exportFile(world: World, kind: 'full' | 'incremental' = 'full'): Promise<string> {
  const result = expectOk(await world.backend.fund['sync.export']({ kind }));
  const folder = join(world.backend.home, 'out');
  mkdirSync(folder, { recursive: true });
  const location = join(folder, result.fileName);
  expectOk(await world.backend.app['files.save']({ fileId: result.fileId, location }));
  return location;
}

export function workspacePath(world: World): string {
  return join(world.backend.home, 'region', 'north.swregion');
}

/** Opens (creating) the workspace, runs the body, and closes it, so its file alone holds everything. */
export async function withWorkspace<T>(path: string, body: (workspace: RegionWorkspace) => Promise<T> | T): Promise<T> {
  mkdirSync(join(path, '..'), { recursive: true });
  const workspace = openRegionWorkspace(path, { create: true });
  try {
    return await body(workspace);
  } finally {
    workspace.close();
  }
}

export function importInto(path: string, files: readonly string[]) {
  return withWorkspace(path, (workspace) => importSyncFiles(workspace, files, importOptions));
}

/** The workspace file's SHA-256 with it closed (checkpointed): what must not change when a file is refused. */
export function fileHash(path: string): string {
  if (existsSync(`${path}-wal`)) throw new Error('the workspace was left open');
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function fundPrivateKey(world: World): KeyObject {
  const row = world.backend.db().prepare('SELECT private_key FROM sync_identity').get() as { private_key: string };
  return createPrivateKey({ key: Buffer.from(row.private_key, 'base64'), format: 'der', type: 'pkcs8' });
}

export async function verified(location: string): Promise<VerifiedFile> {
  const check = await verifySyncFile(location);
  if (!check.ok) throw new Error(`${check.reason} ${check.detail}`);
  return check;
}

/** A copy of a good file with its manifest replaced and signed by `key`: a forgery when the key is not the fund's. */
export async function resignedCopy(location: string, target: string, change: (manifest: SyncManifest) => SyncManifest, key: KeyObject) {
  const { manifest } = await verified(location);
  const opened = await openSyncZip(location, { rules: syncFileRules });
  if (!opened.ok) throw new Error(opened.reason);
  const bytes = manifestBytes(change(manifest));
  const entries: { name: string; data: Buffer; compression: 'store' | 'deflate' }[] = [];
  for (const rule of syncFileRules) {
    // the full-data entry is there only in a full-data file
    if (!opened.zip.has(rule.name)) continue;
    const read = await opened.zip.readEntryCapped(rule.name, 64 * 1024 * 1024);
    if (!read.ok) throw new Error(read.reason);
    const data = rule.name === 'manifest.json' ? bytes : rule.name === 'manifest.sig' ? signManifest(bytes, key) : read.bytes;
    entries.push({ name: rule.name, data, compression: rule.compression });
  }
  await opened.zip.close();
  const written = await writeSyncZip(target, entries, { rules: syncFileRules });
  if (!written.ok) throw new Error(written.reason);
  return target;
}

/** The value of a workspace use case's result (they answer domain results, untranslated). */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params ?? {})}`);
  return result.value;
}
