import type { AccessScreen } from '../../../shared/domain/privacy/consent';
import { insertAccessLog } from '../db/repositories/privacy-repository';
import { actorName, type UseCaseContext } from '../use-cases/use-case-context';

/** One access-log row and its audit row (which the hash chain covers; see migration 0037), inside the call's unit of work. */
export function logAccess(context: UseCaseContext, memberId: number, screen: AccessScreen): void {
  const entry = { memberId, at: context.call.at, actor: actorName(context), screen, callId: context.call.id };
  const id = insertAccessLog(context.connection, entry);
  // The audit row says that someone looked, never what was shown: the personal data stays out of the trail.
  context.audit({ entity: 'member-access', entityId: id, after: { memberId, screen } });
}
