import { createHash, createPrivateKey } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import {
  manifestEntry,
  signatureEntry,
  statusFormEntry,
  syncFormatVersion,
  syncSchemaVersion,
  type RecordPartName,
  type SyncManifest,
} from '../../../shared/api/sync-format';
import type { SyncExportHistory, SyncExportResult, SyncExportRow, SyncResentFile } from '../../../shared/api/sync-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { readFundProfile } from '../db/repositories/fund-repository';
import {
  lastSyncExport,
  listSyncExports,
  readMemberSecret,
  readPrivateSigningKey,
  readSentParts,
  recordSyncExport,
  saveSentParts,
} from '../db/repositories/sync-export-repository';
import { readSyncIdentity } from '../db/repositories/sync-identity-repository';
import { documentText } from '../messages';
import { currentChainHeads } from '../steps/audit-chain';
import { assessFund } from '../steps/certification-facts';
import { fundFiscalYears } from '../steps/fiscal-years';
import { fileDate } from '../steps/produced-files';
import { statusFormFiguresOf } from '../steps/status-form-figures';
import { buildRecordLines, builtPart, type BuiltPart, type PartLines } from '../sync/export-records';
import { changesSince, decodeSent, encodeSent, removedRecords } from '../sync/sent-records';
import { manifestBytes, signManifest } from '../sync/manifest-signature';
import { personalOptionOf, recipientOf, type ExportOption } from '../sync/personal-option';
import { keyFingerprint, rawPublicKey } from '../sync/signing-key';
import { statusFormSummary } from '../sync/status-form-summary';
import { syncFileRules } from '../sync/sync-file-layout';
import { verifySyncFile } from '../sync/verify-sync-file';
import { writeSyncZip } from '../sync/zip-writer';
import type { JobUseCaseContext, UseCaseContext } from './use-case-context';

/** Where the fund's sync files are kept, so the last one can be handed over again if it was lost on the way. */
export function syncFolder(context: UseCaseContext): string {
  return join(context.fundFile.home, 'sync');
}

/**
 * Writes the fund's sync file (issue 18 §2, Decision 17): every record part and the status form, read in one
 * moment; the manifest names the fund, its key, the sequence and the previous file's manifest hash; it is signed
 * with the fund's key. The file is written into SWF_HOME/sync (flushed, renamed, then read back and verified
 * whole by the checks the collector runs) before the export is recorded; only then is it offered to the person. Members
 * are pseudonymous (Decision 18) unless the treasurer chose full data with the regional workspace's key file: the
 * personal part is then encrypted to that key (sync/personal-option.ts), and a bad key file writes nothing.
 */
