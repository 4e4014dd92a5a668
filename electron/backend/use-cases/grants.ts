import type { z } from 'zod';
import type {
  addGrantInput,
  addPastRoundInput,
  advanceGrantInput,
  editGrantInput,
  receiveGrantInput,
  reverseGrantInput,
} from '../../../shared/api/grant-schemas';
import type { Grant, GrantRegister, MatchingRound, MatchingRoundDetail } from '../../../shared/api/grant-types';
import { canEdit, canMoveTo, canReceive, canReverse, grantAccounts } from '../../../shared/domain/grants/grants';
import { reverseLines } from '../../../shared/domain/ledger/journal-entry';
import { matchingCutoff } from '../../../shared/domain/matching/eligibility';
import { failure, success, type Result } from '../../../shared/domain/result';
import { newRecordId } from '../db/record-ids';
import { readFund } from '../db/repositories/fund-repository';
import { findJournalEntry } from '../db/repositories/ledger-repository';
import {
  cancelRoundOfGrant,
  existingMemberIds,
  findGrant,
  findRound,
  grantHistories,
  insertGrant,
  insertGrantReversal,
  insertRound,
  insertStatusChange,
  listGrants,
  listRounds,
  liveRoundClash,
  markGrantReceived,
  roundMembers,
  updateGrantStatus,
  updateGrantWords,
  type GrantRecord,
  type RoundRecord,
} from '../db/repositories/grant-repository';
import { checkAmountCeiling } from '../steps/amount-ceilings';
import { checkMatchingYear } from '../steps/fiscal-years';
import { matchingEligibilityOf } from '../steps/matching-eligibility';
import { checkMoneyAccount } from '../steps/money-accounts';
import { postEntry } from '../steps/post-entry';
import { checkPaymentDate } from '../steps/vouchers';
import { actorName, type UseCaseContext } from './use-case-context';

type AddInput = z.output<typeof addGrantInput>;
type AdvanceInput = z.output<typeof advanceGrantInput>;
type ReceiveInput = z.output<typeof receiveGrantInput>;
type PastRoundInput = z.output<typeof addPastRoundInput>;
type ReverseInput = z.output<typeof reverseGrantInput>;
type EditInput = z.output<typeof editGrantInput>;

function grantView(record: GrantRecord, history: Grant['history']): Grant {
  const { round, journalEntryId: _entryId, ...rest } = record;
  return {
    ...rest,
    sourceAccountCode: grantAccounts[record.source],
    round: round && { roundNo: round.roundNo, cutoffYear: round.cutoffYear, membersCounted: round.membersCounted },
    history,
  };
}

function roundView(record: RoundRecord): MatchingRound {
  return { ...record, cutoff: matchingCutoff(record.cutoffYear) };
}

export function grantResult(context: UseCaseContext, grantId: number): Result<Grant> {
  const record = findGrant(context.connection, grantId);
  if (!record) return failure('grant-not-found', 'grantId');
  return success(grantView(record, grantHistories(context.connection).get(grantId) ?? []));
}

/** The grant register with each grant's history, and every matching round (past ones included). */
export function grantRegister(context: UseCaseContext): Result<GrantRegister> {
  const histories = grantHistories(context.connection);
  return success({
    grants: listGrants(context.connection).map((record) => grantView(record, histories.get(record.id) ?? [])),
    rounds: listRounds(context.connection).map(roundView),
  });
}

/** A round number or cut-off year already held by a round in force is the same round recorded twice. */
function checkRoundFree(context: UseCaseContext, roundNo: number, cutoffYear: number, prefix: string): Result<void> {
  const clash = liveRoundClash(context.connection, roundNo, cutoffYear);
  if (clash === 'roundNo') return failure('matching-round-recorded', `${prefix}roundNo`, { roundNo });
  if (clash === 'cutoffYear') return failure('matching-year-recorded', `${prefix}cutoffYear`, { cutoff: matchingCutoff(cutoffYear) });
  return success(undefined);
}

/**
 * A grant joins the register as a draft. A government matching grant names its round; the round is recorded
 * with it, counting the members of the matching-eligibility list at that round's 30 September (Decision 15).
 */
