import type { z } from 'zod';
import type { Paged, WelfareClaim } from '../../../shared/api/fund-types';
import type { claimInput, claimFilter } from '../../../shared/api/welfare-schemas';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import { formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Decision } from '../../../shared/domain/welfare/decide-claim';
import { isMemberDeath } from '../../../shared/domain/welfare/settle-payout';
import { normalizeSearchQuery } from '../../../shared/domain/members/member-search';
import { readFund } from '../db/repositories/fund-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import { findClaim, findWelfareType, insertClaim, listClaims, updateClaimDecision } from '../db/repositories/welfare-repository';
import type { WelfareClaimsTable } from '../db/schema';
import { claimResult, claimView, decide, moveClaim } from '../steps/claims';
import { loadMemberFacts } from '../steps/member-facts';
import { recordStatusEvent } from '../steps/member-records';
import type { UseCaseContext } from './use-case-context';

type ClaimInput = z.output<z.ZodObject<typeof claimInput>>;
type ClaimFilter = z.output<typeof claimFilter>;

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

/** What the committee would see: the decision with its explanation, nothing written. */
export function previewClaim(context: UseCaseContext, input: ClaimInput): Result<Decision> {
  return decide(context.connection, input, context.clock.today());
}

/**
 * A claim for the member's own death reports the death: the member becomes deceased as of the event date, the
 * same event as a "deceased" status (Decision 6). A death already on record with another date is refused.
 */
function recordDeath(context: UseCaseContext, input: ClaimInput, category: string): Result<void> {
  if (!isMemberDeath(category, input.recipient.kind)) return success(undefined);
  const loaded = loadMemberFacts(context.connection, input.memberId);
  const death = loaded?.events.find((event) => event.kind === 'deceased');
  if (death)
    return death.effectiveOn === input.eventDate
      ? success(undefined)
      : failure('death-date-differs', 'eventDate', { recorded: death.effectiveOn });
  const marked = recordStatusEvent(context, {
    memberId: input.memberId,
    kind: 'deceased',
    effectiveOn: input.eventDate,
    reason: '',
    meetingRef: '',
  });
  return marked.ok ? success(undefined) : failure(marked.error.code, 'eventDate', marked.error.params);
}

export function recordClaim(context: UseCaseContext, input: ClaimInput & { requestId: string }): Result<WelfareClaim> {
  const { connection, clock } = context;
  const decided = decide(connection, input, clock.today());
  if (!decided.ok) return decided;
  const refusal = decided.value.refusal;
  if (refusal && invalidClaims.has(refusal.code)) return failure(refusal.code, refusal.field, refusal.params);
  const type = findWelfareType(connection, input.typeId);
  const death = recordDeath(context, input, type?.category ?? '');
  if (!death.ok) return death;
  const now = context.call.at;
  const fiscalYear = fiscalYearOf(clock.today(), readFund(connection).fiscal_year_start_month);
  const id = insertClaim(connection, {
    request_id: input.requestId,
    claim_no: formatDocumentNo('WF', fiscalYear, reserveNumbers(connection, 'claim', fiscalYear)),
    type_id: input.typeId,
    member_id: input.memberId,
    event_date: input.eventDate,
    units: input.units ?? null,
    recipient_kind: input.recipient.kind,
    dependent_id: input.recipient.kind === 'dependent' ? input.recipient.dependentId : null,
    documents_json: JSON.stringify(input.documentsReceived ?? []),
    decision_json: JSON.stringify(decided.value),
    computed_satang: decided.value.amountSatang,
    units_paid: decided.value.unitsPaid,
    state: 'pending',
    decision_ref: null,
    rejection_reason: null,
    voucher_id: null,
    created_at: now,
    updated_at: now,
  });
  context.audit({ entity: 'welfare_claim', entityId: id, after: { ...input, amountSatang: decided.value.amountSatang } });
  return claimResult(connection, id);
}

/** A recorded claim as the engine's input again, so it can be judged anew. */
function claimInputOf(row: WelfareClaimsTable, documentsReceived: string[]): ClaimInput {
  const recipient: ClaimInput['recipient'] =
    row.recipient_kind === 'dependent' && row.dependent_id !== null
      ? { kind: 'dependent', dependentId: row.dependent_id }
      : { kind: row.recipient_kind === 'beneficiary' ? 'beneficiary' : 'member' };
  return { typeId: row.type_id, memberId: row.member_id, eventDate: row.event_date, units: row.units, recipient, documentsReceived };
}

/**
 * A pending claim judged again — the documents that arrived since, and the member's other claims as they stand
 * now (one rejected since no longer counts toward the caps) — so the committee decides on the current
 * explanation. Only a pending claim: an approved one was decided on what the committee saw.
 */
export function recheckClaim(context: UseCaseContext, input: { claimId: number; documentsReceived: string[] }): Result<WelfareClaim> {
  const { connection, clock } = context;
  const row = findClaim(connection, input.claimId);
  if (!row) return failure('claim-not-found', 'claimId');
  if (row.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: row.state });
  const decided = decide(connection, claimInputOf(row, input.documentsReceived), clock.today(), undefined, row.id);
  if (!decided.ok) return decided;
  updateClaimDecision(connection, {
    id: row.id,
    documents_json: JSON.stringify(input.documentsReceived),
    decision_json: JSON.stringify(decided.value),
    computed_satang: decided.value.amountSatang,
    units_paid: decided.value.unitsPaid,
    updated_at: context.call.at,
  });
  context.audit({
    entity: 'welfare_claim',
    entityId: row.id,
    before: { amountSatang: row.computed_satang, documents: JSON.parse(row.documents_json) as unknown },
    after: { amountSatang: decided.value.amountSatang, documents: input.documentsReceived },
  });
  return claimResult(connection, row.id);
}

function decideByCommittee(
  context: UseCaseContext,
  claimId: number,
  change: (row: WelfareClaimsTable) => Result<Partial<WelfareClaimsTable>>,
): Result<WelfareClaim> {
  const row = findClaim(context.connection, claimId);
  if (!row) return failure('claim-not-found', 'claimId');
  const changed = change(row);
  return changed.ok ? moveClaim(context, row, changed.value) : changed;
}

/** The committee approves an eligible claim with its meeting reference (Decision 11: the explanation was shown first). */
export function approveClaim(context: UseCaseContext, input: { claimId: number; meetingRef: string }): Result<WelfareClaim> {
  return decideByCommittee(context, input.claimId, (row) => {
    if (row.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: row.state });
    if (row.computed_satang === 0) return failure('claim-not-eligible', 'claimId');
    return success({ state: 'approved', decision_ref: input.meetingRef });
  });
}

export function rejectClaim(context: UseCaseContext, input: { claimId: number; reason: string }): Result<WelfareClaim> {
  return decideByCommittee(context, input.claimId, (row) => {
    if (row.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: row.state });
    return success({ state: 'rejected', rejection_reason: input.reason });
  });
}

export function getClaim(context: UseCaseContext, input: { claimId: number }): Result<WelfareClaim> {
  return claimResult(context.connection, input.claimId);
}

/** The welfare register: filtered by event period, type, village, member and state; newest event first. */
export function claimList(context: UseCaseContext, input: ClaimFilter & { offset: number; limit: number }): Result<Paged<WelfareClaim>> {
  if (input.from !== undefined && input.to !== undefined && input.from > input.to) return failure('period-reversed', 'to');
  const page = listClaims(context.connection, {
    ...input,
    query: input.query === undefined ? undefined : normalizeSearchQuery(input.query),
  });
  return success({ total: page.total, offset: input.offset, rows: page.rows.map((row) => claimView(context.connection, row)) });
}
