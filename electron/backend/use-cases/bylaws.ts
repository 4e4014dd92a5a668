import type { z } from 'zod';
import type { addBylawInput, attachBylawInput, voidBylawInput } from '../../../shared/api/bylaw-schemas';
import type { BylawAttachmentFile, BylawList, BylawVersion } from '../../../shared/api/bylaw-types';
import { bylawFileExtensions } from '../../../shared/domain/bylaws/attachment-kind';
import { latestBylawVersion, nextAmendmentNo } from '../../../shared/domain/bylaws/in-force';
import { checkNewBylawVersion } from '../../../shared/domain/bylaws/new-version';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { newRecordId } from '../db/record-ids';
import {
  findBylawAttachment,
  insertBylawAttachment,
  insertBylawClauses,
  insertBylawRuleLinks,
  insertBylawVersion,
  listBylawVersions,
  ruleVersionAdoptedBy,
  ruleVersionExists,
  voidBylawVersion,
} from '../db/repositories/bylaw-repository';
import { readFund } from '../db/repositories/fund-repository';
import { readIncomingAttachment, releaseIncoming, sha256Of, storeOutgoing, type IncomingAttachment } from '../files/incoming-attachment';
import { readBylaws, summaryOf } from '../steps/bylaws';
import { citeResolution } from '../steps/resolution-citations';
import { actorName, type JobUseCaseContext, type UseCaseContext } from './use-case-context';

type AddInput = z.output<typeof addBylawInput>;

/** The bylaws page: every version newest first (voided ones kept), the one in force today, the next amendment number. */
export function bylawList(context: UseCaseContext): Result<BylawList> {
  const today = context.clock.today();
  const { versions, inForce } = readBylaws(context.connection, today);
  return success({
    versions: versions.map(summaryOf),
    inForceId: inForce?.id ?? null,
    nextAmendmentNo: nextAmendmentNo(listBylawVersions(context.connection)),
    today,
  });
}

export function bylawResult(context: UseCaseContext, versionId: number): Result<BylawVersion> {
  const version = readBylaws(context.connection, context.clock.today()).versions.find((candidate) => candidate.id === versionId);
  return version ? success(version) : failure('bylaw-not-found', 'versionId');
}

/**
 * A version of the fund's bylaws as adopted, with its checklist, the welfare rule versions it adopts and the
 * signed paper. Refused, naming the field, with nothing written: an amendment number that is not the next; an
 * adoption date not after the previous version's; a checklist item twice; a rule version that does not exist or
 * that another version already adopts; a resolution that cannot support it (citeResolution); no adopting meeting
 * at all; an attachment too large or not a PDF, JPEG or PNG.
 */
export function addBylaw(context: UseCaseContext, input: AddInput): Result<BylawVersion> {
  const { connection } = context;
  const records = listBylawVersions(connection);
  const checked = checkNewBylawVersion(records, input);
  if (!checked.ok) return checked;
  const rules = checkRules(connection, input.ruleVersionIds);
  if (!rules.ok) return rules;
  const citation = citeResolution(connection, {
    resolutionId: input.resolutionId,
    field: 'resolutionId',
    kind: 'bylaw-adoption',
    decisions: ['approved'],
    targetId: null,
    takesEffectOn: input.adoptedOn,
    // A bylaw adopted before the fund kept its books here was adopted at a meeting the app never saw: words do.
    settingApplies: input.adoptedOn >= readFund(connection).openedOn,
  });
  if (!citation.ok) return citation;
  if (citation.value === null && input.adoptedAtText === '') return failure('bylaw-meeting-required', 'adoptedAtText');
  const attachments = readAttachments(context, input.attachments, 'attachments');
  if (!attachments.ok) return attachments;

  const id = insertBylawVersion(connection, {
    uuid: newRecordId(),
    versionNo: records.length + 1,
    amendmentNo: input.amendmentNo,
    title: input.bylawTitle,
    adoptedOn: input.adoptedOn,
    resolutionId: input.resolutionId,
    adoptedAtText: input.adoptedAtText,
    bodyText: input.bodyText,
    createdAt: context.call.at,
  });
  insertBylawClauses(connection, id, input.clauses);
  insertBylawRuleLinks(connection, id, input.ruleVersionIds);
  const kept = attachments.value.map((attachment) => keepAttachment(context, id, attachment));
  const { attachments: fileIds, bodyText, ...recorded } = input;
  context.audit({
    entity: 'bylaw-version',
    entityId: id,
    // The text may run to pages and the files to megabytes: the audit row names them by length and hash.
    after: { ...recorded, bodyLength: bodyText.length, attachments: kept },
  });
  releaseIncoming(context.files, fileIds);
  return bylawResult(context, id);
}

