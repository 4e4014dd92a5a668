import type { ImportOutcome } from '../../../shared/api/region-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { inTransaction } from '../db/execute';
import {
  approveRebase,
  forgetPendingFile,
  listPendingFiles,
  logOfficerAction,
  pinFundKey,
  readPinnedFund,
  type PendingFile,
} from '../db/region/region-repository';
import { importSyncFile, type ImportOptions } from './import-sync-files';
import type { RegionWorkspace } from './region-workspace';

/** A fingerprint as typed or read out: groups of digits, whatever spaces or dashes stand between them. */
function normalFingerprint(text: string): string {
  return text.replace(/[\s-]+/g, '');
}

/** The files waiting for a fund's key to be confirmed (reliability §(c) check 4), oldest sequence first. */
export function pendingFiles(workspace: RegionWorkspace, fundUuid?: string): PendingFile[] {
  return listPendingFiles(workspace.connection).filter((file) => fundUuid === undefined || file.fundUuid === fundUuid);
}

/**
 * An officer confirms a new fund's fingerprint (read from its status form, or by phone with the treasurer): the
 * key of its waiting files that carries this fingerprint is pinned, then its waiting files are imported in order
 * of sequence, each as any import (a waiting file under another key is refused as `key-mismatch`).
 */
export async function pinFund(
  workspace: RegionWorkspace,
  input: { fundUuid: string; fingerprint: string },
  options: ImportOptions,
): Promise<Result<{ fundUuid: string; fingerprint: string; outcomes: ImportOutcome[] }>> {
  const { connection } = workspace;
  if (readPinnedFund(connection, input.fundUuid)) return failure('region-fund-already-pinned', 'fundUuid');
  const waiting = pendingFiles(workspace, input.fundUuid);
  if (waiting.length === 0) return failure('region-no-pending-files', 'fundUuid');
  const typed = normalFingerprint(input.fingerprint);
  const chosen = waiting.filter((file) => normalFingerprint(file.fingerprint) === typed).at(-1);
  if (!chosen) return failure('region-fingerprint-mismatch', 'fingerprint');
  inTransaction(connection, () => {
    pinFundKey(connection, { ...chosen, pinnedAt: options.now(), pinnedBy: options.officer });
    logOfficerAction(connection, {
      at: options.now(),
      officer: options.officer,
      action: 'pin',
      fundUuid: chosen.fundUuid,
      detail: { fingerprint: chosen.fingerprint, publicKey: chosen.publicKey, code: chosen.code },
    });
  });
  const outcomes: ImportOutcome[] = [];
  for (const file of waiting) {
    const forget = () => forgetPendingFile(connection, file.id);
    const outcome = await importSyncFile(workspace, file.quarantinePath, options, { quarantineRejections: true, afterApply: forget });
    // A refused waiting file is done with too: its reason now stands beside its copy in the quarantine.
    if (outcome.outcome === 'rejected') inTransaction(connection, forget);
    outcomes.push({ ...outcome, file: file.fileName });
  }
  return success({ fundUuid: chosen.fundUuid, fingerprint: chosen.fingerprint, outcomes });
}

/**
 * A re-base (Decision 17): a fund restored from a backup, or moved to a new laptop, sends an older sequence again.
 * Never silent: an officer approves, with a reason, that the fund's next file is accepted whatever its sequence;
 * the approval is logged and the file's import row carries the reason.
 */
export function rebaseFund(
  workspace: RegionWorkspace,
  input: { fundUuid: string; reason: string },
  options: Pick<ImportOptions, 'officer' | 'now'>,
): Result<{ fundUuid: string }> {
  const { connection } = workspace;
  const fund = readPinnedFund(connection, input.fundUuid);
  if (!fund) return failure('region-fund-unknown', 'fundUuid');
  const reason = input.reason.trim();
  if (reason === '') return failure('region-rebase-reason', 'reason');
  inTransaction(connection, () => {
    approveRebase(connection, { fundUuid: fund.fundUuid, at: options.now(), by: options.officer, reason });
    logOfficerAction(connection, {
      at: options.now(),
      officer: options.officer,
      action: 'rebase',
      fundUuid: fund.fundUuid,
      detail: { reason, lastSequence: fund.lastSequence, lastManifestSha256: fund.lastManifestSha256 },
    });
  });
  return success({ fundUuid: fund.fundUuid });
}
