import { createHash } from 'node:crypto';
import { personalEntry } from '../../../shared/api/sync-personal-format';
import type { SyncManifest } from '../../../shared/api/sync-format';
import type { SyncPersonalData } from '../../../shared/api/sync-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { sealPersonalPart } from './personal-part';
import { buildPersonalLines } from './personal-records';
import { readRecipientKey, type RecipientKey } from './recipient-key';
import type { ZipEntryInput } from './zip-writer';

/**
 * The export's personal-data option (Decision 18) in one place, so the exporter only asks for it and adds what it
 * answers: the manifest's three fields, the one more entry, and what the export log keeps. Pseudonymous adds
 * nothing; full data reads the members' personal lines and encrypts them to the key file's key.
 */

export type ExportOption = { personalData: SyncPersonalData; recipientKey?: string | undefined };

export type PersonalOption = {
  readonly manifest: Pick<SyncManifest, 'personalData' | 'recipient' | 'personal'>;
  readonly entries: ZipEntryInput[];
  readonly recipientFingerprint: string | null;
};

const pseudonymous: PersonalOption = {
  manifest: { personalData: 'pseudonymous', recipient: null, personal: null },
  entries: [],
  recipientFingerprint: null,
};

/** The key file checked before anything is read or written; a bad one is refused naming its field. */
export function recipientOf(option: ExportOption): Result<RecipientKey | null> {
  if (option.personalData === 'pseudonymous') return success(null);
  if (option.recipientKey === undefined || option.recipientKey.trim() === '') return failure('sync-key-file-missing', 'recipientKey');
  return readRecipientKey(option.recipientKey);
}

/** Reads and seals the personal lines (in the caller's one synchronous stretch of reads). */
export function personalOptionOf(connection: Connection, recipient: RecipientKey | null, fundUuid: string): Result<PersonalOption> {
  if (!recipient) return success(pseudonymous);
  const lines = buildPersonalLines(connection);
  if ('invalidLine' in lines) {
    return failure('sync-export-unverified', undefined, {
      reason: `record-invalid ${personalEntry}:${lines.invalidLine} (${lines.detail})`,
    });
  }
  let sealed: ReturnType<typeof sealPersonalPart>;
  try {
    sealed = sealPersonalPart(lines.bytes, recipient.publicKey, fundUuid);
  } catch {
    // OpenSSL refuses a key whose shared secret would be all zeros (a low-order point): not a real workspace key.
    return failure('sync-key-file-public-key', 'recipientKey.publicKey', { field: 'publicKey', bytes: recipient.publicKey.length });
  }
  return success({
    manifest: {
      personalData: 'encrypted-full',
      recipient: {
        algorithm: 'x25519',
        fingerprint: recipient.fingerprint,
        ephemeralPublicKey: sealed.ephemeralPublicKey.toString('base64'),
      },
      personal: {
        name: personalEntry,
        sha256: createHash('sha256').update(sealed.bytes).digest('hex'),
        bytes: sealed.bytes.length,
        records: lines.records,
      },
    },
    entries: [{ name: personalEntry, data: sealed.bytes, compression: 'store' }],
    recipientFingerprint: recipient.fingerprint,
  });
}
