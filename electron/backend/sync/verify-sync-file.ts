import { createHash } from 'node:crypto';
import {
  manifestEntry,
  recordPartNames,
  recordParts,
  signatureEntry,
  statusFormEntry,
  syncManifest,
  syncSchemaVersion,
  type RecordPartName,
  type SyncManifest,
} from '../../../shared/api/sync-format';
import { recordOrderKey } from '../../../shared/api/sync-record-keys';
import { failure, type ContainerReason, type Failure, type LineReason } from './container-result';
import { LineSplitter, parseJsonBounded } from './jsonl';
import { defaultSyncLimits, type SyncLimits } from './limits';
import { isCanonical, isCanonicalText, verifyManifestSignature } from './manifest-signature';
import { readPersonalEntry, type SealedEntry } from './personal-entry';
import { syncFileRules } from './sync-file-layout';
import { openSyncZip, type SyncZipReader } from './zip-reader';

/**
 * Checks a `.swfsync` file as reliability §(c) orders, each failure one reason code: the container (size, ZIP,
 * entries, headers), the manifest (its canonical JSON, its schema), the signature under the key the manifest names,
 * and every part streamed against the manifest's hash and count, each line parsed, canonical and in order. What it
 * does not know is the collector's: whether that key is the one pinned for the fund, and the sequence.
 */

export type FileReason =
  | ContainerReason
  | LineReason
  /** The manifest is not JSON, not canonical, or not the manifest's shape, or its parts list is not the fixed one. */
  | 'bad-manifest'
  /** A format or schema version this app does not read. */
  | 'unsupported-schema'
  | 'bad-signature'
  /** A line that is not a record of its part, not canonical, or out of order. */
  | 'record-invalid'
  | 'count-mismatch';

export type VerifiedFile = {
  readonly ok: true;
  readonly manifest: SyncManifest;
  /** SHA-256 of the manifest's bytes: the file's identity in the chain (the next file's `previousSha256`). */
  readonly manifestSha256: string;
  readonly statusForm: unknown;
  /** Each part's records, when asked for (an import); empty otherwise. */
  readonly records: ReadonlyMap<RecordPartName, readonly unknown[]>;
  /** A full-data file's encrypted entry, checked against the manifest but not decrypted; null when pseudonymous. */
  readonly personal: SealedEntry | null;
};

export type VerifyFailure = Failure<FileReason> & { readonly part?: string; readonly line?: number };

type Options = {
  readonly limits?: SyncLimits;
  readonly keepRecords?: boolean;
  /**
   * 'hashes': the exporter's read-back of a file it has just made from records it checked one by one (shape, order,
   * canonical form): every check of the container, manifest, signature, hash, size and line count, but no record
   * parsed again. A collector always checks 'each' record.
   */
  readonly records?: 'each' | 'hashes';
};

export async function verifySyncFile(path: string, options: Options = {}): Promise<VerifiedFile | VerifyFailure> {
  const limits = options.limits ?? defaultSyncLimits;
  const opened = await openSyncZip(path, { rules: syncFileRules, limits });
  if (!opened.ok) return opened;
  try {
    return await verifyOpened(opened.zip, limits, options.keepRecords === true, options.records ?? 'each');
  } finally {
    await opened.zip.close();
  }
}

async function verifyOpened(
  zip: SyncZipReader,
  limits: SyncLimits,
  keepRecords: boolean,
  check: 'each' | 'hashes',
): Promise<VerifiedFile | VerifyFailure> {
  const manifestRead = await zip.readEntryCapped(manifestEntry, limits.manifestBytes);
  if (!manifestRead.ok) return manifestRead;
  const manifest = parseManifest(manifestRead.bytes, limits);
  if (!manifest.ok) return manifest;
  const signature = await zip.readEntryCapped(signatureEntry, limits.signatureBytes);
  if (!signature.ok) return signature;
  if (!verifyManifestSignature(manifestRead.bytes, signature.bytes, manifest.value.key.publicKey)) {
    return failure('bad-signature', 'the signature does not verify under the key the manifest names');
  }
  const statusFormRead = await zip.readEntryCapped(statusFormEntry, limits.manifestBytes);
  if (!statusFormRead.ok) return statusFormRead;
  if (statusFormRead.sha256 !== manifest.value.statusForm.sha256) return failure('hash-mismatch', 'status-form.json differs from its hash');
  const statusForm = parseJsonBounded(statusFormRead.bytes.toString('utf8'), limits.jsonDepth);
  if (!statusForm.ok) return { ...statusForm, part: statusFormEntry };

  const records = new Map<RecordPartName, unknown[]>();
  for (const part of manifest.value.parts) {
    const kept: unknown[] = [];
    const read = check === 'each' ? await readPart(zip, part, limits, keepRecords ? kept : undefined) : await hashPart(zip, part);
    if (!read.ok) return read;
    records.set(part.name, kept);
  }
  const personal = await readPersonalEntry(zip, manifest.value, limits);
  if (!personal.ok) return personal;
  const manifestSha256 = createHash('sha256').update(manifestRead.bytes).digest('hex');
  return { ok: true, manifest: manifest.value, manifestSha256, statusForm: statusForm.value, records, personal: personal.sealed };
}

