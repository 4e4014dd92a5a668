import {
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { personalKeyInfo } from '../../../shared/api/sync-personal-format';
import { rawX25519PublicKey, x25519PublicKeyFromRaw } from './recipient-key';

/**
 * The full-data entry's encryption (Decision 18, reliability §(c) "Full data"), Node's crypto only:
 *
 *   ephemeral X25519 key pair, one per file
 *   shared = X25519(ephemeral private, recipient public)
 *   key    = HKDF-SHA-256(ikm = shared, salt = ephemeral public ‖ recipient public (raw, 32 + 32 bytes),
 *                         info = "SWF-SYNC-PERSONAL-v1", 32 bytes)
 *   entry  = nonce (12 random bytes) ‖ AES-256-GCM(key, nonce, plaintext, aad = the fund's UUID) ‖ tag (16 bytes)
 *
 * Both public keys in the salt bind the key to this pair; the fund's UUID as associated data means an entry
 * copied into another fund's file (signed by that fund) does not decrypt. The manifest lists the entry's hash
 * and the signature covers the manifest, so a changed byte is refused before decryption is tried.
 */

const nonceBytes = 12;
const tagBytes = 16;
const keyBytes = 32;

function derivedKey(shared: Buffer, ephemeralRaw: Buffer, recipientRaw: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralRaw, recipientRaw]), personalKeyInfo, keyBytes));
}

export type SealedPart = { readonly bytes: Buffer; readonly ephemeralPublicKey: Buffer };

/** Encrypts the plaintext to the recipient's raw X25519 key. Throws only when the key is unusable (a low-order point). */
export function sealPersonalPart(plaintext: Buffer, recipientRaw: Buffer, fundUuid: string): SealedPart {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralRaw = rawX25519PublicKey(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: x25519PublicKeyFromRaw(recipientRaw) });
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', derivedKey(shared, ephemeralRaw, recipientRaw), nonce, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(fundUuid, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { bytes: Buffer.concat([nonce, body, cipher.getAuthTag()]), ephemeralPublicKey: ephemeralRaw };
}

/**
 * Decrypts in memory with the workspace's private key; undefined when the tag does not verify (another key, a
 * changed byte, another fund's entry) or the ephemeral key is unusable: the caller says `decrypt-failed`.
 */
export function openPersonalPart(sealed: Buffer, privateKey: KeyObject, ephemeralRaw: Buffer, fundUuid: string): Buffer | undefined {
  if (sealed.length < nonceBytes + tagBytes) return undefined;
  try {
    // the public half, derived from the private key, is what the fund encrypted to and salted with
    const recipientRaw = rawX25519PublicKey(createPublicKey(privateKey));
    const shared = diffieHellman({ privateKey, publicKey: x25519PublicKeyFromRaw(ephemeralRaw) });
    const decipher = createDecipheriv('aes-256-gcm', derivedKey(shared, ephemeralRaw, recipientRaw), sealed.subarray(0, nonceBytes), {
      authTagLength: tagBytes,
    });
    decipher.setAAD(Buffer.from(fundUuid, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes));
    return Buffer.concat([decipher.update(sealed.subarray(nonceBytes, sealed.length - tagBytes)), decipher.final()]);
  } catch {
    return undefined;
  }
}
