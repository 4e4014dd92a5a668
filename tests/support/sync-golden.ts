import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifySyncFile } from '../../electron/backend/sync/verify-sync-file';
import type { SyncManifest } from '../../shared/api/sync-format';
import { createTestBackend, expectOk } from './test-backend';

/** The fund behind the golden sync file: the test world of write-examples, saved once (tests/fixtures/README.md). */
export const goldenFund = join(import.meta.dirname, '../fixtures/fund-sync-golden.swfund');
export const goldenFile = join(import.meta.dirname, '../fixtures/sync-golden.json');

export type GoldenExport = { fileName: string; bytes: number; fileSha256: string; manifestSha256: string; manifest: SyncManifest };

/**
 * Exports the golden fund's first sync file on a fixed day, from a copy: the same fund and day give the same
 * file, byte for byte (canonical JSON, a canonical ZIP, and Ed25519 signatures, which are deterministic).
 */
export async function exportGoldenFund(): Promise<GoldenExport> {
  const backend = createTestBackend('2026-11-25');
  try {
    const location = join(backend.home, 'golden.swfund');
    copyFileSync(goldenFund, location);
    expectOk(await backend.app['funds.open']({ location }));
    const made = expectOk(await backend.fund['sync.export']({ kind: 'full' }));
    const saved = join(backend.home, made.fileName);
    expectOk(await backend.app['files.save']({ fileId: made.fileId, location: saved }));
    const verified = await verifySyncFile(saved);
    if (!verified.ok) throw new Error(`${verified.reason}: ${verified.detail}`);
    const bytes = readFileSync(saved);
    return {
      fileName: made.fileName,
      bytes: bytes.length,
      fileSha256: createHash('sha256').update(bytes).digest('hex'),
      manifestSha256: verified.manifestSha256,
      manifest: verified.manifest,
    };
  } finally {
    backend.close();
  }
}
