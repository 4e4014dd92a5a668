import type { SyncIdentity } from '../../../shared/api/sync-types';
import { success, type Result } from '../../../shared/domain/result';
import { readSyncIdentity } from '../db/repositories/sync-identity-repository';
import { keyFingerprint, rawPublicKey } from '../sync/signing-key';
import type { UseCaseContext } from './use-case-context';

/** The fund's UUID, key and fingerprint, for the treasurer to read to her regional officer (issue 18 §2). */
export function syncIdentity(context: UseCaseContext): Result<SyncIdentity> {
  const stored = readSyncIdentity(context.connection);
  // Every fund file has a key from migration 0031 or from its creation; one without is damaged.
  if (!stored) throw new Error('the fund has no signing key');
  return success({
    fundUuid: stored.fundUuid,
    fingerprint: keyFingerprint(stored.publicKey),
    publicKey: rawPublicKey(stored.publicKey).toString('base64'),
    demo: stored.demo,
  });
}