function checkRules(connection: Connection, ruleVersionIds: readonly number[]): Result<true> {
  for (const [index, ruleVersionId] of ruleVersionIds.entries()) {
    const field = `ruleVersionIds.${index}`;
    if (!ruleVersionExists(connection, ruleVersionId)) return failure('rule-version-not-found', field);
    if (ruleVersionIds.indexOf(ruleVersionId) !== index) return failure('bylaw-rule-twice', field);
    const adoptedBy = ruleVersionAdoptedBy(connection, ruleVersionId);
    if (adoptedBy !== undefined) return failure('bylaw-rule-adopted', field, { amendmentNo: adoptedBy });
  }
  return success(true);
}

function readAttachments(context: UseCaseContext, fileIds: readonly string[], field: string): Result<IncomingAttachment[]> {
  const read: IncomingAttachment[] = [];
  for (const [index, fileId] of fileIds.entries()) {
    const attachment = readIncomingAttachment(context.files, fileId, `${field}.${index}`);
    if (!attachment.ok) return attachment;
    read.push(attachment.value);
  }
  return success(read);
}

function keepAttachment(context: UseCaseContext, versionId: number, attachment: IncomingAttachment) {
  const id = insertBylawAttachment(context.connection, { ...attachment, uuid: newRecordId(), versionId, createdAt: context.call.at });
  return {
    id,
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    bytes: attachment.content.byteLength,
    sha256: attachment.sha256,
  };
}

/** The signed paper of a version already recorded (a scan found later): added beside it; the version is unchanged. */
export function attachBylaw(context: UseCaseContext, input: z.output<typeof attachBylawInput>): Result<BylawVersion> {
  const version = listBylawVersions(context.connection).find((candidate) => candidate.id === input.versionId);
  if (!version) return failure('bylaw-not-found', 'versionId');
  if (version.isVoided) return failure('bylaw-voided', 'versionId');
  const attachment = readIncomingAttachment(context.files, input.fileId, 'fileId');
  if (!attachment.ok) return attachment;
  const kept = keepAttachment(context, version.id, attachment.value);
  context.audit({ entity: 'bylaw-attachment', entityId: kept.id, after: { versionId: version.id, ...kept } });
  releaseIncoming(context.files, [input.fileId]);
  return bylawResult(context, version.id);
}

/**
 * A version entered by mistake (a wrong year typed) is voided with a reason and kept, struck through; it is then
 * entered again correctly. Only the latest live version: an earlier one is amended by the next version instead.
 */
export function voidBylaw(context: UseCaseContext, input: z.output<typeof voidBylawInput>): Result<BylawVersion> {
  const records = listBylawVersions(context.connection);
  const version = records.find((candidate) => candidate.id === input.versionId);
  if (!version) return failure('bylaw-not-found', 'versionId');
  if (version.isVoided) return failure('bylaw-voided', 'versionId');
  const latest = latestBylawVersion(records);
  if (latest?.id !== version.id) return failure('bylaw-void-not-latest', 'versionId', { amendmentNo: latest?.amendmentNo ?? 0 });
  const voided = { at: context.call.at, reason: input.reason, by: actorName(context) };
  voidBylawVersion(context.connection, version.id, voided);
  context.audit({ entity: 'bylaw-version', entityId: version.id, before: { voided: null }, after: { voided } });
  return bylawResult(context, version.id);
}

/**
 * An attached file handed over for download under the name it was brought with (its extension from what it is),
 * once its bytes are checked against the hash kept with them: a file damaged inside the fund file is refused.
 */
export async function bylawAttachment(context: JobUseCaseContext, input: { attachmentId: number }): Promise<Result<BylawAttachmentFile>> {
  const attachment = findBylawAttachment(context.connection, input.attachmentId);
  if (!attachment) return failure('bylaw-attachment-not-found', 'attachmentId');
  if (sha256Of(attachment.content) !== attachment.sha256) return failure('bylaw-attachment-damaged', 'attachmentId');
  const extension = bylawFileExtensions[attachment.mediaType];
  const base = attachment.fileName.replace(/\.[^.]*$/, '');
  const stored = await storeOutgoing(context.files, attachment.content, `${base}.${extension}`);
  return success({ fileId: stored.id, fileName: stored.name, bytes: stored.bytes, sha256: stored.sha256, mediaType: attachment.mediaType });
}
