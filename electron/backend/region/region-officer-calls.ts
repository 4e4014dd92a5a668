import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DescribedOutcome, ImportOutcome } from '../../../shared/api/region-types';
import { localDateOf } from '../../../shared/domain/local-time';
import { failure, success, type Result } from '../../../shared/domain/result';
import { inTransaction } from '../db/execute';
import { repinFundKey } from '../db/region/officer-repository';
import { logOfficerAction, readPinnedFund } from '../db/region/region-repository';
import type { FileStore } from '../files/file-store';
import { sha256OfFile } from '../files/file-hash';
import { translateError } from '../messages';
import { verifySyncFile } from '../sync/verify-sync-file';
import { expandSyncInputs, importSyncFile, importSyncFiles, type ImportOptions } from './import-sync-files';
import { pendingFiles, pinFund, rebaseFund } from './officer-actions';
import { closeAlert, quarantinedCopy, readAlert, saveAlert, type StoredAlert } from './region-alerts';
import type { RegionWorkspace } from './region-workspace';

/**
 * What an officer does in an open workspace from the app (issue 18 §4): import many files, pin a new fund's key,
 * approve a re-base, re-pin a lost key. Each runs the collector's own steps (import-sync-files.ts,
 * officer-actions.ts) and adds what the app needs around them: the files brought by id, each outcome's sentence in
 * Thai and English, and the alerts an officer must see raised beside the workspace (region-alerts.ts).
 */

/** An outcome with its sentence (A5); a date an earlier import was made is the officer's calendar day, in B.E. on screen. */
export function describeOutcome(outcome: ImportOutcome): DescribedOutcome {
  const { message } = (() => {
    switch (outcome.outcome) {
      case 'imported':
        return translateError({
          code: outcome.rebased ? 'sync-imported-rebased' : 'sync-imported',
          params: { sequence: outcome.sequence },
        });
      case 'already-imported':
        return translateError({ code: 'sync-already-imported', params: { date: localDateOf(outcome.importedAt) } });
      case 'new-fund':
        return translateError({ code: 'sync-new-fund', params: { fingerprint: outcome.fingerprint } });
      case 'rejected':
        return translateError({ code: `sync-${outcome.reason}`, params: outcome.params });
    }
  })();
  return { ...outcome, message };
}

const alertReasons: ReadonlySet<string> = new Set(['conflicting-sequence', 'key-mismatch']);

/**
 * Raises an alert for each refusal an officer must see on the home page: a conflicting sequence (a restored fund,
 * or a forgery) and a known fund's new key. The file is read again to name its fund; an alert an officer already
 * closed for the same file and reason stays closed when the same file is brought again.
 */
async function raiseAlerts(workspace: RegionWorkspace, refused: readonly { path: string; outcome: ImportOutcome }[], at: string) {
  for (const { path, outcome } of refused) {
    if (outcome.outcome !== 'rejected' || !alertReasons.has(outcome.reason)) continue;
    const checked = await verifySyncFile(path);
    if (!checked.ok) continue;
    const id = await sha256OfFile(path);
    const kind = outcome.reason as StoredAlert['kind'];
    if (readAlert(workspace.quarantineFolder, id)?.kind === kind) continue;
    const { manifest } = checked;
    const pinned = readPinnedFund(workspace.connection, manifest.fund.uuid);
    saveAlert(workspace.quarantineFolder, {
      id,
      kind,
      fundUuid: manifest.fund.uuid,
      code: manifest.fund.code,
      name: pinned?.name ?? manifest.fund.code,
      fileName: outcome.file,
      sequence: manifest.sequence,
      lastSequence: pinned?.lastSequence ?? null,
      fingerprint: manifest.key.fingerprint,
      pinnedFingerprint: pinned?.fingerprint ?? '',
      raisedAt: at,
      state: 'open',
    });
  }
}

/**
 * Copies the files brought (uploads, or files picked in the desktop app) into a folder of their own under their own
 * names, one sub-folder each so two files of one name never meet: the collector names each file by its base name.
 */
