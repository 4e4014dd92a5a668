import type { z } from 'zod';
import type { CurrentPerson, Person } from '../../../shared/api/people-types';
import type { addPersonInput, resetPinInput, setPinInput, signInInput, updatePersonInput } from '../../../shared/api/people-schemas';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { newRecordId } from '../db/record-ids';
import {
  activeTreasurers,
  countActivePeople,
  findActivePersonByName,
  findPerson,
  hasPeople,
  insertPerson,
  insertPinReset,
  keepPersonVersion,
  listPeople,
  setPersonPin,
  setPersonRoles,
  updatePerson,
  type PersonRecord,
} from '../db/repositories/people-repository';
import { roles as allRoles } from '../../../shared/domain/people/roles';
import { hashPin, pinMatches } from '../steps/pin-hash';
import { actorName, type UseCaseContext } from './use-case-context';

/** A person as the API shows her: never her PIN's hash. */
function shown(person: PersonRecord): Person {
  const { pin: _pin, ...rest } = person;
  return rest;
}

function personOrRefusal(connection: Connection, personId: number): Result<PersonRecord> {
  const person = findPerson(connection, personId);
  return person ? success(person) : failure('person-not-found', 'personId', { personId });
}

/** Who this window, session or command acts as, and with which roles; nobody until the fund's people are asked. */
export function currentPerson(context: UseCaseContext): Result<CurrentPerson> {
  const { connection, actor } = context;
  // A file opened only to look may come from before people existed: its one user of old holds every role.
  if (!hasPeople(connection)) return success({ person: null, roles: [...actor.roles], activePeople: 1 });
  const person = actor.personId === null ? undefined : findPerson(connection, actor.personId);
  return success({ person: person ? shown(person) : null, roles: [...actor.roles], activePeople: countActivePeople(connection) });
}

export function peopleList(context: UseCaseContext): Result<Person[]> {
  return success(hasPeople(context.connection) ? listPeople(context.connection).map(shown) : []);
}

/**
 * Checks that the person may be chosen (active, and her PIN when she has one); the host then acts as her for this
 * window, session or command. Nothing is written: choosing who is at the PC changes nothing in the fund.
 */
export function signIn(context: UseCaseContext, input: z.output<typeof signInInput>): Result<CurrentPerson> {
  const { connection } = context;
  if (!hasPeople(connection)) return failure('person-not-found', 'personId', { personId: input.personId });
  const person = personOrRefusal(connection, input.personId);
  if (!person.ok) return person;
  if (!person.value.active) return failure('person-inactive', 'personId', { name: person.value.displayName });
  if (person.value.pin) {
    if (input.pin === undefined) return failure('pin-required', 'pin', { name: person.value.displayName });
    if (!pinMatches(input.pin, person.value.pin)) return failure('pin-wrong', 'pin', { name: person.value.displayName });
  }
  const activePeople = countActivePeople(connection);
  const roles = activePeople === 1 ? [...allRoles] : person.value.roles;
  return success({ person: shown(person.value), roles, activePeople });
}

/** Active people's names are unique, so a person is found by name (the command line's --user NAME). */
function nameRefusal(connection: Connection, name: string, personId?: number): Result<never> | undefined {
  const holder = findActivePersonByName(connection, name);
  return holder !== undefined && holder !== personId ? failure('duplicate-person-name', 'displayName', { name }) : undefined;
}

function kept(context: UseCaseContext, personId: number): Result<Person> {
  const person = findPerson(context.connection, personId);
  if (!person) return failure('person-not-found', 'personId', { personId });
  keepPersonVersion(context.connection, person, context.call.at, actorName(context));
  return success(shown(person));
}

const facts = (person: Pick<Person, 'displayName' | 'roles' | 'active' | 'hasPin'>) => ({
  displayName: person.displayName,
  roles: person.roles,
  active: person.active,
  hasPin: person.hasPin,
});

export function addPerson(context: UseCaseContext, input: z.output<typeof addPersonInput>): Result<Person> {
  const { connection } = context;
  const refused = nameRefusal(connection, input.displayName);
  if (refused) return refused;
  const uuid = newRecordId();
  // Her actor key is her uuid: what the audit trail names her by, whatever she is called later.
  const id = insertPerson(connection, { uuid, actorKey: uuid, displayName: input.displayName, at: context.call.at });
  setPersonRoles(connection, id, input.roles);
  if (input.pin !== undefined) setPersonPin(connection, { id, pin: hashPin(input.pin), version: 1, at: context.call.at });
  const person = kept(context, id);
  if (person.ok) context.audit({ entity: 'person', entityId: id, after: facts(person.value) });
  return person;
}

export function editPerson(context: UseCaseContext, input: z.output<typeof updatePersonInput>): Result<Person> {
  const { connection } = context;
  const current = personOrRefusal(connection, input.personId);
  if (!current.ok) return current;
  if (current.value.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  const refused = input.active ? nameRefusal(connection, input.displayName, input.personId) : undefined;
  if (refused) return refused;
  updatePerson(connection, {
    id: input.personId,
    displayName: input.displayName,
    active: input.active,
    version: current.value.version + 1,
    at: context.call.at,
  });
  setPersonRoles(connection, input.personId, input.roles);
  // The fund always keeps someone who can manage its people and its money.
  if (activeTreasurers(connection).length === 0) return failure('last-treasurer', input.active ? 'roles' : 'active');
  const person = kept(context, input.personId);
  if (person.ok) context.audit({ entity: 'person', entityId: input.personId, before: facts(current.value), after: facts(person.value) });
  return person;
}

/** The treasurer sets or clears a person's PIN; the hash is stored, never the PIN, and never audited. */
export function changePin(context: UseCaseContext, input: z.output<typeof setPinInput>): Result<Person> {
  const current = personOrRefusal(context.connection, input.personId);
  if (!current.ok) return current;
  const pin = input.pin === null ? null : hashPin(input.pin);
  setPersonPin(context.connection, { id: input.personId, pin, version: current.value.version + 1, at: context.call.at });
  const person = kept(context, input.personId);
  if (person.ok) context.audit({ entity: 'person', entityId: input.personId, before: facts(current.value), after: facts(person.value) });
  return person;
}

/**
 * The chair clears the PIN of a person who forgot it (a treasurer locked out of her own fund included), with the
 * reason: the reset is kept in its own table and in the audit trail, naming the chair who did it.
 */
export function resetPin(context: UseCaseContext, input: z.output<typeof resetPinInput>): Result<Person> {
  const { connection, actor } = context;
  const current = personOrRefusal(connection, input.personId);
  if (!current.ok) return current;
  if (!current.value.pin) return failure('pin-not-set', 'personId', { name: current.value.displayName });
  if (actor.personId === null) return failure('person-required');
  setPersonPin(connection, { id: input.personId, pin: null, version: current.value.version + 1, at: context.call.at });
  const resetId = insertPinReset(connection, {
    uuid: newRecordId(),
    personId: input.personId,
    resetBy: actor.personId,
    reason: input.reason,
    at: context.call.at,
  });
  const person = kept(context, input.personId);
  if (!person.ok) return person;
  context.audit(
    { entity: 'person', entityId: input.personId, before: facts(current.value), after: facts(person.value) },
    { entity: 'pin-reset', entityId: resetId, after: { personId: input.personId, resetBy: actor.personId, reason: input.reason } },
  );
  return person;
}
