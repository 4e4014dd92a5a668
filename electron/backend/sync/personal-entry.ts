import { personalEntry } from '../../../shared/api/sync-personal-format';
import type { SyncManifest } from '../../../shared/api/sync-format';
import { failure, type ContainerReason, type Failure } from './container-result';
import type { SyncLimits } from './limits';
import type { SyncZipReader } from './zip-reader';

/**
 * The full-data entry as a file can prove it alone, before anyone decrypts it: the manifest says full data exactly
 * when it names a recipient and the entry, the entry is there exactly then, and its bytes are the ones the signed
 * manifest lists (SHA-256 and length). Decrypting is the workspace's, with its private key.
 */

export type PersonalEntryReason = ContainerReason | 'bad-manifest' | 'count-mismatch';

export type SealedEntry = {
  /** nonce ‖ ciphertext ‖ tag, as stored; held in memory only. */
  readonly bytes: Buffer;
  readonly recipient: NonNullable<SyncManifest['recipient']>;
  readonly records: number;
};

export async function readPersonalEntry(
  zip: SyncZipReader,
  manifest: SyncManifest,
  limits: SyncLimits,
): Promise<{ ok: true; sealed: SealedEntry | null } | (Failure<PersonalEntryReason> & { part?: string })> {
  const full = manifest.personalData === 'encrypted-full';
  if (full !== (manifest.recipient !== null) || full !== (manifest.personal !== null)) {
    return failure('bad-manifest', 'personalData, recipient and personal disagree');
  }
  if (!manifest.recipient || !manifest.personal) {
    return zip.has(personalEntry) ? failure('bad-entry', `${personalEntry} in a pseudonymous file`) : { ok: true, sealed: null };
  }
  if (!zip.has(personalEntry)) return { ...failure('missing-entry', `${personalEntry} is missing`), part: personalEntry };
  const read = await zip.readEntryCapped(personalEntry, limits.entryBytes);
  if (!read.ok) return { ...read, part: personalEntry };
  if (read.sha256 !== manifest.personal.sha256)
    return { ...failure('hash-mismatch', `${personalEntry} differs from its hash`), part: personalEntry };
  if (read.bytes.length !== manifest.personal.bytes) {
    return {
      ...failure('count-mismatch', `${read.bytes.length} bytes; the manifest says ${manifest.personal.bytes}`),
      part: personalEntry,
    };
  }
  return { ok: true, sealed: { bytes: read.bytes, recipient: manifest.recipient, records: manifest.personal.records } };
}
