import { createHash } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import yazl from 'yazl';
import { flushFolder } from '../backups/restore-files';
import { writeThroughTemporary } from '../files/write-through-temporary';
import { fixedMode, fixedTimestamp, type Compression } from './canonical-layout';
import type { Outcome } from './container-result';
import { defaultSyncLimits, type SyncLimits } from './limits';
import { openSyncZip, type ZipEntryRule } from './zip-reader';

export type ZipEntryInput = {
  readonly name: string;
  readonly data: Uint8Array;
  /** The format says which: deflate for record parts, stored for the manifest and signature. */
  readonly compression: Compression;
};

export type WriteOptions = {
  /** What the read-back allows; by default exactly the written entries, all required, in this order. */
  readonly rules?: readonly ZipEntryRule[];
  readonly limits?: SyncLimits;
  /**
   * 'caller' when the caller reads the whole file back itself with a stricter reader (the sync export verifies
   * every record as the collector will), so the file is not inflated twice; the entries' own read-back otherwise.
   */
  readonly readBack?: 'entries' | 'caller';
};

export type WrittenZip = {
  readonly bytes: number;
  /** SHA-256 of the whole file, for the export log and the quarantine's file name. */
  readonly sha256: string;
};

/** yazl's default, named so that a change of it is a visible change of the files we make. */
const deflateLevel = 6;

/**
 * Writes the entries, in the given order, as a canonical ZIP: one fixed timestamp and mode, no extended-timestamp
 * or other extra field, no comments, sizes and CRC in the local headers (buffers, so no data descriptors), stored or
 * deflated as each entry says. The same entries give the same bytes. The file is written beside the target,
 * flushed, renamed into place, and then read back and verified entry by entry with the same reader the collector
 * uses; a file that fails is removed and its failure answered, so nobody is told "safe to unplug" about it.
 */
export async function writeSyncZip(
  path: string,
  entries: readonly ZipEntryInput[],
  options: WriteOptions = {},
): Promise<Outcome<WrittenZip>> {
  const rules = options.rules ?? entries.map(({ name, compression }) => ({ name, compression, required: true }));
  const hash = createHash('sha256');
  const bytes = await writeThroughTemporary(path, async (temporaryPath) => {
    const handle = await open(temporaryPath, 'w');
    try {
      for await (const chunk of canonicalZip(entries)) {
        hash.update(chunk as Buffer);
        await handle.write(chunk as Buffer);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
  flushFolder(dirname(path));
  if (options.readBack === 'caller') return { ok: true, bytes, sha256: hash.digest('hex') };

  const opened = await openSyncZip(path, { rules, limits: options.limits ?? defaultSyncLimits });
  const verified = opened.ok ? await opened.zip.verifyAll() : opened;
  if (opened.ok) await opened.zip.close();
  if (!verified.ok) {
    await rm(path, { force: true });
    return verified;
  }
  return { ok: true, bytes, sha256: hash.digest('hex') };
}

function canonicalZip(entries: readonly ZipEntryInput[]): NodeJS.ReadableStream {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    zip.addBuffer(Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength), entry.name, {
      mtime: fixedTimestamp(),
      forceDosTimestamp: true,
      mode: fixedMode,
      compress: entry.compression === 'deflate',
      compressionLevel: entry.compression === 'deflate' ? deflateLevel : 0,
    });
  }
  zip.end();
  return zip.outputStream;
}