async function stageFiles(
  files: FileStore,
  home: string,
  fileIds: readonly string[],
): Promise<Result<{ folder: string; paths: string[] }>> {
  const stored = fileIds.map((id) => files.get(id));
  const missing = stored.findIndex((file) => file === undefined);
  if (missing >= 0) return failure('file-not-ready', `fileIds.${missing}`);
  const folder = join(home, '.transfers', `region-${randomBytes(8).toString('hex')}`);
  const paths: string[] = [];
  for (const [index, file] of stored.entries()) {
    if (!file) continue;
    await mkdir(join(folder, String(index)), { recursive: true });
    const path = join(folder, String(index), file.name);
    await copyFile(file.path, path);
    paths.push(path);
  }
  return success({ folder, paths });
}

export type OfficerCall = { workspace: RegionWorkspace; options: ImportOptions };

/** `region.import`: every file through the checks, in one job; the files brought are let go once read. */
export async function importBroughtFiles(
  call: OfficerCall,
  brought: { files: FileStore; home: string; fileIds: readonly string[] },
): Promise<Result<{ outcomes: DescribedOutcome[] }>> {
  const staged = await stageFiles(brought.files, brought.home, brought.fileIds);
  if (!staged.ok) return staged;
  try {
    const outcomes = await importSyncFiles(call.workspace, staged.value.paths, call.options);
    await raiseAlerts(
      call.workspace,
      outcomes.map((outcome, index) => ({ path: staged.value.paths[index] ?? '', outcome })),
      call.options.now(),
    );
    return success({ outcomes: outcomes.map(describeOutcome) });
  } finally {
    await rm(staged.value.folder, { recursive: true, force: true });
    for (const id of brought.fileIds) brought.files.take(id)?.done();
  }
}

/** `region.importFolder`: each `.swfsync` of a folder the officer chose, through the same checks, in one job. */
export async function importChosenFolder(call: OfficerCall, folder: string | undefined): Promise<Result<{ outcomes: DescribedOutcome[] }>> {
  if (folder === undefined || !existsSync(folder)) return failure('folder-not-found', 'folderId');
  const paths = expandSyncInputs([folder]);
  if (paths.length === 0) return failure('region-no-sync-files', 'folderId');
  const outcomes = await importSyncFiles(call.workspace, paths, call.options);
  await raiseAlerts(
    call.workspace,
    outcomes.map((outcome, index) => ({ path: paths[index] ?? '', outcome })),
    call.options.now(),
  );
  return success({ outcomes: outcomes.map(describeOutcome) });
}

/** `region.pin`: the collector's pin, with the alerts its waiting files raise. */
export async function pinFromApp(call: OfficerCall, input: { fundUuid: string; fingerprint: string }) {
  const waiting = pendingFiles(call.workspace, input.fundUuid);
  const pinned = await pinFund(call.workspace, input, call.options);
  if (!pinned.ok) return pinned;
  const { outcomes } = pinned.value;
  await raiseAlerts(
    call.workspace,
    outcomes.map((outcome, index) => ({ path: waiting[index]?.quarantinePath ?? '', outcome })),
    call.options.now(),
  );
  return success({ ...pinned.value, outcomes: outcomes.map(describeOutcome) });
}

/** An open alert of the kind the call deals with, and its file's copy in the quarantine. */
function alertToHandle(
  workspace: RegionWorkspace,
  alertId: string,
  kind: StoredAlert['kind'],
): Result<{ alert: StoredAlert; copy: string }> {
  const alert = readAlert(workspace.quarantineFolder, alertId);
  if (!alert || alert.state !== 'open' || alert.kind !== kind) return failure('region-alert-unknown', 'alertId');
  const copy = quarantinedCopy(workspace.quarantineFolder, alert.id);
  if (!copy) return failure('region-alert-file-missing', 'alertId');
  return success({ alert, copy });
}

