import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ImportOutcome } from '../../../shared/api/region-types';
import type { RecordPartName } from '../../../shared/api/sync-format';
import { recordKey } from '../../../shared/api/sync-record-keys';
import { sequenceVerdict } from '../../../shared/domain/region/sequence-check';
import { inTransaction } from '../db/execute';
import {
  advanceFundChain,
  findImport,
  isPending,
  keepPendingFile,
  readPinnedFund,
  recordImport,
  removeFundRecords,
  saveFundSummary,
  storeFundRecords,
  type StoredRecord,
} from '../db/region/region-repository';
import { sha256OfFile } from '../files/file-hash';
import type { SyncLimits } from '../sync/limits';
import { verifySyncFile, type VerifiedFile } from '../sync/verify-sync-file';
import { quarantineCopy, quarantineRefusal } from './quarantine';
import type { RegionWorkspace } from './region-workspace';
import { readStatusForm } from './status-form-reading';
import { decryptPersonalRows } from './workspace-key';
import { replaceMemberPersonal } from '../db/region/region-personal-repository';

/** Who imports and when (the host's clock; tests fix it), and where progress goes (jobs are wired by the host). */
export type ImportOptions = {
  readonly officer: string;
  readonly now: () => string;
  readonly onProgress?: (done: number, total: number) => void;
  readonly limits?: SyncLimits;
};

/** Every `.swfsync` in a folder (not its subfolders), or the file itself, in name order. */
export function expandSyncInputs(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    const path = resolve(input);
    if (existsSync(path) && statSync(path).isDirectory()) {
      return readdirSync(path)
        .filter((name) => name.toLowerCase().endsWith('.swfsync'))
        .sort()
        .map((name) => join(path, name));
    }
    return [path];
  });
}

/**
 * Imports sync files into the workspace (issue 18 §4, reliability §(c) checks 4–7): each file verified, then its
 * fund's pinned key and its place in the fund's chain checked, then applied in one transaction of its own. A file
 * that fails leaves the workspace file untouched and goes to the quarantine with its reason. Files of one fund
 * brought together may come in any order: a file refused only because an earlier one of the batch had not yet
 * been applied (a gap) is tried again once the others are in.
 */
export async function importSyncFiles(
  workspace: RegionWorkspace,
  inputs: readonly string[],
  options: ImportOptions,
): Promise<ImportOutcome[]> {
  const files = expandSyncInputs(inputs);
  const outcomes: ImportOutcome[] = [];
  let done = 0;
  options.onProgress?.(0, files.length);
  for (const file of files) {
    outcomes.push(await importSyncFile(workspace, file, options, { quarantineRejections: false }));
    options.onProgress?.(++done, files.length);
  }
  for (let progress = true; progress;) {
    progress = false;
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.outcome !== 'rejected' || outcome.reason !== 'sequence-gap') continue;
      const again = await importSyncFile(workspace, files[index] ?? '', options, { quarantineRejections: false });
      outcomes[index] = again;
      if (again.outcome === 'imported') progress = true;
    }
  }
  // Only the final refusals go to the quarantine: a gap closed by a later file of the batch was no refusal.
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.outcome === 'rejected') await quarantineRefusal(workspace.quarantineFolder, files[index] ?? '', outcome, options.now());
  }
  return outcomes;
}

type Rejected = Extract<ImportOutcome, { outcome: 'rejected' }>;

function rejected(
  file: string,
  reason: string,
  detail: string,
  params: Record<string, string | number> = {},
  where: { part?: string; line?: number } = {},
): Rejected {
  return { file, outcome: 'rejected', reason, detail, params, ...where };
}

/** One file through the checks and, when good, into the workspace. `quarantineRejections`: copy a refused file now. */
export async function importSyncFile(
  workspace: RegionWorkspace,
  path: string,
  options: ImportOptions,
  behaviour: { quarantineRejections: boolean; afterApply?: () => void } = { quarantineRejections: true },
): Promise<ImportOutcome> {
  const outcome = await checkAndApply(workspace, path, options, behaviour.afterApply);
  if (outcome.outcome === 'rejected' && behaviour.quarantineRejections)
    await quarantineRefusal(workspace.quarantineFolder, path, outcome, options.now());
  return outcome;
}

