import { createPrivateKey } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import canonicalize from 'canonicalize';
import { writeThroughTemporary } from '../files/write-through-temporary';
import { readMemberPersonal, readWorkspaceKey, type PersonalRow } from '../db/region/region-personal-repository';
import { openPersonalPart } from '../sync/personal-part';
import { readPersonalLines } from '../sync/personal-records';
import { recipientKeyFileText } from '../sync/recipient-key';
import { defaultSyncLimits, type SyncLimits } from '../sync/limits';
import type { VerifiedFile } from '../sync/verify-sync-file';
import type { RegionWorkspace } from './region-workspace';

/**
 * The workspace's side of the full-data option (Decision 18): its public key goes out as a key file for the
 * funds it collects from, and a full-data file's personal entry is decrypted here, in memory only, and checked
 * line by line before anything is written.
 */

/** The workspace's name as the key file shows it: its file's name, so two offices' keys are told apart. */
function workspaceName(workspace: RegionWorkspace): string {
  return basename(workspace.path, extname(workspace.path));
}

export type ExportedKey = { path: string; fingerprint: string; bytes: number };

/** Writes the key file (`.swfkey`, canonical JSON) to `path`, through a temporary file so no half-file is left. */
export async function exportWorkspaceKey(workspace: RegionWorkspace, path: string): Promise<ExportedKey> {
  const key = readWorkspaceKey(workspace.connection);
  const text = recipientKeyFileText(Buffer.from(key.publicKey, 'base64'), workspaceName(workspace), key.createdAt);
  const bytes = await writeThroughTemporary(path, (temporary) => writeFile(temporary, text, 'utf8'));
  return { path, fingerprint: key.fingerprint, bytes };
}

export type PersonalRefusal = {
  ok: false;
  reason: string;
  detail: string;
  params: Record<string, string | number>;
  part?: string;
  line?: number;
};

/**
 * A verified file's personal rows, ready to store: none for a pseudonymous file; for a full-data one, decrypted
 * with the workspace's private key when the file names this workspace's key (`wrong-recipient` otherwise), the
 * tag verified (`decrypt-failed`), and every line checked (`record-invalid` with its line, `count-mismatch`).
 */
export function decryptPersonalRows(
  workspace: RegionWorkspace,
  verified: VerifiedFile,
  limits: SyncLimits = defaultSyncLimits,
): { ok: true; rows: PersonalRow[] | null } | PersonalRefusal {
  const sealed = verified.personal;
  if (!sealed) return { ok: true, rows: null };
  const key = readWorkspaceKey(workspace.connection);
  if (sealed.recipient.fingerprint !== key.fingerprint) {
    return {
      ok: false,
      reason: 'wrong-recipient',
      detail: `encrypted to the key ${sealed.recipient.fingerprint}; this workspace's is ${key.fingerprint}`,
      params: { fingerprint: sealed.recipient.fingerprint, workspace: key.fingerprint },
    };
  }
  const privateKey = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  const ephemeral = Buffer.from(sealed.recipient.ephemeralPublicKey, 'base64');
  const plaintext = openPersonalPart(sealed.bytes, privateKey, ephemeral, verified.manifest.fund.uuid);
  if (!plaintext)
    return { ok: false, reason: 'decrypt-failed', detail: 'the personal entry does not decrypt under this workspace key', params: {} };
  try {
    const read = readPersonalLines(plaintext, sealed.records, limits);
    if (!read.ok) {
      const where = { part: read.part, ...(read.line === undefined ? {} : { line: read.line }) };
      return { ok: false, reason: read.reason, detail: read.detail, params: {}, ...where };
    }
    return { ok: true, rows: read.records.map((record) => ({ memberUuid: record.uuid, record: canonicalize(record) ?? '' })) };
  } finally {
    // the decrypted bytes are not left for the garbage collector to keep around longer than needed
    plaintext.fill(0);
  }
}

/** A fund's members' personal data as the workspace keeps it (the officer's lists and tests read it). */
export function memberPersonalData(workspace: RegionWorkspace, fundUuid: string) {
  return readMemberPersonal(workspace.connection, fundUuid);
}
