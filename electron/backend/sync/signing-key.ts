import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { formatFingerprint } from '../../../shared/domain/sync/fingerprint';

/** The fund's Ed25519 key pair as the fund file keeps it: base64 DER, SPKI for the public half, PKCS8 for the private. */
export type SigningKey = { publicKey: string; privateKey: string };

/** A new key for a new fund, or for a copy saved as a separate fund (Decision 17: each fund signs as itself). */
export function newSigningKey(): SigningKey {
  const pair = generateKeyPairSync('ed25519');
  return {
    publicKey: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

/** The raw 32 bytes of the public key: what the sync manifest carries and the fingerprint hashes. */
export function rawPublicKey(publicKey: string): Buffer {
  const jwk = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' }).export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('the fund key is not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

/** The digits a treasurer reads aloud to her officer: the SHA-256 of the raw public key, in groups of five. */
export function keyFingerprint(publicKey: string): string {
  return formatFingerprint(createHash('sha256').update(rawPublicKey(publicKey)).digest());
}
