import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import { defineStatement, param, type Connection } from '../execute';
import type { RegionPersonalDatabase } from './region-schema';

/**
 * The workspace's key pair and the members' personal data decrypted from full-data files (Decision 18): the
 * private key is read only to decrypt an import in memory; the personal rows are written only inside an import's
 * transaction.
 */
const region = new Kysely<RegionPersonalDatabase>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export type WorkspaceKey = { publicKey: string; privateKey: string; fingerprint: string; createdAt: string };

const selectKey = defineStatement<Record<string, never>, RegionPersonalDatabase['workspace_key']>(() =>
  region.selectFrom('workspace_key').selectAll().where('id', '=', 1),
);

/** The workspace's key pair; region migration 0003 makes it, so every open workspace has one. */
export function readWorkspaceKey(connection: Connection): WorkspaceKey {
  const row = selectKey.get(connection, {});
  if (!row) throw new Error('the workspace has no key pair');
  return { publicKey: row.public_key, privateKey: row.private_key, fingerprint: row.fingerprint, createdAt: row.created_at };
}

const deletePersonal = defineStatement<{ fundUuid: string }>(() =>
  region.deleteFrom('member_personal').where('fund_uuid', '=', param('fundUuid')),
);

const insertPersonal = defineStatement<{ fundUuid: string; memberUuid: string; sequence: number; record: string }>(() =>
  region.insertInto('member_personal').values({
    fund_uuid: param('fundUuid'),
    member_uuid: param('memberUuid'),
    sequence: param('sequence'),
    record: param('record'),
  }),
);

export type PersonalRow = { memberUuid: string; record: string };

/** A full-data file stands for all the fund's members now: the fund's rows are replaced as a whole. */
export function replaceMemberPersonal(connection: Connection, fundUuid: string, sequence: number, rows: Iterable<PersonalRow>): void {
  deletePersonal.run(connection, { fundUuid });
  for (const row of rows) insertPersonal.run(connection, { fundUuid, sequence, ...row });
}

const selectPersonal = defineStatement<{ fundUuid: string }, { member_uuid: string; sequence: number; record: string }>(() =>
  region
    .selectFrom('member_personal')
    .select(['member_uuid', 'sequence', 'record'])
    .where('fund_uuid', '=', param('fundUuid'))
    .orderBy('member_uuid'),
);

/** A fund's members' personal rows, by member UUID, with the file they came in. */
export function readMemberPersonal(connection: Connection, fundUuid: string): { memberUuid: string; sequence: number; record: unknown }[] {
  return selectPersonal
    .all(connection, { fundUuid })
    .map((row) => ({ memberUuid: row.member_uuid, sequence: row.sequence, record: JSON.parse(row.record) as unknown }));
}
