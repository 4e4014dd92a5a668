import type { SigningKey } from '../../sync/signing-key';
import { defineStatement, param, type Connection } from '../execute';
import type { SyncIdentityTable } from '../schema';

const insertKey = defineStatement<SyncIdentityTable>((db) =>
  db.replaceInto('sync_identity').values({
    id: param('id'),
    public_key: param('public_key'),
    private_key: param('private_key'),
    created_at: param('created_at'),
  }),
);

/** The fund's one signing key (migration 0031), replacing any it had: a separate fund must not sign as its source. */
export function saveSigningKey(connection: Connection, key: SigningKey, createdAt: string): void {
  insertKey.run(connection, { id: 1, public_key: key.publicKey, private_key: key.privateKey, created_at: createdAt });
}

const selectIdentity = defineStatement<Record<string, never>, { uuid: string; demo: number; public_key: string }>((db) =>
  db
    .selectFrom('fund')
    .innerJoin('sync_identity', 'sync_identity.id', 'fund.id')
    .select(['fund.uuid', 'fund.demo', 'sync_identity.public_key']),
);

/** Who the fund is to the regional registry: its UUID, whether it is a demo, and its public key (base64 SPKI DER). */
export type StoredSyncIdentity = { fundUuid: string; demo: boolean; publicKey: string };

export function readSyncIdentity(connection: Connection): StoredSyncIdentity | undefined {
  const row = selectIdentity.get(connection, {});
  return row && { fundUuid: row.uuid, demo: row.demo === 1, publicKey: row.public_key };
}

const updateFundIdentity = defineStatement<{ uuid: string; member_secret: string }>((db) =>
  db
    .updateTable('fund')
    .set({ uuid: param('uuid'), member_secret: param('member_secret') })
    .where('id', '=', 1),
);
const deleteExports = defineStatement<Record<string, never>>((db) => db.deleteFrom('sync_exports'));
const deleteSentParts = defineStatement<Record<string, never>>((db) => db.deleteFrom('sync_sent_parts'));

/**
 * Makes a copy a fund of its own (issue 18 §3, "save a copy" as a separate fund): a new fund UUID, a new signing
 * key, a new pseudonym secret (Decision 18: no matching of pseudonyms across funds), and no exports yet, so the
 * registry never takes the copy's files for its source's.
 */
export function becomeSeparateFund(
  connection: Connection,
  identity: { fundUuid: string; memberSecret: string; key: SigningKey; createdAt: string },
): void {
  updateFundIdentity.run(connection, { uuid: identity.fundUuid, member_secret: identity.memberSecret });
  saveSigningKey(connection, identity.key, identity.createdAt);
  // What the source's last file carried is no base for the copy's first file, which must be a full one.
  deleteSentParts.run(connection, {});
  deleteExports.run(connection, {});
}
