import type { Access } from '../../shared/domain/people/roles';
import { effectiveRoles, mayCall, roles } from '../../shared/domain/people/roles';
import { failure, type Result } from '../../shared/domain/result';
import type { Connection } from './db/execute';
import { countActivePeople, findPerson, hasPeople, onlyActivePerson } from './db/repositories/people-repository';
import type { Actor } from './host-types';

/** The fund's single user of every version before people: what a file from then, opened only to look, acts as. */
export const userOfOld: Actor = { userId: 'treasurer', personId: null, roles };
/** Nobody chosen yet: only choosing who is at the PC is open to her. */
const nobody: Actor = { userId: 'nobody', personId: null, roles: [] };

/**
 * Who a call on an open fund acts as (issue 20 §2), read afresh for every call so a change of roles, a PIN or a
 * deactivation counts at once: the person chosen for this window, session or command while she is active; else
 * the fund's only active person when she has no PIN (a one-person fund never asks); else nobody.
 */
export function actorOf(connection: Connection, chosen: number | null): Actor {
  if (!hasPeople(connection)) return userOfOld;
  const active = countActivePeople(connection);
  // A file whose fund was written without the app (a test's fixture, a tool) has no one yet: its user of old acts.
  if (active === 0) return userOfOld;
  const person = chosen === null ? undefined : findPerson(connection, chosen);
  if (person?.active) return { userId: person.actorKey, personId: person.id, roles: effectiveRoles(person.roles, active) };
  const only = onlyActivePerson(connection);
  const single = only === undefined ? undefined : findPerson(connection, only);
  if (single && !single.pin) return { userId: single.actorKey, personId: single.id, roles: roles };
  return nobody;
}

/**
 * The refusal of a call its actor may not make, before anything is parsed or written: `person-required` when
 * no one is chosen yet, `role-required` naming the roles that may, otherwise nothing.
 */
export function accessRefusal(access: Access, actor: Actor): Result<never> | undefined {
  if (mayCall(access, actor.roles.length === 0 ? null : actor.roles)) return undefined;
  if (actor.roles.length === 0) return failure('person-required');
  const needed = access === 'open' || access === 'read' ? roles : access;
  return failure('role-required', undefined, { roles: needed.join(','), neededRoles: needed.length });
}
