import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifySyncFile } from '../../../../electron/backend/sync/verify-sync-file';
import { buildWorld, type World } from '../../../support/write-examples';
import { exportFile, fundPrivateKey, resignedCopy } from '../region/region-fixture';

/**
 * The exporter's read-back (`records: 'hashes'`): the records were checked as they were built, so the file is read
 * back for what the disk could change — container, manifest, signature, every part's hash, size and line count.
 */
describe('the export read-back', () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });
  afterEach(() => world.backend.close());

  it('passes a good file and refuses a count or size the manifest does not match; a well-signed file is good', async () => {
    const good = await exportFile(world);
    expect(await verifySyncFile(good, { records: 'hashes' })).toMatchObject({ ok: true });
    const key = fundPrivateKey(world);
    const recount = await resignedCopy(
      good,
      join(world.backend.home, 'recount.swfsync'),
      (manifest) => ({
        ...manifest,
        parts: manifest.parts.map((part) => (part.records > 0 ? { ...part, records: part.records + 1 } : part)),
      }),
      key,
    );
    expect(await verifySyncFile(recount, { records: 'hashes' })).toMatchObject({ ok: false, reason: 'count-mismatch' });
    const resized = await resignedCopy(
      good,
      join(world.backend.home, 'resized.swfsync'),
      (manifest) => ({ ...manifest, parts: manifest.parts.map((part) => ({ ...part, bytes: part.bytes + 1 })) }),
      key,
    );
    expect(await verifySyncFile(resized, { records: 'hashes' })).toMatchObject({ ok: false, reason: 'count-mismatch' });
    const foreign = await resignedCopy(
      good,
      join(world.backend.home, 'foreign.swfsync'),
      (manifest) => ({ ...manifest, sequence: 9 }),
      key,
    );
    const checked = await verifySyncFile(foreign, { records: 'hashes' });
    expect(checked).toMatchObject({ ok: true, manifest: { sequence: 9 } });
  });
});