export function addGrant(context: UseCaseContext, input: AddInput): Result<Grant> {
  const { connection, clock } = context;
  const matching = input.source === 'government-matching';
  if (matching && input.round === null) return failure('grant-round-required', 'round');
  if (!matching && input.round !== null) return failure('grant-round-only-matching', 'round');
  if (input.requestedOn !== null && input.requestedOn > clock.today()) return failure('date-in-future', 'requestedOn');
  if (input.round) {
    const year = checkMatchingYear(context, input.round.cutoffYear, 'round.cutoffYear');
    if (!year.ok) return year;
    const free = checkRoundFree(context, input.round.roundNo, input.round.cutoffYear, 'round.');
    if (!free.ok) return free;
  }
  const at = context.call.at;
  const grant = {
    uuid: newRecordId(),
    source: input.source,
    subject: input.subject,
    reference: input.reference,
    approvingBody: input.approvingBody,
    requestedOn: input.requestedOn,
    amountRequestedSatang: input.amountRequestedSatang,
    status: 'draft' as const,
  };
  const id = insertGrant(connection, { ...grant, createdAt: at });
  insertStatusChange(connection, id, {
    uuid: newRecordId(),
    status: 'draft',
    changedOn: input.requestedOn ?? clock.today(),
    note: input.note,
    actor: actorName(context),
    at,
  });
  context.audit({ entity: 'external_grant', entityId: id, after: grant });
  if (input.round) {
    const list = matchingEligibilityOf(connection, input.round.cutoffYear, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
    const memberIds = list.rows.map((row) => row.memberId);
    const roundId = insertRound(connection, {
      uuid: newRecordId(),
      roundNo: input.round.roundNo,
      cutoffYear: input.round.cutoffYear,
      grantId: id,
      amountSatang: null,
      membersCounted: memberIds.length,
      memberIds,
      createdAt: at,
    });
    context.audit({
      entity: 'matching_round',
      entityId: roundId,
      after: { ...input.round, grantId: id, membersCounted: memberIds.length },
    });
  }
  return grantResult(context, id);
}

/**
 * A step of the grant's status by hand: in process (sent, then noted again when approved, with the approval's
 * date and amount) or cancelled (its matching round stops counting its members). Each step joins its history.
 */
export function advanceGrant(context: UseCaseContext, input: AdvanceInput): Result<Grant> {
  const { connection, clock } = context;
  const found = findGrant(connection, input.grantId);
  if (!found) return failure('grant-not-found', 'grantId');
  if (found.status === 'received') return failure('grant-received', 'grantId');
  if (!canMoveTo(found.status, input.status)) return failure('grant-cancelled', 'grantId');
  if (found.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  if (input.changedOn > clock.today()) return failure('date-in-future', 'changedOn');
  if (input.approvedOn !== null && input.approvedOn > clock.today()) return failure('date-in-future', 'approvedOn');
  if (input.approvedOn !== null && found.requestedOn !== null && input.approvedOn < found.requestedOn)
    return failure('grant-approved-before-request', 'approvedOn', { requestedOn: found.requestedOn });
  const approvedOn = input.approvedOn ?? found.approvedOn;
  const amountApprovedSatang = input.amountApprovedSatang ?? found.amountApprovedSatang;
  updateGrantStatus(connection, { id: found.id, status: input.status, approvedOn, amountApprovedSatang, updatedAt: context.call.at });
  insertStatusChange(connection, found.id, {
    uuid: newRecordId(),
    status: input.status,
    changedOn: input.changedOn,
    note: input.note,
    actor: actorName(context),
    at: context.call.at,
  });
  if (input.status === 'cancelled' && found.round) cancelRoundOfGrant(connection, found.id, input.changedOn);
  context.audit({
    entity: 'external_grant',
    entityId: found.id,
    before: { status: found.status, approvedOn: found.approvedOn, amountApprovedSatang: found.amountApprovedSatang },
    after: { status: input.status, approvedOn, amountApprovedSatang },
  });
  return grantResult(context, found.id);
}

/**
 * The grant's money arrives: one balanced entry through the posting core, Dr the money account the treasurer
 * names, Cr the grant's §10 receipts line, carrying the grant's source and matching round as its dimensions.
 * From then on the grant is posted money (a correction is a reversal). Refused, with nothing written, for a
 * grant received or cancelled already, an account that is not a money account, a date in the future, before
 * the books opened or in a locked period, or an amount above the grant ceiling without its confirmation.
 */
export function receiveGrant(context: UseCaseContext, input: ReceiveInput): Result<Grant> {
  const { connection, clock } = context;
  const found = findGrant(connection, input.grantId);
  if (!found) return failure('grant-not-found', 'grantId');
  if (!canReceive(found.status)) return failure(found.status === 'received' ? 'grant-received' : 'grant-cancelled', 'grantId');
  const account = checkMoneyAccount(connection, input.accountCode, 'accountCode');
  if (!account.ok) return account;
  const date = checkPaymentDate(readFund(connection), input.receivedOn, clock.today(), 'receivedOn');
  if (!date.ok) return date;
  const plausible = checkAmountCeiling(connection, 'grant', input.amountSatang, input.isLargeAmountConfirmed, 'amountSatang');
  if (!plausible.ok) return plausible;
  const posted = postEntry(
    context,
    {
      date: input.receivedOn,
      lines: [
        { accountCode: input.accountCode, debitSatang: input.amountSatang, creditSatang: 0 },
        { accountCode: grantAccounts[found.source], debitSatang: 0, creditSatang: input.amountSatang },
      ],
      description: { code: 'grant', params: { subject: found.subject, reference: found.reference } },
      source: { kind: 'grant', id: found.id },
      dimensions: { grantSource: found.source, matchingRound: found.round?.roundNo ?? null },
    },
    { date: 'receivedOn', account: 'accountCode' },
  );
  if (!posted.ok) return posted;
  markGrantReceived(connection, {
    id: found.id,
    receivedOn: input.receivedOn,
    receivedSatang: input.amountSatang,
    accountCode: input.accountCode,
    journalEntryId: posted.value.id,
    updatedAt: context.call.at,
  });
  insertStatusChange(connection, found.id, {
    uuid: newRecordId(),
    status: 'received',
    changedOn: input.receivedOn,
    note: input.note,
    actor: actorName(context),
    at: context.call.at,
  });
  context.audit({
    entity: 'external_grant',
    entityId: found.id,
    before: { status: found.status },
    after: { status: 'received', receivedOn: input.receivedOn, amountSatang: input.amountSatang, accountCode: input.accountCode },
  });
  return grantResult(context, found.id);
}

/**
 * A received grant taken back (Decision 13: posted money is corrected by a reversal, never edited): the mirror of
 * its entry on `reversedOn` through the posting core, so the money leaves the account it came into — refused when
 * that would take the account below zero on that day or a later one, or in a locked period. The grant then reads
 * as reversed with the reversal closing its history, and its matching round stops counting its members (its number
 * and year are free for the grant that replaces it). Refused for a grant not received, or reversed already.
 */
export function reverseGrant(context: UseCaseContext, input: ReverseInput): Result<Grant> {
  const { connection, clock } = context;
  const found = findGrant(connection, input.grantId);
  if (!found) return failure('grant-not-found', 'grantId');
  if (found.status === 'reversed') return failure('grant-already-reversed', 'grantId');
  if (!canReverse(found.status) || found.journalEntryId === null || found.receivedOn === null)
    return failure('grant-not-received', 'grantId');
  const date = checkPaymentDate(readFund(connection), input.reversedOn, clock.today(), 'reversedOn');
  if (!date.ok) return date;
  if (input.reversedOn < found.receivedOn) return failure('reversal-before-receipt', 'reversedOn', { receivedOn: found.receivedOn });
  const original = findJournalEntry(connection, found.journalEntryId);
  if (!original) throw new Error('received grant without its entry');
  const posted = postEntry(
    context,
    {
      date: input.reversedOn,
      lines: reverseLines(original.lines),
      description: { code: 'grant-reversal', params: { subject: found.subject, entryNo: original.entryNo } },
      source: { kind: 'grant-reversal', id: found.id },
      reversesEntryId: original.id,
      dimensions: { grantSource: found.source, matchingRound: found.round?.roundNo ?? null },
    },
    // The account is the one the grant went into: the date is what the treasurer can change.
    { date: 'reversedOn', account: 'reversedOn' },
  );
  if (!posted.ok) return posted;
  insertGrantReversal(connection, {
    uuid: newRecordId(),
    grantId: found.id,
    reversedOn: input.reversedOn,
    reason: input.reason,
    journalEntryId: posted.value.id,
    actor: actorName(context),
    createdAt: context.call.at,
  });
  context.audit({
    entity: 'external_grant',
    entityId: found.id,
    before: { status: found.status },
    after: { status: 'reversed', reversedOn: input.reversedOn, reason: input.reason, entryNo: posted.value.entryNo },
  });
  if (found.round) {
    cancelRoundOfGrant(connection, found.id, input.reversedOn);
    context.audit({ entity: 'matching_round', entityId: found.round.roundId, after: { cancelledOn: input.reversedOn } });
  }
  return grantResult(context, found.id);
}

/**
 * The treasurer's own words of a grant — its subject, reference and the amount asked for — corrected while it is
 * a draft or in process; once received it is posted money (a reversal corrects it), once cancelled it is closed.
 */
export function editGrant(context: UseCaseContext, input: EditInput): Result<Grant> {
  const { connection } = context;
  const found = findGrant(connection, input.grantId);
  if (!found) return failure('grant-not-found', 'grantId');
  if (!canEdit(found.status)) return failure(found.status === 'cancelled' ? 'grant-cancelled' : 'grant-received', 'grantId');
  if (found.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  const before = { subject: found.subject, reference: found.reference, amountRequestedSatang: found.amountRequestedSatang };
  const after = { subject: input.subject, reference: input.reference, amountRequestedSatang: input.amountRequestedSatang };
  updateGrantWords(connection, { id: found.id, ...after, updatedAt: context.call.at });
  context.audit({ entity: 'external_grant', entityId: found.id, before, after });
  return grantResult(context, found.id);
}

/**
 * A matching round from before the fund used the app: its number, cut-off year, amount and how many members it
 * counted, and which ones where the fund knows them. Its money is already in the opening balances: nothing posts.
 */
export function addPastRound(context: UseCaseContext, input: PastRoundInput): Result<MatchingRound> {
  const { connection } = context;
  const year = checkMatchingYear(context, input.cutoffYear, 'cutoffYear');
  if (!year.ok) return year;
  const free = checkRoundFree(context, input.roundNo, input.cutoffYear, '');
  if (!free.ok) return free;
  const memberIds = [...new Set(input.memberIds)];
  if (memberIds.length !== input.memberIds.length) return failure('matching-member-twice', 'memberIds');
  if (memberIds.length > 0 && memberIds.length !== input.membersCounted)
    return failure('matching-members-count', 'membersCounted', { count: input.membersCounted, named: memberIds.length });
  const known = existingMemberIds(connection, memberIds);
  const unknown = memberIds.findIndex((memberId) => !known.has(memberId));
  if (unknown >= 0) return failure('member-not-found', `memberIds.${unknown}`);
  const round = {
    uuid: newRecordId(),
    roundNo: input.roundNo,
    cutoffYear: input.cutoffYear,
    grantId: null,
    amountSatang: input.amountSatang,
    membersCounted: input.membersCounted,
  };
  const id = insertRound(connection, { ...round, memberIds, createdAt: context.call.at });
  context.audit({ entity: 'matching_round', entityId: id, after: { ...round, memberIds } });
  const stored = findRound(connection, id);
  return stored ? success(roundView(stored)) : failure('matching-round-not-found', 'roundId');
}

/** A matching round with the members it counted, by village and name, a page at a time. */
export function matchingRound(
  context: UseCaseContext,
  input: { roundId: number; offset: number; limit: number },
): Result<MatchingRoundDetail> {
  const found = findRound(context.connection, input.roundId);
  if (!found) return failure('matching-round-not-found', 'roundId');
  return success({
    ...roundView(found),
    members: roundMembers(context.connection, found.id, input),
    total: found.membersKnown,
    offset: input.offset,
  });
}
