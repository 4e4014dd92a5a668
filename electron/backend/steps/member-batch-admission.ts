import { duesSummary } from '../../../shared/domain/contributions/dues-summary';
import type { Connection } from '../db/execute';
import { insertAdmittedMembers, nextMemberId, type AdmittedMember } from '../db/repositories/member-admission-repository';
import { fundDues, readFund } from '../db/repositories/fund-repository';
import { nextMemberSeq } from '../db/repositories/member-repository';
import { actorName, type UseCaseContext } from '../use-cases/use-case-context';
import { newMemberIdentity, type Admission } from './member-admission';
import { baseFacts } from './member-facts';

/**
 * Many checked profiles admitted at once (an import of a fund's whole list, the demo fund's month of joiners):
 * exactly what `admitMemberRecord` writes for each in turn — numbered next in the order given, active from her
 * approval, her first version, her categories, her dues derived, an audit row each — but written with a few
 * statements per hundred members. A new member has no status events and no receipts yet, so her dues follow
 * from her profile and the fund's settings alone, and no paid month can fall outside them.
 */
export function admitMemberRecords(context: UseCaseContext, admissions: readonly Admission[]): { id: number; memberNo: string }[] {
  const { connection } = context;
  const now = context.clock.now();
  const members = plannedMembers(connection, admissions, now, actorName(context));
  insertAdmittedMembers(connection, members);
  context.audit(
    ...members.map((member) => ({
      entity: 'member',
      entityId: member.id,
      after: { ...member.profile, approvalResolutionId: member.approvalResolutionId },
    })),
  );
  return members.map((member) => ({ id: member.id, memberNo: member.memberNo }));
}

function plannedMembers(connection: Connection, admissions: readonly Admission[], now: string, actor: string): AdmittedMember[] {
  const fund = fundDues(readFund(connection));
  const firstSeq = nextMemberSeq(connection);
  const firstId = nextMemberId(connection);
  return admissions.map(({ profile, approvalResolutionId }, index) => ({
    ...newMemberIdentity(profile, firstSeq + index),
    id: firstId + index,
    profile,
    approvalResolutionId,
    dues: duesSummary(baseFacts(profile, [], fund), []),
    createdAt: now,
    actor,
  }));
}
