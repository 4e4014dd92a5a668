import type { BylawAttachment, BylawRule, RuleBylaw } from '../../../../shared/api/bylaw-types';
import type { BylawMediaType } from '../../../../shared/domain/bylaws/attachment-kind';
import type { ClauseItem } from '../../../../shared/domain/bylaws/clause-groups';
import { defineStatement, param, type Connection } from '../execute';
import type { BylawVersionsTable } from '../schema';

/** A bylaw version as stored, without its checklist, rules and files. */
export type BylawRecord = {
  id: number;
  uuid: string;
  versionNo: number;
  amendmentNo: number;
  title: string;
  adoptedOn: string;
  resolutionId: number | null;
  adoptedAtText: string;
  bodyText: string;
  createdAt: string;
  voided: { at: string; reason: string; by: string } | null;
  isVoided: boolean;
};

function recordOf(row: BylawVersionsTable): BylawRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    versionNo: row.version_no,
    amendmentNo: row.amendment_no,
    title: row.title,
    adoptedOn: row.adopted_on,
    resolutionId: row.adopted_by_resolution_id,
    adoptedAtText: row.adopted_at_text,
    bodyText: row.body_text,
    createdAt: row.created_at,
    voided: row.voided_at === null ? null : { at: row.voided_at, reason: row.void_reason, by: row.voided_by },
    isVoided: row.voided_at !== null,
  };
}

const selectVersions = defineStatement<Record<string, never>, BylawVersionsTable>((db) =>
  db.selectFrom('bylaw_versions').selectAll().orderBy('version_no'),
);

/** Every version the fund recorded, voided ones too, in the order they were entered. */
export function listBylawVersions(connection: Connection): BylawRecord[] {
  return selectVersions.all(connection, {}).map(recordOf);
}

const insertVersionStatement = defineStatement<Omit<BylawVersionsTable, 'id'>, { id: number }>((db) =>
  db
    .insertInto('bylaw_versions')
    .values({
      uuid: param('uuid'),
      version_no: param('version_no'),
      amendment_no: param('amendment_no'),
      title: param('title'),
      adopted_on: param('adopted_on'),
      adopted_by_resolution_id: param('adopted_by_resolution_id'),
      adopted_at_text: param('adopted_at_text'),
      body_text: param('body_text'),
      created_at: param('created_at'),
      voided_at: param('voided_at'),
      void_reason: param('void_reason'),
      voided_by: param('voided_by'),
    })
    .returning('id'),
);

export type NewBylawVersion = Omit<BylawRecord, 'id' | 'voided' | 'isVoided'>;

export function insertBylawVersion(connection: Connection, version: NewBylawVersion): number {
  const row = insertVersionStatement.get(connection, {
    uuid: version.uuid,
    version_no: version.versionNo,
    amendment_no: version.amendmentNo,
    title: version.title,
    adopted_on: version.adoptedOn,
    adopted_by_resolution_id: version.resolutionId,
    adopted_at_text: version.adoptedAtText,
    body_text: version.bodyText,
    created_at: version.createdAt,
    voided_at: null,
    void_reason: '',
    voided_by: '',
  });
  return row?.id ?? 0;
}

const voidStatement = defineStatement<{ id: number; voided_at: string; void_reason: string; voided_by: string }>((db) =>
  db
    .updateTable('bylaw_versions')
    .set({ voided_at: param('voided_at'), void_reason: param('void_reason'), voided_by: param('voided_by') })
    .where('id', '=', param('id')),
);

export function voidBylawVersion(connection: Connection, id: number, voided: { at: string; reason: string; by: string }): void {
  voidStatement.run(connection, { id, voided_at: voided.at, void_reason: voided.reason, voided_by: voided.by });
}

const insertClauseStatement = defineStatement<{ bylaw_version_id: number; clause_item: string; location: string }>((db) =>
  db
    .insertInto('bylaw_clauses')
    .values({ bylaw_version_id: param('bylaw_version_id'), clause_item: param('clause_item'), location: param('location') }),
);

export function insertBylawClauses(connection: Connection, versionId: number, clauses: readonly { item: string; foundAt: string }[]): void {
  for (const clause of clauses)
    insertClauseStatement.run(connection, { bylaw_version_id: versionId, clause_item: clause.item, location: clause.foundAt });
}

