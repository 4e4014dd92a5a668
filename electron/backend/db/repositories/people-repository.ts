import { sql } from 'kysely';
import type { Person } from '../../../../shared/api/people-types';
import { roles as allRoles, type Role } from '../../../../shared/domain/people/roles';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';
import type { PeopleTable, PersonVersionsTable } from '../schema';

/** A person with her PIN's stored hash: only the sign-in and PIN use cases see these. */
export type PersonRecord = Person & { pin: StoredPin | null };
export type StoredPin = { hash: string; salt: string; kdf: string };

type PersonRow = PeopleTable & { roles: string | null };

function personOf(row: PersonRow): PersonRecord {
  const held = new Set((row.roles ?? '').split(','));
  return {
    id: row.id,
    uuid: row.uuid,
    actorKey: row.actor_key,
    displayName: row.display_name,
    // In the order of the roles list, whatever order the database returned them in.
    roles: allRoles.filter((role) => held.has(role)),
    active: row.active === 1,
    hasPin: row.pin_hash !== null,
    version: row.version,
    pin:
      row.pin_hash !== null && row.pin_salt !== null && row.pin_kdf !== null
        ? { hash: row.pin_hash, salt: row.pin_salt, kdf: row.pin_kdf }
        : null,
  };
}

/** A file opened only to look may predate people (it is not migrated): it then has its one user of old. */
const selectPeopleTable = defineSqlStatement<Record<string, never>, { found: number }>(
  () => sql`SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'people'`,
);

export function hasPeople(connection: Connection): boolean {
  return selectPeopleTable.get(connection, {}) !== undefined;
}

const personColumns = sql`p.*, (SELECT group_concat(r.role) FROM person_roles AS r WHERE r.person_id = p.id) AS roles`;

const selectPeople = defineSqlStatement<Record<string, never>, PersonRow>(
  () => sql`SELECT ${personColumns} FROM people AS p ORDER BY p.active DESC, p.display_name, p.id`,
);

/** Everyone, the active first, by name. */
export function listPeople(connection: Connection): PersonRecord[] {
  return selectPeople.all(connection, {}).map(personOf);
}

const selectPerson = defineSqlStatement<{ id: number }, PersonRow>(
  () => sql`SELECT ${personColumns} FROM people AS p WHERE p.id = ${param('id')}`,
);

/** Every person's name by the key her changes are recorded under, for papers that name who did what. */
export function actorNames(connection: Connection): Map<string, string> {
  return new Map(listPeople(connection).map((person) => [person.actorKey, person.displayName]));
}

export function findPerson(connection: Connection, id: number): PersonRecord | undefined {
  const row = selectPerson.get(connection, { id });
  return row && personOf(row);
}

const selectActiveByName = defineSqlStatement<{ name: string }, { id: number }>(
  () => sql`SELECT id FROM people WHERE active = 1 AND display_name = ${param('name')}`,
);

/** The active person of this name (names of active people are unique), if any. */
export function findActivePersonByName(connection: Connection, name: string): number | undefined {
  return selectActiveByName.get(connection, { name })?.id;
}

const selectActiveCount = defineSqlStatement<Record<string, never>, { count: number }>(
  () => sql`SELECT COUNT(*) AS count FROM people WHERE active = 1`,
);

export function countActivePeople(connection: Connection): number {
  return selectActiveCount.get(connection, {})?.count ?? 0;
}

const selectOnlyActive = defineSqlStatement<Record<string, never>, { id: number }>(
  () => sql`SELECT id FROM people WHERE active = 1 LIMIT 2`,
);

/** The fund's one active person, when it has exactly one. */
export function onlyActivePerson(connection: Connection): number | undefined {
  const rows = selectOnlyActive.all(connection, {});
  return rows.length === 1 ? rows[0]?.id : undefined;
}

const selectActiveTreasurers = defineSqlStatement<Record<string, never>, { id: number }>(
  () => sql`SELECT p.id FROM people AS p JOIN person_roles AS r ON r.person_id = p.id AND r.role = 'treasurer' WHERE p.active = 1`,
);

/** The active people holding the treasurer role (a fund never loses its last one). */
export function activeTreasurers(connection: Connection): number[] {
  return selectActiveTreasurers.all(connection, {}).map((row) => row.id);
}

export type NewPerson = { uuid: string; actorKey: string; displayName: string; at: string };

const insertStatement = defineStatement<Omit<PeopleTable, 'id'>>((db) =>
  db.insertInto('people').values({
    uuid: param('uuid'),
    actor_key: param('actor_key'),
    display_name: param('display_name'),
    pin_hash: param('pin_hash'),
    pin_salt: param('pin_salt'),
    pin_kdf: param('pin_kdf'),
    active: param('active'),
    version: param('version'),
    created_at: param('created_at'),
    updated_at: param('updated_at'),
  }),
);

