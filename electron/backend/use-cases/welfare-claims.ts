import type { z } from 'zod';
import type { ClaimDecision, Paged, WelfareClaim } from '../../../shared/api/fund-types';
import type { claimInput, claimFilter } from '../../../shared/api/welfare-schemas';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { failure, success, type Result } from '../../../shared/domain/result';
import { isMemberDeath } from '../../../shared/domain/welfare/settle-payout';
import { normalizeSearchQuery } from '../../../shared/domain/members/member-search';
import { readFund } from '../db/repositories/fund-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import {
  findClaim,
  insertClaim,
  listClaims,
  updateClaimDecision,
  type ClaimProgress,
  type ClaimRecord,
} from '../db/repositories/claim-repository';
import { findWelfareType } from '../db/repositories/welfare-repository';
import { claimResult, claimView, decide, moveClaim } from '../steps/claims';
import { settlementPreview } from '../steps/death-settlement';
import { memberDetail, recordStatusEvent } from '../steps/member-records';
import { localDateOf } from '../../../shared/domain/local-time';
import { citeResolution } from '../steps/resolution-citations';
import type { UseCaseContext } from './use-case-context';

type ClaimInput = z.output<z.ZodObject<typeof claimInput>>;
type ClaimFilter = z.output<typeof claimFilter>;
type DecisionInput = { claimId: number; resolutionId: number | null };

/** Refusals that make a claim invalid (refused, nothing written); the others leave it ineligible, on record. */
const invalidClaims = new Set([
  'claim-event-date-invalid',
  'claim-event-in-future',
  'claim-unknown-welfare-type',
  'claim-no-rule-in-force',
  'claim-event-before-membership',
  'claim-member-not-active',
  'claim-units-invalid',
  'claim-units-required',
  'claim-recipient-birth-date-invalid',
  'claim-duplicate',
]);

/**
 * What the committee would see: the decision with its explanation and, for a member's own death, how it would be
 * settled today (the payee to be named, the net after arrears); nothing written.
 */
export function previewClaim(context: UseCaseContext, input: ClaimInput): Result<ClaimDecision> {
  const { connection, clock } = context;
  const decided = decide(connection, input, clock.today());
  if (!decided.ok) return decided;
  const type = decided.value.eligible ? findWelfareType(connection, input.typeId) : undefined;
  const settlement = type
    ? settlementPreview(
        connection,
        readFund(connection),
        { ...input, category: type.category, recipientKind: input.recipient.kind, amountSatang: decided.value.amountSatang },
        clock.today(),
      )
    : undefined;
  const lines = settlement ? [...decided.value.lines, ...settlement.lines] : decided.value.lines;
  return success({ ...decided.value, lines, settlement: settlement ?? null });
}

/**
 * A claim for the member's own death reports the death: the member becomes deceased as of the event date, the
 * same event as a "deceased" status (Decision 6). A death already on record with another date is refused.
 */
function recordDeath(context: UseCaseContext, input: ClaimInput, category: string): Result<void> {
  if (!isMemberDeath(category, input.recipient.kind)) return success(undefined);
  // The member's facts are read once here and once by the status step's dues refresh, not again by each step.
  const current = memberDetail(context.connection, input.memberId);
  if (!current) return failure('member-not-found', 'memberId');
  const death = current.statusEvents.find((event) => event.kind === 'deceased');
  if (death)
    return death.effectiveOn === input.eventDate
      ? success(undefined)
      : failure('death-date-differs', 'eventDate', { recorded: death.effectiveOn });
  const marked = recordStatusEvent(context, current, {
    memberId: input.memberId,
    kind: 'deceased',
    effectiveOn: input.eventDate,
    reason: '',
    meetingRef: '',
  });
  return marked.ok ? success(undefined) : failure(marked.error.code, 'eventDate', marked.error.params);
}

/**
 * Records a claim with its decision. An invalid claim is refused as such; an ineligible one (a condition not met,
 * a cap reached, a document missing) is refused with the engine's reason unless the caller asks to keep it on
 * file for the committee (`recordIneligible`): then it is recorded pending, paying nothing, so the committee can
 * reject it with a reason, or it is judged again when its documents arrive. Never a silent success with 0 baht.
 */
export function recordClaim(
  context: UseCaseContext,
  input: ClaimInput & { requestId: string; recordIneligible?: boolean },
): Result<WelfareClaim> {
  const { connection, clock } = context;
  const decided = decide(connection, input, clock.today());
  if (!decided.ok) return decided;
  const refusal = decided.value.refusal;
  if (refusal && invalidClaims.has(refusal.code)) return failure(refusal.code, refusal.field, refusal.params);
  if (refusal && input.recordIneligible !== true)
    return failure('claim-ineligible', refusal.field, { ...refusal.params, refusalCode: refusal.code });
  const type = findWelfareType(connection, input.typeId);
  const death = recordDeath(context, input, type?.category ?? '');
  if (!death.ok) return death;
  const now = context.call.at;
  const fiscalYear = fiscalYearOf(clock.today(), readFund(connection).fiscalYearStartMonth);
  const id = insertClaim(connection, {
    requestId: input.requestId,
    claimNo: formatDocumentNo('WF', fiscalYear, reserveNumbers(connection, 'claim', fiscalYear)),
    typeId: input.typeId,
    memberId: input.memberId,
    eventDate: input.eventDate,
    units: input.units ?? null,
    recipientKind: input.recipient.kind,
    dependentId: input.recipient.kind === 'dependent' ? input.recipient.dependentId : null,
    documentsReceived: input.documentsReceived ?? [],
    decision: decided.value,
    amountSatang: decided.value.amountSatang,
    unitsPaid: decided.value.unitsPaid,
    state: 'pending',
    decisionRef: null,
    decisionResolutionId: null,
    rejectionReason: null,
    voucherId: null,
    createdAt: now,
  });
  context.audit({ entity: 'welfare_claim', entityId: id, after: { ...input, amountSatang: decided.value.amountSatang } });
  return claimResult(connection, id, clock.today());
}

