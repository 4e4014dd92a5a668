import type { DuesSettings } from '../../../shared/api/fund-types';
import { duesSummary } from '../../../shared/domain/contributions/dues-summary';
import { spellsOf } from '../../../shared/domain/members/spells';
import { failure, success, type Result } from '../../../shared/domain/result';
import { findPaidBeforeApproval, listMemberDuesFields } from '../db/repositories/dues-repository';
import { readFund, updateDuesSettings } from '../db/repositories/fund-repository';
import { statusEventsByMember, updateMemberDues } from '../db/repositories/member-repository';
import type { UseCaseContext } from './use-case-context';

/** Decision 7's settings of the fund: dues from the month of approval or of application, and the due day. */
export function duesSettings(context: UseCaseContext): Result<DuesSettings> {
  return success(readFund(context.connection).dues);
}

/**
 * Changes where dues start and the day a month falls due. Every member's dues summary (the arrears list's fast
 * path) is derived again from the new settings in the same call. Counting dues from the approval month again is
 * refused while a member has paid a month before approval: that paid month would lie outside membership.
 */
export function updateDuesSettingsUseCase(context: UseCaseContext, input: DuesSettings): Result<DuesSettings> {
  const { connection } = context;
  const fund = readFund(connection);
  if (input.duesFrom === 'approval' && fund.dues.duesFrom !== 'approval') {
    const paid = findPaidBeforeApproval(connection, fund.openedOn);
    if (paid) return failure('dues-paid-before-approval', 'duesFrom', { memberNo: paid.memberNo, period: paid.period });
  }
  updateDuesSettings(connection, input);
  let changed = 0;
  if (input.duesFrom !== fund.dues.duesFrom) {
    const events = statusEventsByMember(connection);
    for (const member of listMemberDuesFields(connection)) {
      const memberEvents = events.get(member.id) ?? [];
      const summary = duesSummary(
        {
          spells: spellsOf(member.approvedOn, memberEvents),
          approvedOn: member.approvedOn,
          appliedOn: member.appliedOn,
          paidThroughPeriod: member.paidThroughPeriod,
          openedOn: fund.openedOn,
          settings: input,
          paidPeriods: new Set(),
        },
        memberEvents,
      );
      if (summary.duesStartIndex === member.summary.duesStartIndex && summary.closedOwedMonths === member.summary.closedOwedMonths)
        continue;
      updateMemberDues(connection, member.id, summary);
      changed += 1;
    }
  }
  // The members' summaries are derived from the settings, not recorded by anyone: the fund's row says how many moved.
  context.audit({ entity: 'fund', entityId: 1, before: fund.dues, after: { ...input, membersRederived: changed } });
  return success(readFund(connection).dues);
}
