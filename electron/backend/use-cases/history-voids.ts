import type { MemberHistoryLines } from '../../../shared/api/history-import-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import {
  countedHistoryMonths,
  findContributionHistory,
  findWelfareHistory,
  memberContributionHistory,
  memberWelfareHistoryLines,
  voidContributionHistoryLine,
  voidWelfareHistoryLine,
  type HistoryVoidInput,
} from '../db/repositories/history-repository';
import { removePaidMonths } from '../db/repositories/member-repository';
import { lastPaidPeriod } from '../db/repositories/receipt-repository';
import { listWelfareTypes } from '../db/repositories/welfare-repository';
import type { Connection } from '../db/execute';
import { actorName, type UseCaseContext } from './use-case-context';

/*
 * Memo history from before the opening date (Decision 10) is what an old paper book said, copied once by an
 * import. A line imported by mistake (the wrong member, a month misread) is voided with a reason, never edited
 * or deleted: the void row's trigger marks it and frees its months (migration 0034), so the right line can be
 * imported again, and from then on the line counts nowhere (arrears, waiting periods, caps). It never touched
 * the journal, so a void posts nothing.
 */

/** A member's history lines, voided ones too, with welfare types by name. */
export function memberHistoryLines(connection: Connection, memberId: number): MemberHistoryLines {
  const types = new Map(listWelfareTypes(connection).map((type) => [type.id, { th: type.nameTh, en: type.nameEn }]));
  return {
    contributions: memberContributionHistory(connection, memberId).map(({ memberId: _member, createdAt, ...line }) => ({
      ...line,
      importedAt: createdAt,
    })),
    welfare: memberWelfareHistoryLines(connection, memberId).map(({ memberId: _member, typeId, createdAt, ...line }) => ({
      ...line,
      typeName: types.get(typeId) ?? { th: '', en: '' },
      importedAt: createdAt,
    })),
  };
}

export function historyOfMember(context: UseCaseContext, input: { memberId: number }): Result<MemberHistoryLines> {
  return success(memberHistoryLines(context.connection, input.memberId));
}

function voidEntry(context: UseCaseContext, historyId: number, reason: string): HistoryVoidInput {
  return { historyId, voidedOn: context.clock.today(), reason, voidedBy: actorName(context), createdAt: context.call.at };
}

/** The member's paid-month counter loses the line's months from her dues start on, as the import added them. */
export function voidContributionHistory(context: UseCaseContext, input: { historyId: number; reason: string }): Result<MemberHistoryLines> {
  const { connection } = context;
  const line = findContributionHistory(connection, input.historyId);
  if (!line) return failure('history-line-not-found', 'historyId');
  if (line.void) return failure('history-line-voided', 'historyId', { voidedOn: line.void.voidedOn });
  const counted = countedHistoryMonths(connection, line.id);
  const entry = voidEntry(context, line.id, input.reason);
  voidContributionHistoryLine(connection, entry);
  removePaidMonths(connection, line.memberId, counted, lastPaidPeriod(connection, line.memberId) ?? null);
  const { voidedOn, reason, voidedBy } = entry;
  context.audit({
    entity: 'contribution_history',
    entityId: line.id,
    before: { void: null },
    after: { void: { voidedOn, reason, voidedBy } },
  });
  return success(memberHistoryLines(connection, line.memberId));
}

/** The payment no longer counts toward the type's yearly and lifetime caps. */
export function voidWelfareHistory(context: UseCaseContext, input: { historyId: number; reason: string }): Result<MemberHistoryLines> {
  const { connection } = context;
  const line = findWelfareHistory(connection, input.historyId);
  if (!line) return failure('history-line-not-found', 'historyId');
  if (line.void) return failure('history-line-voided', 'historyId', { voidedOn: line.void.voidedOn });
  const entry = voidEntry(context, line.id, input.reason);
  voidWelfareHistoryLine(connection, entry);
  const { voidedOn, reason, voidedBy } = entry;
  context.audit({ entity: 'welfare_history', entityId: line.id, before: { void: null }, after: { void: { voidedOn, reason, voidedBy } } });
  return success(memberHistoryLines(connection, line.memberId));
}