/** A recorded claim as the engine's input again, so it can be judged anew. */
function claimInputOf(claim: ClaimRecord, documentsReceived: string[]): ClaimInput {
  const recipient: ClaimInput['recipient'] =
    claim.recipientKind === 'dependent' && claim.dependentId !== null
      ? { kind: 'dependent', dependentId: claim.dependentId }
      : { kind: claim.recipientKind === 'beneficiary' ? 'beneficiary' : 'member' };
  return { typeId: claim.typeId, memberId: claim.memberId, eventDate: claim.eventDate, units: claim.units, recipient, documentsReceived };
}

/**
 * A pending claim judged again — the documents that arrived since, and the member's other claims as they stand
 * now (one rejected since no longer counts toward the caps) — so the committee decides on the current
 * explanation. Only a pending claim: an approved one was decided on what the committee saw.
 */
export function recheckClaim(context: UseCaseContext, input: { claimId: number; documentsReceived: string[] }): Result<WelfareClaim> {
  const { connection, clock } = context;
  const claim = findClaim(connection, input.claimId);
  if (!claim) return failure('claim-not-found', 'claimId');
  if (claim.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: claim.state });
  const decided = decide(connection, claimInputOf(claim, input.documentsReceived), clock.today(), undefined, claim.id);
  if (!decided.ok) return decided;
  updateClaimDecision(connection, {
    id: claim.id,
    documentsReceived: input.documentsReceived,
    decision: decided.value,
    amountSatang: decided.value.amountSatang,
    unitsPaid: decided.value.unitsPaid,
    updatedAt: context.call.at,
  });
  context.audit({
    entity: 'welfare_claim',
    entityId: claim.id,
    before: { amountSatang: claim.amountSatang, documents: claim.documentsReceived },
    after: { amountSatang: decided.value.amountSatang, documents: input.documentsReceived },
  });
  return claimResult(connection, claim.id, clock.today());
}

function decideByCommittee(
  context: UseCaseContext,
  claimId: number,
  change: (claim: ClaimRecord) => Result<Partial<ClaimProgress>>,
): Result<WelfareClaim> {
  const claim = findClaim(context.connection, claimId);
  if (!claim) return failure('claim-not-found', 'claimId');
  const changed = change(claim);
  return changed.ok ? moveClaim(context, claim, changed.value) : changed;
}

/** What a committee's decision on a claim cites: a claim-decision resolution held between its recording and today. */
function claimCitation(context: UseCaseContext, claim: ClaimRecord, resolutionId: number | null, decision: 'approved' | 'rejected') {
  return citeResolution(context.connection, {
    resolutionId,
    field: 'resolutionId',
    kind: 'claim-decision',
    decisions: [decision],
    targetId: claim.id,
    takesEffectOn: context.clock.today(),
    arrivedOn: localDateOf(claim.recordedAt),
    settingApplies: true,
  });
}

/**
 * The committee approves an eligible claim (Decision 11: the explanation was shown first), citing its resolution,
 * whose reference becomes the claim's words; without one (the fund's setting off) the words as typed.
 */
export function approveClaim(context: UseCaseContext, input: DecisionInput & { meetingRef: string }): Result<WelfareClaim> {
  return decideByCommittee(context, input.claimId, (claim) => {
    if (claim.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: claim.state });
    if (claim.amountSatang === 0) return failure('claim-not-eligible', 'claimId');
    const citation = claimCitation(context, claim, input.resolutionId, 'approved');
    if (!citation.ok) return citation;
    if (!citation.value && input.meetingRef === '') return failure('reference-required', 'meetingRef');
    return success({
      state: 'approved',
      decisionRef: citation.value?.reference ?? input.meetingRef,
      decisionResolutionId: citation.value?.resolutionId ?? null,
    });
  });
}

export function rejectClaim(context: UseCaseContext, input: DecisionInput & { reason: string }): Result<WelfareClaim> {
  return decideByCommittee(context, input.claimId, (claim) => {
    if (claim.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: claim.state });
    const citation = claimCitation(context, claim, input.resolutionId, 'rejected');
    if (!citation.ok) return citation;
    return success({
      state: 'rejected',
      rejectionReason: input.reason,
      decisionRef: citation.value?.reference ?? null,
      decisionResolutionId: citation.value?.resolutionId ?? null,
    });
  });
}

export function getClaim(context: UseCaseContext, input: { claimId: number }): Result<WelfareClaim> {
  return claimResult(context.connection, input.claimId, context.clock.today());
}

/** The welfare register: filtered by event period, type, village, member and state; newest event first. */
export function claimList(context: UseCaseContext, input: ClaimFilter & { offset: number; limit: number }): Result<Paged<WelfareClaim>> {
  if (input.from !== undefined && input.to !== undefined && input.from > input.to) return failure('period-reversed', 'to');
  const page = listClaims(context.connection, {
    ...input,
    query: input.query === undefined ? undefined : normalizeSearchQuery(input.query),
  });
  return success({
    total: page.total,
    offset: input.offset,
    rows: page.rows.map((claim) => claimView(context.connection, claim, context.clock.today())),
  });
}
