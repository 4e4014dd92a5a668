import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { constants, crc32 } from 'node:zlib';
import { Inflate } from 'pako';
import type { Compression } from './canonical-layout';
import { failure, type ContainerReason, type Failure, type Outcome } from './container-result';

/** Where one entry's data sits in the file and what its central directory promises about it. */
export type EntryLocation = {
  readonly name: string;
  readonly compression: Compression;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly dataOffset: number;
};

/** Receives each inflated chunk in order; answering a failure stops the reading with that failure. */
export type ChunkHandler<Reason extends string = never> = (chunk: Buffer) => Failure<Reason> | void;

export type EntryDigest = {
  readonly sha256: string;
  readonly bytes: number;
};

const readSize = 64 * 1024;
/** Deflate input is fed in slices so that one slice of a bomb cannot inflate into much memory before we stop. */
const inflateSlice = 8 * 1024;

/**
 * pako keeps zlib's stream record, which its typings omit. With the Z_BLOCK flush, zlib stops after each block's
 * end code and its documented `data_type` tells where: bit 7 "at a block boundary", bit 6 "that was the last
 * block", bits 0–5 the unused bits left in the last byte read. (Without Z_BLOCK zlib drops those bits unseen.)
 */
type InflateState = {
  strm: { avail_in: number; data_type: number };
  ended: boolean;
};
const afterLastBlock = 128 + 64;

/** Carries a failure out of pako's synchronous onData, which has no other way to stop the inflating. */
class Stop extends Error {
  constructor(readonly failure: Failure<string>) {
    super(failure.detail);
  }
}

/**
 * Streams an entry's data from the file, inflating it when deflated, and proves it is exactly what the central
 * directory says: no more inflated bytes than stated (checked as they arrive, so a bomb stops early), exactly the
 * stated count, the stated CRC-32, and a deflate stream that ends at the entry's last byte with its padding bits
 * zero. zlib ignores those padding bits and any bytes after the stream's end, so without the last check a changed
 * bit there would leave a changed file that reads the same; pako (a port of zlib), driven with the Z_BLOCK flush,
 * reports how many bits of the last byte the stream left unused, which Node's zlib does not.
 */
export async function readEntryContent<Reason extends string = never>(
  handle: FileHandle,
  entry: EntryLocation,
  onChunk: ChunkHandler<Reason>,
): Promise<Outcome<EntryDigest, ContainerReason | Reason>> {
  const hash = createHash('sha256');
  let produced = 0;
  let checksum = 0;
  const take = (chunk: Buffer): void => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) {
      throw new Stop(failure('bad-entry', `${entry.name} inflates past its stated ${entry.uncompressedSize} bytes`));
    }
    checksum = crc32(chunk, checksum);
    hash.update(chunk);
    const refused = onChunk(chunk);
    if (refused) throw new Stop(refused);
  };

  const inflater = entry.compression === 'deflate' ? new Inflate({ raw: true, chunkSize: 64 * 1024 }) : undefined;
  // pako hands over a fresh array for each chunk, so a view of it is safe to keep
  if (inflater)
    inflater.onData = (data) =>
      take(Buffer.from((data as Uint8Array).buffer, (data as Uint8Array).byteOffset, (data as Uint8Array).byteLength));
  const state = inflater as unknown as InflateState | undefined;
  // the unused bits after the last block's end code, once it is reached; any input after that is refused
  let unusedBits: number | undefined;
  let lastByte = 0;
  try {
    const end = entry.dataOffset + entry.compressedSize;
    for (let position = entry.dataOffset; position < end;) {
      const length = Math.min(readSize, end - position);
      const buffer = Buffer.allocUnsafe(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      if (bytesRead !== length) return failure('bad-entry', `${entry.name}: the file ends inside its data`);
      position += length;
      lastByte = buffer[length - 1] ?? 0;
      if (!inflater || !state) {
        take(buffer);
        continue;
      }
      for (let at = 0; at < length; at += inflateSlice) {
        if (unusedBits !== undefined || state.ended) return failure('bad-entry', `${entry.name}: bytes after the end of its deflate data`);
        inflater.push(buffer.subarray(at, Math.min(length, at + inflateSlice)), constants.Z_BLOCK);
        if (inflater.err) return failure('bad-entry', `${entry.name}: damaged deflate data (${inflater.msg})`);
        if (state.ended) return failure('bad-entry', `${entry.name}: bytes after the end of its deflate data`);
        if ((state.strm.data_type & afterLastBlock) === afterLastBlock) unusedBits = state.strm.data_type & 0x3f;
      }
    }
    if (inflater && state) {
      if (unusedBits === undefined) return failure('bad-entry', `${entry.name}: its deflate data stops before the end of the stream`);
      if (unusedBits >= 8 || lastByte >> (8 - unusedBits) !== 0) {
        return failure('bad-entry', `${entry.name}: non-zero padding after the end of its deflate data`);
      }
      inflater.push(new Uint8Array(0), constants.Z_FINISH);
      if (inflater.err || !state.ended) return failure('bad-entry', `${entry.name}: its deflate data does not finish`);
    }
  } catch (error) {
    if (error instanceof Stop) return error.failure as Failure<ContainerReason | Reason>;
    throw error;
  }
  if (produced !== entry.uncompressedSize) {
    return failure('bad-entry', `${entry.name} holds ${produced} bytes, not the stated ${entry.uncompressedSize}`);
  }
  if (checksum !== entry.crc32) return failure('hash-mismatch', `${entry.name}: its content does not match its CRC-32`);
  return { ok: true, sha256: hash.digest('hex'), bytes: produced };
}
