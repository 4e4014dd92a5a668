import type { MemberDetail, MemberProfile } from '../../../shared/api/fund-types';
import type { RetentionCleared, RetentionReview, RetentionRow } from '../../../shared/api/privacy-types';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { personalDataDueFrom } from '../../../shared/domain/privacy/retention';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { readFund } from '../db/repositories/fund-repository';
import { updateMemberProfile } from '../db/repositories/member-repository';
import { clearPersonalCopies, readKeepYears, retentionCandidates, updateKeepYears } from '../db/repositories/privacy-repository';
import { profileOfMember } from '../../../shared/api/member-profile';
import { searchKeysOf } from '../steps/member-admission';
import { memberDetail } from '../steps/member-records';
import { documentText } from '../messages';
import type { UseCaseContext } from './use-case-context';

/** Every resigned or deceased member still holding personal fields, with the day her retention period is over. */
function candidatesOn(connection: Connection): RetentionRow[] {
  const startMonth = readFund(connection).fiscalYearStartMonth;
  const keepYears = readKeepYears(connection);
  return retentionCandidates(connection).map((candidate) => ({
    memberId: candidate.id,
    memberNo: candidate.memberNo,
    fullName: candidate.fullName,
    status: candidate.status,
    endedOn: candidate.endedOn,
    dueFrom: personalDataDueFrom(candidate.endedOn, startMonth, keepYears),
  }));
}

/**
 * The yearly review of retention (reliability §(e)): the members whose personal fields are due for clearing on a
 * day, for the committee to approve. Nothing is cleared by itself.
 */
export function retentionReview(context: UseCaseContext, input: { asOf?: CalendarDate | undefined }): Result<RetentionReview> {
  const asOf = input.asOf ?? context.clock.today();
  const due = candidatesOn(context.connection).filter((row) => row.dueFrom <= asOf);
  return success({ keepYears: readKeepYears(context.connection), asOf, due });
}

export function setKeepYears(context: UseCaseContext, input: { years: number }): Result<RetentionReview> {
  const before = readKeepYears(context.connection);
  updateKeepYears(context.connection, input.years);
  context.audit({ entity: 'fund', entityId: 1, before: { personalKeepYears: before }, after: { personalKeepYears: input.years } });
  return retentionReview(context, {});
}

/**
 * The committee's decision carried out: each member's personal fields cleared (ID, names → her member number,
 * address, phone, beneficiaries, dependents' names and IDs, every saved version and her application's copy),
 * all of them or none. Her member number, gender, birth date (the status form's ages), village, dates and status
 * stay, and every money row (receipts, vouchers, the journal) is left exactly as posted. A member not due today
 * is refused by name. The audit row records the decision, never the values cleared.
 */
export function clearPersonalData(context: UseCaseContext, input: { memberIds: number[]; decisionRef: string }): Result<RetentionCleared> {
  const { connection, clock } = context;
  const today = clock.today();
  const due = new Map(candidatesOn(connection).map((row) => [row.memberId, row]));
  for (const [index, memberId] of input.memberIds.entries()) {
    const field = `memberIds.${index}`;
    const member = memberDetail(connection, memberId);
    if (!member) return failure('member-not-found', field);
    const row = due.get(memberId);
    if (member.personalClearedOn !== null)
      return failure('member-personal-cleared', field, { memberNo: member.memberNo, clearedOn: member.personalClearedOn });
    if (!row) return failure('retention-not-ended', field, { memberNo: member.memberNo });
    if (row.dueFrom > today) return failure('retention-not-due', field, { memberNo: member.memberNo, dueFrom: row.dueFrom });
  }
  for (const memberId of input.memberIds) {
    const member = memberDetail(connection, memberId);
    if (!member) continue;
    const noIdReason = documentText('documents.memberData.clearedIdReason', { decisionRef: input.decisionRef });
    const cleared = { ...clearedProfile(member), noIdReason };
    // A new edition of the record, so an edit form opened before the clearing is refused as stale.
    updateMemberProfile(connection, {
      id: memberId,
      profile: cleared,
      keys: searchKeysOf(cleared, member.memberNo),
      version: member.version + 1,
      updatedAt: context.call.at,
    });
    clearPersonalCopies(connection, {
      memberId,
      memberNo: member.memberNo,
      clearedOn: today,
      decisionRef: input.decisionRef,
      clearedProfileJson: JSON.stringify(cleared),
    });
    context.audit({
      entity: 'member',
      entityId: memberId,
      after: { personalClearedOn: today, decisionRef: input.decisionRef, keepYears: readKeepYears(connection) },
    });
  }
  return success({ cleared: input.memberIds.length, clearedOn: today });
}

/** Her profile as it reads once cleared: what identifies her blanked, her member number for her name. */
function clearedProfile(member: MemberDetail): MemberProfile {
  return {
    ...profileOfMember(member),
    citizenId: null,
    noIdReason: null,
    title: '',
    firstName: member.memberNo,
    lastName: '',
    houseNo: '',
    soi: '',
    road: '',
    subdistrict: '',
    district: '',
    province: '',
    postcode: '',
    phone: '',
    beneficiaries: [],
  };
}