async function checkAndApply(
  workspace: RegionWorkspace,
  path: string,
  options: ImportOptions,
  afterApply: (() => void) | undefined,
): Promise<ImportOutcome> {
  const file = basename(path);
  if (!existsSync(path) || !statSync(path).isFile()) return rejected(file, 'not-a-file', `no file at ${path}`);
  const verified = await verifySyncFile(path, { keepRecords: true, ...(options.limits ? { limits: options.limits } : {}) });
  if (!verified.ok) {
    const where = {
      ...(verified.part === undefined ? {} : { part: verified.part }),
      ...(verified.line === undefined ? {} : { line: verified.line }),
    };
    return rejected(file, verified.reason, verified.detail, {}, where);
  }
  // Hashed only once the size and the container passed: a refused file's bytes are read by the quarantine alone.
  const fileSha256 = await sha256OfFile(path);
  // From here to the commit nothing awaits: the checks and the write see the same workspace (A7).
  const { manifest } = verified;
  if (manifest.fund.demo) return rejected(file, 'demo-file', 'the manifest says the file comes from a demo fund');
  // A full-data file this workspace cannot read is refused before it waits or is applied (Decision 18).
  const personal = decryptPersonalRows(workspace, verified, options.limits);
  if (!personal.ok) {
    const where = {
      ...(personal.part === undefined ? {} : { part: personal.part }),
      ...(personal.line === undefined ? {} : { line: personal.line }),
    };
    return rejected(file, personal.reason, personal.detail, personal.params, where);
  }
  const { connection } = workspace;
  const { place, facts } = readStatusForm(manifest, verified.statusForm);
  const fund = readPinnedFund(connection, manifest.fund.uuid);
  const identity = { fundUuid: manifest.fund.uuid, code: manifest.fund.code, sequence: manifest.sequence };
  if (!fund) {
    if (!isPending(connection, fileSha256)) {
      const waiting = { reason: 'new-fund', detail: 'the fund is not pinned', params: { fingerprint: manifest.key.fingerprint } };
      const quarantinePath = quarantineCopy(workspace.quarantineFolder, path, fileSha256, waiting, options.now());
      inTransaction(connection, () =>
        keepPendingFile(connection, {
          ...place,
          publicKey: manifest.key.publicKey,
          fingerprint: manifest.key.fingerprint,
          sequence: manifest.sequence,
          manifestSha256: verified.manifestSha256,
          fileSha256,
          fileName: file,
          quarantinePath,
          receivedAt: options.now(),
        }),
      );
    }
    return { file, outcome: 'new-fund', ...identity, fingerprint: manifest.key.fingerprint };
  }
  if (fund.publicKey !== manifest.key.publicKey) {
    return rejected(file, 'key-mismatch', `the fund's pinned key is ${fund.fingerprint}; the file's is ${manifest.key.fingerprint}`, {
      pinned: fund.fingerprint,
      fingerprint: manifest.key.fingerprint,
    });
  }
  const earlier = findImport(connection, { fundUuid: fund.fundUuid, sequence: manifest.sequence, manifestSha256: verified.manifestSha256 });
  if (earlier) {
    afterApply?.();
    return { file, outcome: 'already-imported', ...identity, importedAt: earlier.importedAt };
  }
  const verdict = sequenceVerdict(
    { lastSequence: fund.lastSequence, lastManifestSha256: fund.lastManifestSha256, rebaseApproved: fund.rebase !== null },
    { sequence: manifest.sequence, previousSha256: manifest.previousSha256 },
  );
  if (verdict.verdict !== 'import') {
    const params: Record<string, string | number> = { sequence: manifest.sequence, lastSequence: verdict.lastSequence };
    if (verdict.verdict === 'sequence-gap') params.waitingFor = verdict.waitingFor;
    return rejected(file, verdict.verdict, `sequence ${manifest.sequence} after ${verdict.lastSequence}`, params);
  }
  // Changes only mean something on top of the file before them: a chain's first file here, or one after a
  // re-base, must be a full one.
  if (manifest.kind === 'incremental' && (verdict.rebased || fund.lastSequence === null)) {
    return rejected(file, 'needs-full-file', `sequence ${manifest.sequence} carries changes only, and nothing here to apply them to`, {
      sequence: manifest.sequence,
    });
  }
  inTransaction(connection, () => {
    recordImport(connection, {
      fundUuid: fund.fundUuid,
      sequence: manifest.sequence,
      manifestSha256: verified.manifestSha256,
      previousSha256: manifest.previousSha256,
      kind: manifest.kind,
      fileSha256,
      fileName: file,
      importedAt: options.now(),
      importedBy: options.officer,
      rebaseReason: verdict.rebased ? (fund.rebase?.reason ?? '') : null,
      journalChainHead: manifest.chainHeads.journal,
      auditChainHead: manifest.chainHeads.audit,
    });
    advanceFundChain(connection, { ...place, lastSequence: manifest.sequence, lastManifestSha256: verified.manifestSha256 });
    saveFundSummary(connection, { fundUuid: fund.fundUuid, lastExportOn: manifest.asOf, ...facts });
    storeFundRecords(connection, fund.fundUuid, manifest.kind === 'full', storedRecords(verified));
    removeFundRecords(connection, fund.fundUuid, removedRecords(verified));
    if (personal.rows) replaceMemberPersonal(connection, fund.fundUuid, manifest.sequence, personal.rows);
    afterApply?.();
  });
  return { file, outcome: 'imported', ...identity, rebased: verdict.rebased };
}

const removedPart: RecordPartName = 'records/removed.jsonl';

function* storedRecords(verified: VerifiedFile): Generator<StoredRecord> {
  for (const [part, records] of verified.records as ReadonlyMap<RecordPartName, readonly Record<string, unknown>[]>) {
    if (part === removedPart) continue;
    const name = part.replace(/^records\/|\.jsonl$/g, '');
    for (const record of records) yield { part: name, key: recordKey(record), record: JSON.stringify(record) };
  }
}

function removedRecords(verified: VerifiedFile): { part: string; key: string }[] {
  return (verified.records.get(removedPart) ?? []) as { part: string; key: string }[];
}