export async function exportSyncFile(
  context: JobUseCaseContext,
  input: ExportOption & { kind: SyncExportRow['kind'] },
): Promise<Result<SyncExportResult>> {
  const { connection, clock } = context;
  const identity = readSyncIdentity(connection);
  if (!identity) return failure('sync-no-key');
  const recipient = recipientOf(input);
  if (!recipient.ok) return recipient;
  const previous = lastSyncExport(connection);
  const sent = readSentParts(connection);
  // An incremental file is the difference from the last file: there must be one, and its records remembered.
  if (input.kind === 'incremental' && (!previous || sent.length === 0 || sent.some((part) => part.sequence !== previous.sequence)))
    return failure('sync-incremental-without-base', 'kind');
  context.job.progress(0, 3, 'reading');
  await context.job.checkpoint();

  // Everything read in one synchronous stretch: nothing else runs on the connection between these reads.
  const fund = readFundProfile(connection);
  const today = clock.today();
  const current = buildRecordLines(connection, readMemberSecret(connection));
  const personal = personalOptionOf(connection, recipient.value, identity.fundUuid);
  if (!personal.ok) return personal;
  const figures = statusFormFiguresOf(connection, fundFiscalYears(context).current, today);
  const statusForm = Buffer.from(canonicalize(statusFormSummary(figures, assessFund(connection, today))) ?? '', 'utf8');
  // A record the collector would refuse is found here, before anything is written.
  const invalid = current.find((part) => part.problem);
  if (invalid?.problem)
    return failure('sync-export-unverified', undefined, { reason: 'record-invalid', part: invalid.name, line: invalid.problem.line });
  const wholeParts = current.map((part) => builtPart(part.name, part.lines));
  const parts = input.kind === 'full' ? [...wholeParts, builtPart(removedPart, [])] : incrementalParts(current, sent);
  const sentNow = wholeParts.map((part) => ({ part: part.name, content: encodeSent(part) }));
  const sequence = (previous?.sequence ?? 0) + 1;
  const privateKey = createPrivateKey({ key: Buffer.from(readPrivateSigningKey(connection), 'base64'), format: 'der', type: 'pkcs8' });

  const heads = currentChainHeads(connection);
  const manifest: SyncManifest = {
    format: 'swfsync',
    formatVersion: syncFormatVersion,
    schemaVersion: syncSchemaVersion,
    appVersion: `schema-${String(connection.pragma('user_version', { simple: true }))}`,
    fund: {
      uuid: identity.fundUuid,
      code: fund.fundCode,
      provinceCode: fund.provinceCode,
      districtCode: fund.districtCode,
      demo: identity.demo,
    },
    key: {
      algorithm: 'ed25519',
      publicKey: rawPublicKey(identity.publicKey).toString('base64'),
      fingerprint: keyFingerprint(identity.publicKey),
    },
    sequence,
    previousSha256: previous?.manifestSha256 ?? null,
    kind: input.kind,
    createdAt: clock.now(),
    asOf: today,
    ...personal.value.manifest,
    statusForm: { sha256: createHash('sha256').update(statusForm).digest('hex'), bytes: statusForm.length },
    parts: parts.map(({ name, sha256, bytes, records }) => ({ name, sha256, bytes: bytes.length, records })),
    // The chains as they stand when the file is made (issue 20 §1): the file pins every row before them.
    chainHeads: { journal: heads.journal?.link ?? null, audit: heads.audit?.link ?? null },
  };
  const manifestData = manifestBytes(manifest);
  const signature = signManifest(manifestData, privateKey);

  context.job.progress(1, 3, 'writing');
  await context.job.checkpoint();
  const fileName = `${documentText('documents.files.syncFile', { code: fund.fundCode, sequence, date: fileDate(today) })}.swfsync`;
  mkdirSync(syncFolder(context), { recursive: true });
  const path = join(syncFolder(context), fileName);
  const written = await writeSyncZip(
    path,
    [
      { name: manifestEntry, data: manifestData, compression: 'store' },
      { name: signatureEntry, data: signature, compression: 'store' },
      { name: statusFormEntry, data: statusForm, compression: 'deflate' },
      ...parts.map(({ name, bytes }) => ({ name, data: bytes, compression: 'deflate' as const })),
      ...personal.value.entries,
    ],
    { rules: syncFileRules, readBack: 'caller' },
  );
  if (!written.ok) return failure('sync-export-unverified', undefined, { reason: written.reason });
  // Read back (container, manifest, signature, every part's hash, size and count; the records themselves were
  // checked as they were built), so a file the registry would refuse is never recorded nor handed over.
  const readBack = await verifySyncFile(path, { records: 'hashes' });
  if (!readBack.ok) {
    rmSync(path, { force: true });
    return failure('sync-export-unverified', undefined, { reason: readBack.reason });
  }

  context.job.progress(2, 3, 'recording');
  const manifestSha256 = createHash('sha256').update(manifestData).digest('hex');
  const counts = Object.fromEntries(parts.map(({ name, records }) => [name.replace(/^records\/|\.jsonl$/g, ''), records]));
  const recorded = context.commit(() => {
    const row = {
      sequence,
      kind: input.kind,
      manifestSha256,
      exportedAt: manifest.createdAt,
      exportedOn: today,
      fileName,
      counts,
      personalData: manifest.personalData,
      recipientFingerprint: personal.value.recipientFingerprint,
    };
    const id = recordSyncExport(connection, { ...row, previousSha256: manifest.previousSha256 });
    saveSentParts(connection, sequence, sentNow);
    context.audit({ entity: 'sync_export', entityId: id, after: { ...row, fileSha256: written.sha256 } });
    return success(row);
  });
  if (!recorded.ok) return recorded;
  const stored = await context.files.refer(path);
  context.job.progress(3, 3, 'done');
  return success({
    kind: input.kind,
    fileId: stored.id,
    fileName,
    bytes: written.bytes,
    sequence,
    manifestSha256,
    fingerprint: manifest.key.fingerprint,
    personalData: manifest.personalData,
    recipientFingerprint: personal.value.recipientFingerprint,
    counts,
  });
}

/** An incremental file: each part's records new or changed since the last file, and the keys that are gone. */
function incrementalParts(current: readonly PartLines[], sent: readonly { part: string; content: Buffer }[]): BuiltPart[] {
  const sentByPart = new Map(sent.map((row) => [row.part, row.content]));
  const removed = new Map<RecordPartName, string[]>();
  const parts = current.map((part) => {
    const kept = sentByPart.get(part.name);
    const changes = changesSince(part, kept ? decodeSent(kept) : []);
    removed.set(part.name, changes.removedKeys);
    return builtPart(part.name, changes.lines);
  });
  const removedLines = removedRecords(removed).map((record) => canonicalize(record) ?? '');
  return [...parts, builtPart(removedPart, removedLines)];
}

const removedPart: RecordPartName = 'records/removed.jsonl';

/** The fund's exports, latest first, with the key's fingerprint to read aloud. */
export function syncExportHistory(context: UseCaseContext): Result<SyncExportHistory> {
  return success({ exports: listSyncExports(context.connection) });
}

/**
 * Hands over a file written earlier again, as it was (the same bytes: its place in the chain does not change), for
 * a file lost on the way to the officer. Only the last is worth sending again, but any kept one can be.
 */
export async function resendSyncFile(context: JobUseCaseContext, input: { sequence: number }): Promise<Result<SyncResentFile>> {
  const kept = listSyncExports(context.connection).find((row) => row.sequence === input.sequence);
  if (!kept) return failure('sync-export-not-found', 'sequence', { sequence: input.sequence });
  const path = join(syncFolder(context), kept.fileName);
  if (!existsSync(path)) return failure('sync-file-missing', 'sequence', { sequence: input.sequence });
  const stored = await context.files.refer(path);
  return success({ fileId: stored.id, fileName: kept.fileName, sequence: kept.sequence });
}
