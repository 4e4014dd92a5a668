import type { Village, VillagePlace } from '../../../../shared/api/fund-types';
import { sql } from 'kysely';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';
import type { VillagesTable } from '../schema';

/** What a village of the register holds, as the use case writes it. */
export type VillageFields = Pick<Village, 'code' | 'moo' | 'name' | 'households' | 'population'>;

type VillageRow = VillagesTable & { members: number };

function villageOf(row: VillageRow): Village {
  return {
    id: row.id,
    uuid: row.uuid,
    code: row.code,
    moo: row.moo,
    name: row.name,
    households: row.households,
    population: row.population,
    version: row.version,
    members: row.members,
  };
}

/** The register in หมู่ order (communities without a หมู่ after them, by name), with the members of each. */
const selectVillages = defineSqlStatement<Record<string, never>, VillageRow>(
  () => sql`
    SELECT v.*, (SELECT COUNT(*) FROM members AS m WHERE m.village_id = v.id AND m.voided_on IS NULL) AS members
      FROM villages AS v
     ORDER BY v.moo IS NULL, v.moo, v.name, v.id`,
);

export function listVillages(connection: Connection): Village[] {
  return selectVillages.all(connection, {}).map(villageOf);
}

const selectVillage = defineSqlStatement<{ id: number }, VillageRow>(
  () => sql`
    SELECT v.*, (SELECT COUNT(*) FROM members AS m WHERE m.village_id = v.id AND m.voided_on IS NULL) AS members
      FROM villages AS v WHERE v.id = ${param('id')}`,
);

export function findVillage(connection: Connection, id: number): Village | undefined {
  const row = selectVillage.get(connection, { id });
  return row && villageOf(row);
}

const selectVillageId = defineStatement<{ id: number }, { id: number }>((db) =>
  db.selectFrom('villages').select('id').where('id', '=', param('id')),
);

/** Whether the register holds the village: what a member's form checks, without counting its members. */
export function villageExists(connection: Connection, id: number): boolean {
  return selectVillageId.get(connection, { id }) !== undefined;
}

const selectByCode = defineStatement<{ code: string }, { id: number; name: string }>((db) =>
  db.selectFrom('villages').select(['id', 'name']).where('code', '=', param('code')),
);

/** The village holding a DOPA code, if any. */
export function findVillageByCode(connection: Connection, code: string): { id: number; name: string } | undefined {
  return selectByCode.get(connection, { code });
}

const selectByPlace = defineSqlStatement<{ moo: number | null; name: string }, { id: number }>(
  () => sql`SELECT id FROM villages WHERE moo IS ${param('moo')} AND name = ${param('name')}`,
);

/** The village with this หมู่ and name, if any (the register holds each once). */
export function findVillageByPlace(connection: Connection, moo: number | null, name: string): number | undefined {
  return selectByPlace.get(connection, { moo, name })?.id;
}

type VillageColumns = Pick<VillagesTable, 'code' | 'moo' | 'name' | 'households' | 'population'>;
const columnsOf = (fields: VillageFields): VillageColumns => ({
  code: fields.code,
  moo: fields.moo,
  name: fields.name,
  households: fields.households,
  population: fields.population,
});

const insertStatement = defineStatement<Omit<VillagesTable, 'id'>>((db) =>
  db.insertInto('villages').values({
    uuid: param('uuid'),
    code: param('code'),
    moo: param('moo'),
    name: param('name'),
    households: param('households'),
    population: param('population'),
    version: param('version'),
    created_at: param('created_at'),
    updated_at: param('updated_at'),
  }),
);

export function insertVillage(connection: Connection, village: VillageFields & { uuid: string; createdAt: string }): number {
  return Number(
    insertStatement.run(connection, {
      ...columnsOf(village),
      uuid: village.uuid,
      version: 1,
      created_at: village.createdAt,
      updated_at: village.createdAt,
    }).lastInsertRowid,
  );
}

const updateStatement = defineStatement<VillageColumns & { id: number; version: number; updated_at: string }>((db) =>
  db
    .updateTable('villages')
    .set({
      code: param('code'),
      moo: param('moo'),
      name: param('name'),
      households: param('households'),
      population: param('population'),
      version: param('version'),
      updated_at: param('updated_at'),
    })
    .where('id', '=', param('id')),
);

export function updateVillage(connection: Connection, change: VillageFields & { id: number; version: number; updatedAt: string }): void {
  updateStatement.run(connection, { ...columnsOf(change), id: change.id, version: change.version, updated_at: change.updatedAt });
}

/** A village as a member's record shows it. */
export function placeOfVillage(village: Pick<Village, 'id' | 'code' | 'moo' | 'name'>): VillagePlace {
  return { id: village.id, code: village.code, moo: village.moo, name: village.name };
}
