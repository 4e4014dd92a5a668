import type { SyncExportRow } from '../../../../shared/api/sync-types';
import { defineStatement, param, type Connection } from '../execute';
import type { SyncExportsTable, SyncSentPartsTable } from '../schema';

/** The fund's private signing key (base64 PKCS8 DER): read only by the exporter, never answered by any method. */
const selectPrivateKey = defineStatement<Record<string, never>, { private_key: string }>((db) =>
  db.selectFrom('sync_identity').select('private_key').where('id', '=', 1),
);

export function readPrivateSigningKey(connection: Connection): string {
  const row = selectPrivateKey.get(connection, {});
  if (!row) throw new Error('the fund file has no signing key');
  return row.private_key;
}

/** The fund's HMAC secret for members' pseudonyms (Decision 18), hex; it never leaves the fund file. */
const selectMemberSecret = defineStatement<Record<string, never>, { member_secret: string }>((db) =>
  db.selectFrom('fund').select('member_secret').where('id', '=', 1),
);

export function readMemberSecret(connection: Connection): string {
  const row = selectMemberSecret.get(connection, {});
  if (!row) throw new Error('the fund row is missing');
  return row.member_secret;
}

const selectExports = defineStatement<Record<string, never>, SyncExportsTable>((db) =>
  db.selectFrom('sync_exports').selectAll().orderBy('sequence', 'desc'),
);

function toExport(row: SyncExportsTable): SyncExportRow {
  return {
    sequence: row.sequence,
    kind: row.kind === 'incremental' ? 'incremental' : 'full',
    manifestSha256: row.manifest_sha256,
    exportedAt: row.exported_at,
    exportedOn: row.exported_on,
    fileName: row.file_name,
    counts: JSON.parse(row.counts_json) as Record<string, number>,
    personalData: row.personal_data === 'encrypted-full' ? 'encrypted-full' : 'pseudonymous',
    recipientFingerprint: row.recipient_fingerprint,
  };
}

/** Every export, latest first: the chain's last link is the first row. */
export function listSyncExports(connection: Connection): SyncExportRow[] {
  return selectExports.all(connection, {}).map(toExport);
}

export function lastSyncExport(connection: Connection): SyncExportRow | undefined {
  const [last] = listSyncExports(connection);
  return last;
}

const selectLastOn = defineStatement<{ as_of: string }, { exported_on: string | null }>((db) =>
  db
    .selectFrom('sync_exports')
    .select((eb) => eb.fn.max('exported_on').as('exported_on'))
    .where('exported_on', '<=', param('as_of')),
);

/** The day of the latest export standing on or before a day (certification criterion 1); null when none. */
export function lastSyncExportOn(connection: Connection, asOf: string): string | null {
  return selectLastOn.get(connection, { as_of: asOf })?.exported_on ?? null;
}

const insertExport = defineStatement<Omit<SyncExportsTable, 'id'>>((db) =>
  db.insertInto('sync_exports').values({
    sequence: param('sequence'),
    kind: param('kind'),
    manifest_sha256: param('manifest_sha256'),
    previous_sha256: param('previous_sha256'),
    exported_at: param('exported_at'),
    exported_on: param('exported_on'),
    file_name: param('file_name'),
    counts_json: param('counts_json'),
    personal_data: param('personal_data'),
    recipient_fingerprint: param('recipient_fingerprint'),
  }),
);

export function recordSyncExport(connection: Connection, row: SyncExportRow & { previousSha256: string | null }): number {
  return Number(
    insertExport.run(connection, {
      sequence: row.sequence,
      kind: row.kind,
      manifest_sha256: row.manifestSha256,
      previous_sha256: row.previousSha256,
      exported_at: row.exportedAt,
      exported_on: row.exportedOn,
      file_name: row.fileName,
      counts_json: JSON.stringify(row.counts),
      personal_data: row.personalData,
      recipient_fingerprint: row.recipientFingerprint,
    }).lastInsertRowid,
  );
}

const selectSentParts = defineStatement<Record<string, never>, SyncSentPartsTable>((db) => db.selectFrom('sync_sent_parts').selectAll());

/** What the last file carried, per part, with the sequence it was sent in (none before the first export). */
export function readSentParts(connection: Connection): { part: string; sequence: number; content: Buffer }[] {
  return selectSentParts.all(connection, {});
}

const upsertSentPart = defineStatement<SyncSentPartsTable>((db) =>
  db
    .insertInto('sync_sent_parts')
    .values({ part: param('part'), sequence: param('sequence'), content: param('content') })
    .onConflict((conflict) =>
      conflict.column('part').doUpdateSet((eb) => ({ sequence: eb.ref('excluded.sequence'), content: eb.ref('excluded.content') })),
    ),
);

export function saveSentParts(connection: Connection, sequence: number, parts: readonly { part: string; content: Buffer }[]): void {
  for (const { part, content } of parts) upsertSentPart.run(connection, { part, sequence, content });
}
