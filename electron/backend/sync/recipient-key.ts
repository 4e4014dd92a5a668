import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { recipientKeyFile, type RecipientKeyFile } from '../../../shared/api/sync-personal-format';
import { formatFingerprint } from '../../../shared/domain/sync/fingerprint';
import { failure, success, type Result } from '../../../shared/domain/result';
import { parseJsonBounded } from './jsonl';

/**
 * The regional workspace's X25519 public key as it travels to a fund: the key file (`.swfkey`, canonical JSON),
 * read here with every problem named by its field, in the key file and in the call (`recipientKey.<field>`), so
 * the treasurer can tell the officer what is wrong with the file she was sent.
 */

const rawKeyBytes = 32;

/** The raw 32 bytes of an X25519 public key (what the key file and the manifest carry, and the fingerprint hashes). */
export function rawX25519PublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'X25519' || typeof jwk.x !== 'string') throw new Error('not an X25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

export function x25519PublicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** Read aloud like the fund's own key: the SHA-256 of the raw key in six groups of five digits. */
export function x25519Fingerprint(raw: Buffer): string {
  return formatFingerprint(createHash('sha256').update(raw).digest());
}

/** The key file's bytes: its canonical JSON (RFC 8785), so the same key always gives the same file. */
export function recipientKeyFileText(publicKeyRaw: Buffer, workspace: string | null, createdAt: string): string {
  const file: RecipientKeyFile = {
    format: 'swfkey',
    version: 1,
    algorithm: 'x25519',
    publicKey: publicKeyRaw.toString('base64'),
    fingerprint: x25519Fingerprint(publicKeyRaw),
    workspace,
    createdAt,
  };
  return canonicalize(file) ?? '';
}

export type RecipientKey = { publicKey: Buffer; fingerprint: string; workspace: string | null; createdAt: string };

const field = (name: string) => `recipientKey.${name}`;

/** A value from the file, shown in a message as the file has it (shortened: it may be anything). */
function shown(value: unknown): string {
  return (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))).slice(0, 40);
}

/**
 * The key file's text to a key, or the first thing wrong with it, in the order a person would check: JSON at all,
 * a key file at all (format, version), the algorithm, the key's length, every other field, and last that the
 * fingerprint written in the file is the key's own (a file edited by hand, or the key of another workspace).
 */
export function readRecipientKey(text: string): Result<RecipientKey> {
  const parsed = parseJsonBounded(text, 2);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return failure('sync-key-file-not-json', 'recipientKey');
  }
  const value = parsed.value as Record<string, unknown>;
  if (value.format !== 'swfkey') return failure('sync-key-file-field', field('format'), { field: 'format', value: shown(value.format) });
  if (value.version !== 1) return failure('sync-key-file-field', field('version'), { field: 'version', value: shown(value.version) });
  if (value.algorithm !== 'x25519') {
    return failure('sync-key-file-algorithm', field('algorithm'), { field: 'algorithm', value: shown(value.algorithm) });
  }
  const raw = typeof value.publicKey === 'string' ? Buffer.from(value.publicKey, 'base64') : Buffer.alloc(0);
  if (typeof value.publicKey !== 'string' || raw.length !== rawKeyBytes || raw.toString('base64') !== value.publicKey) {
    return failure('sync-key-file-public-key', field('publicKey'), { field: 'publicKey', bytes: raw.length });
  }
  const file = recipientKeyFile.safeParse(value);
  if (!file.success) {
    const path = file.error.issues[0]?.path.join('.') ?? '';
    return failure('sync-key-file-field', field(path), { field: path, value: shown(value[path]) });
  }
  const fingerprint = x25519Fingerprint(raw);
  if (file.data.fingerprint !== fingerprint) {
    return failure('sync-key-file-fingerprint', field('fingerprint'), {
      field: 'fingerprint',
      written: file.data.fingerprint,
      fingerprint,
    });
  }
  return success({ publicKey: raw, fingerprint, workspace: file.data.workspace, createdAt: file.data.createdAt });
}
