import type { Connection } from '../db/execute';
import type { Actor, Clock } from '../host-types';

/** What every use case receives: the fund's one connection, the clock and who is acting. */
export type UseCaseContext = {
  connection: Connection;
  clock: Clock;
  actor: Actor;
};

export function actorName(context: UseCaseContext): string {
  return context.actor.userId;
}