/** Imports an alert's file after the officer's decision, and closes the alert (or raises the next one it meets). */
async function importAlertFile(call: OfficerCall, alert: StoredAlert, copy: string, note: string): Promise<DescribedOutcome> {
  const outcome = { ...(await importSyncFile(call.workspace, copy, call.options)), file: alert.fileName };
  closeAlert(call.workspace.quarantineFolder, alert, 'resolved', { officer: call.options.officer, at: call.options.now(), note });
  await raiseAlerts(call.workspace, [{ path: copy, outcome }], call.options.now());
  return describeOutcome(outcome);
}

function normalFingerprint(text: string): string {
  return text.replace(/[\s-]+/g, '');
}

/**
 * `region.repin` (reliability §(c) "a lost key is re-pinned by an officer, reason logged"): the new key is the one
 * the alert's file carries, its fingerprint confirmed with the fund by the officer; the key is replaced and the
 * re-pin logged in one transaction, then the file is imported as any file is.
 */
export async function repinFromApp(call: OfficerCall, input: { alertId: string; fingerprint: string; reason: string }) {
  const { workspace, options } = call;
  const found = alertToHandle(workspace, input.alertId, 'key-mismatch');
  if (!found.ok) return found;
  const { alert, copy } = found.value;
  const fund = readPinnedFund(workspace.connection, alert.fundUuid);
  if (!fund) return failure('region-fund-unknown', 'alertId');
  const checked = await verifySyncFile(copy);
  if (!checked.ok || checked.manifest.fund.uuid !== fund.fundUuid) return failure('region-alert-file-missing', 'alertId');
  const { key } = checked.manifest;
  if (normalFingerprint(key.fingerprint) !== normalFingerprint(input.fingerprint))
    return failure('region-fingerprint-mismatch', 'fingerprint');
  if (key.publicKey === fund.publicKey) return failure('region-key-already-pinned', 'alertId');
  inTransaction(workspace.connection, () => {
    repinFundKey(workspace.connection, { fundUuid: fund.fundUuid, publicKey: key.publicKey, fingerprint: key.fingerprint });
    logOfficerAction(workspace.connection, {
      at: options.now(),
      officer: options.officer,
      action: 'repin',
      fundUuid: fund.fundUuid,
      detail: { reason: input.reason, fingerprint: key.fingerprint, publicKey: key.publicKey, previousFingerprint: fund.fingerprint },
    });
  });
  const outcome = await importAlertFile(call, alert, copy, input.reason);
  return success({ fundUuid: fund.fundUuid, fingerprint: key.fingerprint, outcome });
}

/**
 * `region.rebase`: the collector's re-base; from an alert, the alert's file (a restored fund's older number) is
 * the one its approval lets in, imported at once. The alert is checked before anything is approved.
 */
export async function rebaseFromApp(call: OfficerCall, input: { fundUuid: string; reason: string; alertId?: string | undefined }) {
  const found = input.alertId === undefined ? undefined : alertToHandle(call.workspace, input.alertId, 'conflicting-sequence');
  if (found && !found.ok) return found;
  if (found && found.value.alert.fundUuid !== input.fundUuid) return failure('region-alert-unknown', 'alertId');
  const approved = rebaseFund(call.workspace, input, call.options);
  if (!approved.ok) return approved;
  const outcome = found ? await importAlertFile(call, found.value.alert, found.value.copy, input.reason) : null;
  return success({ fundUuid: approved.value.fundUuid, outcome });
}

/** `region.acknowledgeAlert`: the alert leaves the home page, kept in its file with who, when and why. */
export function acknowledgeFromApp(call: OfficerCall, input: { alertId: string; note?: string | undefined }): Result<{ alertId: string }> {
  const alert = readAlert(call.workspace.quarantineFolder, input.alertId);
  if (!alert || alert.state !== 'open') return failure('region-alert-unknown', 'alertId');
  closeAlert(call.workspace.quarantineFolder, alert, 'acknowledged', {
    officer: call.options.officer,
    at: call.options.now(),
    note: input.note ?? '',
  });
  return success({ alertId: alert.id });
}