function parseManifest(bytes: Buffer, limits: SyncLimits): { ok: true; value: SyncManifest } | Failure<FileReason> {
  const parsed = parseJsonBounded(bytes.toString('utf8'), limits.jsonDepth);
  if (!parsed.ok) return failure('bad-manifest', parsed.detail);
  if (!isCanonical(bytes, parsed.value)) return failure('bad-manifest', 'the manifest is not in its canonical form');
  const version = (parsed.value as { schemaVersion?: unknown; formatVersion?: unknown } | null) ?? {};
  if (version.formatVersion !== 1 || version.schemaVersion !== syncSchemaVersion) {
    return failure('unsupported-schema', `format ${String(version.formatVersion)}, schema ${String(version.schemaVersion)}`);
  }
  const manifest = syncManifest.safeParse(parsed.value);
  if (!manifest.success) return failure('bad-manifest', manifest.error.issues.map((issue) => issue.path.join('.')).join(', '));
  const names = manifest.data.parts.map((part) => part.name);
  if (names.join('\n') !== recordPartNames.join('\n')) return failure('bad-manifest', 'the parts list is not the fixed list');
  return { ok: true, value: manifest.data };
}

type PartEntry = SyncManifest['parts'][number];

function countMismatch(part: PartEntry, count: number, bytes: number): VerifyFailure {
  return {
    ...failure('count-mismatch', `${count} records, ${bytes} bytes; the manifest says ${part.records}, ${part.bytes}`),
    part: part.name,
  };
}

/** A part read back for its hash, size and line count only (see Options.records). */
async function hashPart(zip: SyncZipReader, part: PartEntry): Promise<{ ok: true } | VerifyFailure> {
  let count = 0;
  let last = 0x0a;
  const streamed = await zip.streamEntry(
    part.name,
    (chunk) => {
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) count += 1;
      if (chunk.length > 0) last = chunk[chunk.length - 1] ?? last;
    },
    { expectedSha256: part.sha256 },
  );
  if (!streamed.ok) return { ...streamed, part: part.name };
  if (last !== 0x0a) return { ...failure('bad-encoding', 'the last line does not end with a newline'), part: part.name };
  return streamed.bytes !== part.bytes || count !== part.records ? countMismatch(part, count, streamed.bytes) : { ok: true };
}

async function readPart(
  zip: SyncZipReader,
  part: PartEntry,
  limits: SyncLimits,
  kept: unknown[] | undefined,
): Promise<{ ok: true } | VerifyFailure> {
  const schema = recordParts[part.name];
  let count = 0;
  let previousKey: string | undefined;
  const splitter = new LineSplitter<FileReason>((line, lineNumber) => {
    const refused = (reason: FileReason, detail: string) => ({ ...failure(reason, detail), part: part.name, line: lineNumber });
    const parsed = parseJsonBounded(line, limits.jsonDepth);
    if (!parsed.ok) return refused(parsed.reason, parsed.detail);
    const record = schema.safeParse(parsed.value);
    if (!record.success) return refused('record-invalid', record.error.issues.map((issue) => issue.path.join('.')).join(', '));
    if (!isCanonicalText(line, parsed.value)) return refused('record-invalid', 'the line is not canonical JSON');
    const key = recordOrderKey(record.data);
    if (previousKey !== undefined && key <= previousKey) return refused('record-invalid', 'records are not in order');
    previousKey = key;
    count += 1;
    kept?.push(record.data);
  }, limits.lineBytes);
  const streamed = await zip.streamEntry(part.name, (chunk) => splitter.push(chunk), { expectedSha256: part.sha256 });
  if (!streamed.ok) return { ...streamed, part: part.name };
  const ended = splitter.end();
  if (ended) return { ...ended, part: part.name };
  return streamed.bytes !== part.bytes || count !== part.records ? countMismatch(part, count, streamed.bytes) : { ok: true };
}
