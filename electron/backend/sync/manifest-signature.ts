import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { signaturePrefix, type SyncManifest } from '../../../shared/api/sync-format';

/**
 * The manifest is written as its RFC 8785 canonical JSON, so the bytes signed are the bytes in the file and a
 * reader in any language can check them; the signature is Ed25519 over the prefix and those bytes (Decision 17).
 */

export function manifestBytes(manifest: SyncManifest): Buffer {
  return Buffer.from(canonicalize(manifest) ?? '', 'utf8');
}

function signedBytes(manifest: Buffer): Buffer {
  return Buffer.concat([Buffer.from(signaturePrefix, 'utf8'), manifest]);
}

export function signManifest(manifest: Buffer, privateKey: KeyObject): Buffer {
  return sign(null, signedBytes(manifest), privateKey);
}

/** The key the manifest carries (the raw 32 bytes, base64) as a key to verify with. */
function publicKeyFromRaw(raw: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw, 'base64').toString('base64url') }, format: 'jwk' });
}

export function verifyManifestSignature(manifest: Buffer, signature: Buffer, publicKeyRaw: string): boolean {
  if (signature.length !== 64) return false;
  try {
    return verify(null, signedBytes(manifest), publicKeyFromRaw(publicKeyRaw), signature);
  } catch {
    return false;
  }
}

/** A manifest whose bytes are not its own canonical form was not written by an exporter: refused as such. */
export function isCanonical(bytes: Buffer, parsed: unknown): boolean {
  return Buffer.from(canonicalize(parsed) ?? '', 'utf8').equals(bytes);
}

/** The same check for a record line already decoded (strictly, as UTF-8): equal strings are equal bytes. */
export function isCanonicalText(text: string, parsed: unknown): boolean {
  return canonicalize(parsed) === text;
}