const selectClauses = defineStatement<Record<string, never>, { bylaw_version_id: number; clause_item: string; location: string }>((db) =>
  db.selectFrom('bylaw_clauses').selectAll().orderBy('bylaw_version_id'),
);

/** Every version's checklist: a few dozen rows per version, read at once for the whole list. */
export function clausesByVersion(connection: Connection): Map<number, { item: ClauseItem; foundAt: string }[]> {
  const byVersion = new Map<number, { item: ClauseItem; foundAt: string }[]>();
  for (const row of selectClauses.all(connection, {})) {
    const list = byVersion.get(row.bylaw_version_id) ?? [];
    list.push({ item: row.clause_item as ClauseItem, foundAt: row.location });
    byVersion.set(row.bylaw_version_id, list);
  }
  return byVersion;
}

const insertAttachmentStatement = defineStatement<
  {
    uuid: string;
    bylaw_version_id: number;
    file_name: string;
    media_type: string;
    byte_count: number;
    sha256: string;
    content: Uint8Array;
    created_at: string;
  },
  { id: number }
>((db) =>
  db
    .insertInto('bylaw_attachments')
    .values({
      uuid: param('uuid'),
      bylaw_version_id: param('bylaw_version_id'),
      file_name: param('file_name'),
      media_type: param('media_type'),
      byte_count: param('byte_count'),
      sha256: param('sha256'),
      content: param('content'),
      created_at: param('created_at'),
    })
    .returning('id'),
);

export type NewBylawAttachment = {
  uuid: string;
  versionId: number;
  fileName: string;
  mediaType: BylawMediaType;
  content: Uint8Array;
  sha256: string;
  createdAt: string;
};

export function insertBylawAttachment(connection: Connection, attachment: NewBylawAttachment): number {
  const row = insertAttachmentStatement.get(connection, {
    uuid: attachment.uuid,
    bylaw_version_id: attachment.versionId,
    file_name: attachment.fileName,
    media_type: attachment.mediaType,
    byte_count: attachment.content.byteLength,
    sha256: attachment.sha256,
    content: attachment.content,
    created_at: attachment.createdAt,
  });
  return row?.id ?? 0;
}

type AttachmentRow = {
  id: number;
  bylaw_version_id: number;
  file_name: string;
  media_type: string;
  byte_count: number;
  sha256: string;
  created_at: string;
};

// The list never reads the bytes: only a download does.
const selectAttachments = defineStatement<Record<string, never>, AttachmentRow>((db) =>
  db
    .selectFrom('bylaw_attachments')
    .select(['id', 'bylaw_version_id', 'file_name', 'media_type', 'byte_count', 'sha256', 'created_at'])
    .orderBy('id'),
);

const attachmentOf = (row: AttachmentRow): BylawAttachment => ({
  id: row.id,
  fileName: row.file_name,
  mediaType: row.media_type as BylawMediaType,
  bytes: row.byte_count,
  sha256: row.sha256,
  createdAt: row.created_at,
});

export function attachmentsByVersion(connection: Connection): Map<number, BylawAttachment[]> {
  const byVersion = new Map<number, BylawAttachment[]>();
  for (const row of selectAttachments.all(connection, {})) {
    const list = byVersion.get(row.bylaw_version_id) ?? [];
    list.push(attachmentOf(row));
    byVersion.set(row.bylaw_version_id, list);
  }
  return byVersion;
}

const selectAttachmentContent = defineStatement<{ id: number }, AttachmentRow & { content: Buffer }>((db) =>
  db.selectFrom('bylaw_attachments').selectAll().where('id', '=', param('id')),
);

/** One attached file with its bytes, for a download. */
export function findBylawAttachment(connection: Connection, id: number): (BylawAttachment & { content: Uint8Array }) | undefined {
  const row = selectAttachmentContent.get(connection, { id });
  return row && { ...attachmentOf(row), content: row.content };
}

