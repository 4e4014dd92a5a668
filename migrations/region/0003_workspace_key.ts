import { createHash, generateKeyPairSync } from 'node:crypto';
import { formatFingerprint } from '../../shared/domain/sync/fingerprint';
import type { MigrationStep } from '../step-types';

/**
 * The workspace's X25519 key pair (Decision 18), made once: a workspace created from now on gets it as its
 * migrations run, an existing one when it is next opened. Stored as the key file and the fund's encryption use
 * it: the raw 32-byte public key (base64), its fingerprint (the SHA-256 of those bytes in six groups of five
 * digits, as a fund's signing key is read aloud), and the private half as PKCS8 DER (base64).
 */
export const workspaceKey: MigrationStep = (connection) => {
  if (connection.prepare('SELECT 1 FROM workspace_key').get() !== undefined) return;
  const pair = generateKeyPairSync('x25519');
  const { x } = pair.publicKey.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new Error('the new X25519 key has no public value');
  const raw = Buffer.from(x, 'base64url');
  connection
    .prepare('INSERT INTO workspace_key (id, public_key, private_key, fingerprint, created_at) VALUES (1, ?, ?, ?, ?)')
    .run(
      raw.toString('base64'),
      pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
      formatFingerprint(createHash('sha256').update(raw).digest()),
      new Date().toISOString(),
    );
};