export function insertPerson(connection: Connection, person: NewPerson): number {
  const result = insertStatement.run(connection, {
    uuid: person.uuid,
    actor_key: person.actorKey,
    display_name: person.displayName,
    pin_hash: null,
    pin_salt: null,
    pin_kdf: null,
    active: 1,
    version: 1,
    created_at: person.at,
    updated_at: person.at,
  });
  return Number(result.lastInsertRowid);
}

const updateStatement = defineStatement<{ id: number; display_name: string; active: number; version: number; updated_at: string }>((db) =>
  db
    .updateTable('people')
    .set({ display_name: param('display_name'), active: param('active'), version: param('version'), updated_at: param('updated_at') })
    .where('id', '=', param('id')),
);

export function updatePerson(
  connection: Connection,
  change: { id: number; displayName: string; active: boolean; version: number; at: string },
): void {
  updateStatement.run(connection, {
    id: change.id,
    display_name: change.displayName,
    active: change.active ? 1 : 0,
    version: change.version,
    updated_at: change.at,
  });
}

const updatePinStatement = defineStatement<{
  id: number;
  pin_hash: string | null;
  pin_salt: string | null;
  pin_kdf: string | null;
  version: number;
  updated_at: string;
}>((db) =>
  db
    .updateTable('people')
    .set({
      pin_hash: param('pin_hash'),
      pin_salt: param('pin_salt'),
      pin_kdf: param('pin_kdf'),
      version: param('version'),
      updated_at: param('updated_at'),
    })
    .where('id', '=', param('id')),
);

/** Sets or clears (null) a person's PIN, as a new version of her. */
export function setPersonPin(connection: Connection, change: { id: number; pin: StoredPin | null; version: number; at: string }): void {
  updatePinStatement.run(connection, {
    id: change.id,
    pin_hash: change.pin?.hash ?? null,
    pin_salt: change.pin?.salt ?? null,
    pin_kdf: change.pin?.kdf ?? null,
    version: change.version,
    updated_at: change.at,
  });
}

const deleteRoles = defineStatement<{ person_id: number }>((db) =>
  db.deleteFrom('person_roles').where('person_id', '=', param('person_id')),
);
const insertRole = defineStatement<{ person_id: number; role: string }>((db) =>
  db.insertInto('person_roles').values({ person_id: param('person_id'), role: param('role') }),
);

/** Her roles become exactly these (the earlier set is kept in her versions). */
export function setPersonRoles(connection: Connection, personId: number, held: readonly Role[]): void {
  deleteRoles.run(connection, { person_id: personId });
  for (const role of held) insertRole.run(connection, { person_id: personId, role });
}

const insertVersion = defineStatement<PersonVersionsTable>((db) =>
  db.insertInto('person_versions').values({
    person_id: param('person_id'),
    version: param('version'),
    display_name: param('display_name'),
    roles: param('roles'),
    active: param('active'),
    has_pin: param('has_pin'),
    changed_at: param('changed_at'),
    changed_by: param('changed_by'),
  }),
);

/** Keeps the person as she now stands (A6): her earlier versions stay in the same table. */
export function keepPersonVersion(connection: Connection, person: Person, at: string, by: string): void {
  insertVersion.run(connection, {
    person_id: person.id,
    version: person.version,
    display_name: person.displayName,
    roles: JSON.stringify(person.roles),
    active: person.active ? 1 : 0,
    has_pin: person.hasPin ? 1 : 0,
    changed_at: at,
    changed_by: by,
  });
}

const insertReset = defineStatement<{ uuid: string; person_id: number; reset_by: number; reason: string; reset_at: string }>((db) =>
  db.insertInto('pin_resets').values({
    uuid: param('uuid'),
    person_id: param('person_id'),
    reset_by: param('reset_by'),
    reason: param('reason'),
    reset_at: param('reset_at'),
  }),
);

export function insertPinReset(
  connection: Connection,
  reset: { uuid: string; personId: number; resetBy: number; reason: string; at: string },
): number {
  const result = insertReset.run(connection, {
    uuid: reset.uuid,
    person_id: reset.personId,
    reset_by: reset.resetBy,
    reason: reset.reason,
    reset_at: reset.at,
  });
  return Number(result.lastInsertRowid);
}

/**
 * A new fund's first person: its treasurer, holding every role, under the actor key every fund's single user has
 * always written ('treasurer'), as migration 0036 makes her in a fund from before people.
 */
export function insertFirstPerson(connection: Connection, uuid: string, at: string): void {
  const id = insertPerson(connection, { uuid, actorKey: 'treasurer', displayName: 'เหรัญญิก', at });
  setPersonRoles(connection, id, allRoles);
  const person = findPerson(connection, id);
  if (person) keepPersonVersion(connection, person, at, 'treasurer');
}
