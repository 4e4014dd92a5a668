import { randomBytes, randomUUID } from 'node:crypto';
import { newSigningKey, type SigningKey } from './signing-key';

/** What makes a fund itself to the regional registry: its UUID, its pseudonym secret and its signing key. */
export type FundIdentity = { fundUuid: string; memberSecret: string; key: SigningKey };

/**
 * A new fund's identity, or a separate copy's (Decisions 1, 17, 18): a random UUID fixed from now on; 32 random
 * bytes as the HMAC secret for members' pseudonyms, too many to guess; a new Ed25519 key.
 */
export function newFundIdentity(): FundIdentity {
  return { fundUuid: randomUUID(), memberSecret: randomBytes(32).toString('hex'), key: newSigningKey() };
}