const insertRuleLinkStatement = defineStatement<{ bylaw_version_id: number; rule_version_id: number }>((db) =>
  db.insertInto('bylaw_rule_versions').values({ bylaw_version_id: param('bylaw_version_id'), rule_version_id: param('rule_version_id') }),
);

export function insertBylawRuleLinks(connection: Connection, versionId: number, ruleVersionIds: readonly number[]): void {
  for (const ruleVersionId of ruleVersionIds)
    insertRuleLinkStatement.run(connection, { bylaw_version_id: versionId, rule_version_id: ruleVersionId });
}

type RuleRow = {
  bylaw_version_id: number;
  rule_version_id: number;
  type_id: number;
  code: string;
  name_th: string;
  name_en: string;
  effective_from: string;
};

const selectRuleLinks = defineStatement<Record<string, never>, RuleRow>((db) =>
  db
    .selectFrom('bylaw_rule_versions as l')
    .innerJoin('welfare_rule_versions as v', 'v.id', 'l.rule_version_id')
    .innerJoin('welfare_types as t', 't.id', 'v.type_id')
    .select(['l.bylaw_version_id', 'l.rule_version_id', 'v.type_id', 't.code', 't.name_th', 't.name_en', 'v.effective_from'])
    .orderBy('t.code')
    .orderBy('v.effective_from'),
);

/** The welfare rule versions each bylaw version adopts, by type and date. */
export function rulesByVersion(connection: Connection): Map<number, BylawRule[]> {
  const byVersion = new Map<number, BylawRule[]>();
  for (const row of selectRuleLinks.all(connection, {})) {
    const list = byVersion.get(row.bylaw_version_id) ?? [];
    list.push({
      ruleVersionId: row.rule_version_id,
      typeId: row.type_id,
      typeCode: row.code,
      nameTh: row.name_th,
      nameEn: row.name_en,
      effectiveFrom: row.effective_from,
    });
    byVersion.set(row.bylaw_version_id, list);
  }
  return byVersion;
}

const selectRuleVersion = defineStatement<{ id: number }, { id: number }>((db) =>
  db.selectFrom('welfare_rule_versions').select('id').where('id', '=', param('id')),
);

export function ruleVersionExists(connection: Connection, id: number): boolean {
  return selectRuleVersion.get(connection, { id }) !== undefined;
}

type AdoptionRow = {
  rule_version_id: number;
  effective_from: string;
  id: number;
  amendment_no: number;
  adopted_on: string;
  title: string;
};

const selectAdoptions = defineStatement<{ type_id: number }, AdoptionRow>((db) =>
  db
    .selectFrom('bylaw_rule_versions as l')
    .innerJoin('welfare_rule_versions as v', 'v.id', 'l.rule_version_id')
    .innerJoin('bylaw_versions as b', 'b.id', 'l.bylaw_version_id')
    .select(['l.rule_version_id', 'v.effective_from', 'b.id', 'b.amendment_no', 'b.adopted_on', 'b.title'])
    .where('v.type_id', '=', param('type_id'))
    .where('b.voided_at', 'is', null),
);

/** The live bylaw version that adopted each of a type's rule versions, by the rule version's effective date. */
export function ruleAdoptions(connection: Connection, typeId: number): Record<string, RuleBylaw> {
  return Object.fromEntries(
    selectAdoptions
      .all(connection, { type_id: typeId })
      .map((row) => [
        row.effective_from,
        { versionId: row.id, amendmentNo: row.amendment_no, adoptedOn: row.adopted_on, title: row.title },
      ]),
  );
}

const selectAdoptionOfRule = defineStatement<{ rule_version_id: number }, { amendment_no: number }>((db) =>
  db
    .selectFrom('bylaw_rule_versions as l')
    .innerJoin('bylaw_versions as b', 'b.id', 'l.bylaw_version_id')
    .select('b.amendment_no')
    .where('l.rule_version_id', '=', param('rule_version_id'))
    .where('b.voided_at', 'is', null),
);

/** The amendment number of the live bylaw version that already adopts a rule version, if one does. */
export function ruleVersionAdoptedBy(connection: Connection, ruleVersionId: number): number | undefined {
  return selectAdoptionOfRule.get(connection, { rule_version_id: ruleVersionId })?.amendment_no;
}
