import type { z } from 'zod';
import type { Paged, WelfareClaim } from '../../../shared/api/fund-types';
import type { claimInput, claimFilter } from '../../../shared/api/welfare-schemas';
import { addMonths, fiscalYearOf, periodOfDate } from '../../../shared/domain/calendar-date';
import { memberArrears, paidDays } from '../../../shared/domain/contributions/periods';
import { formatDocumentNo } from '../../../shared/domain/contributions/receipt-numbers';
import { failure, success, type Result } from '../../../shared/domain/result';
import { decideClaim, type Decision } from '../../../shared/domain/welfare/decide-claim';
import type { BenefitRuleVersion } from '../../../shared/domain/welfare/rules';
import { isMemberDeath } from '../../../shared/domain/welfare/settle-payout';
import { normalizeSearchQuery } from '../../../shared/domain/members/member-search';
import { inTransaction, type Connection } from '../db/execute';
import { appendAudit } from '../db/repositories/audit-repository';
import { listDependents } from '../db/repositories/dependent-repository';
import { readFund } from '../db/repositories/fund-repository';
import { firstPaymentBetween, periodsPaidAfter } from '../db/repositories/receipt-repository';
import { reserveNumbers } from '../db/repositories/sequence-repository';
import { claimPayments, findClaimReversal } from '../db/repositories/welfare-payment-repository';
import {
  findClaim,
  findClaimIdByRequest,
  findWelfareType,
  insertClaim,
  listClaims,
  listRuleVersions,
  memberClaimsOfType,
  updateClaimDecision,
  updateClaimState,
  type ClaimRecord,
} from '../db/repositories/welfare-repository';
import type { FundTable, WelfareClaimsTable } from '../db/schema';
import { loadMemberFacts } from './member-facts';
import { recordMemberStatus } from './members';
import { actorName, type UseCaseContext } from './use-case-context';

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

export function claimView(connection: Connection, row: ClaimRecord): WelfareClaim {
  const reversal = row.reversed === 1 ? findClaimReversal(connection, row.id) : undefined;
  return {
    id: row.id,
    claimNo: row.claim_no ?? '',
    typeId: row.type_id,
    typeName: { th: row.type_name_th, en: row.type_name_en },
    category: row.category,
    memberId: row.member_id,
    member: { memberNo: row.member_no, name: `${row.title}${row.first_name} ${row.last_name}`, village: row.village, moo: row.moo },
    eventDate: row.event_date,
    units: row.units,
    recipientKind: row.recipient_kind as WelfareClaim['recipientKind'],
    dependentId: row.dependent_id,
    decision: JSON.parse(row.decision_json) as Decision,
    amountSatang: row.computed_satang,
    state: row.state as WelfareClaim['state'],
    decisionRef: row.decision_ref,
    rejectionReason: row.rejection_reason,
    voucherId: row.voucher_id,
    documentsReceived: JSON.parse(row.documents_json) as string[],
    payments: claimPayments(connection, row.id).map((payment) => ({
      voucherId: payment.voucher_id,
      voucherNo: payment.voucher_no,
      paidOn: payment.paid_on,
      payeeName: payment.payee_name,
      share: payment.share,
      grossSatang: payment.gross_satang,
      deductedSatang: payment.deducted_satang,
      netSatang: payment.gross_satang - payment.deducted_satang,
      arrearsReceiptNo: payment.receipt_no,
    })),
    reversal: reversal ? { reversedOn: reversal.reversed_on, reason: reversal.reason } : null,
  };
}

export function loadClaim(connection: Connection, claimId: number): WelfareClaim | undefined {
  const row = findClaim(connection, claimId);
  return row && claimView(connection, row);
}

/** What a claim of a type is judged against, the same for every member: read once for a what-if over the fund. */
export type TypeFacts = { fund: FundTable; versions: BenefitRuleVersion[] };

export function typeFacts(connection: Connection, typeId: number): TypeFacts | undefined {
  if (!findWelfareType(connection, typeId)) return undefined;
  return { fund: readFund(connection), versions: listRuleVersions(connection, typeId) };
}

/**
 * Everything the engine needs, as of the event date, read in one place: the member's spells, the arrears on
 * that date counting only receipts received by then (a later catch-up payment does not make an event eligible
 * after the fact), and the member's earlier claims of the type that still count (not rejected, not reversed).
 */
export function decide(
  connection: Connection,
  input: ClaimInput,
  today: string,
  known = typeFacts(connection, input.typeId),
  exceptClaimId?: number,
): Result<Decision> {
  if (!known) return failure('welfare-type-not-found', 'typeId');
  const { fund, versions } = known;
  const loaded = loadMemberFacts(connection, input.memberId, fund.opened_on);
  if (!loaded) return failure('member-not-found', 'memberId');
  let recipient: Parameters<typeof decideClaim>[0]['claim']['recipient'] = {
    kind: input.recipient.kind === 'beneficiary' ? 'beneficiary' : 'member',
  };
  if (input.recipient.kind === 'dependent') {
    const dependentId = input.recipient.dependentId;
    const dependent = listDependents(connection, input.memberId).find((candidate) => candidate.id === dependentId);
    if (!dependent) return failure('dependent-not-found', 'recipient.dependentId');
    recipient = { kind: 'dependent', id: String(dependent.id), birthDate: dependent.birthDate, gender: dependent.gender };
  }
  const earlier = memberClaimsOfType(connection, input.memberId, input.typeId)
    .filter((claim) => claim.state !== 'rejected' && claim.reversed === 0 && claim.id !== exceptClaimId)
    .map((claim) => ({
      eventDate: claim.event_date,
      units: claim.units_paid,
      amountSatang: claim.computed_satang,
      recipientId: claim.dependent_id === null ? null : String(claim.dependent_id),
    }));
  const paidOnEventDate = new Set(loaded.facts.paidPeriods);
  for (const period of periodsPaidAfter(connection, input.memberId, input.eventDate)) paidOnEventDate.delete(period);
  const factsOnEventDate = { ...loaded.facts, paidPeriods: paidOnEventDate };
  // The spell the event falls in: where a waiting period that starts at the first payment, or counts paid days, looks.
  const spell = loaded.facts.spells.find(
    (candidate) => candidate.start <= input.eventDate && (candidate.end === null || input.eventDate <= candidate.end),
  );
  return success(
    decideClaim({
      versions,
      claim: { eventDate: input.eventDate, units: input.units ?? null, recipient, documentsReceived: input.documentsReceived ?? null },
      member: {
        spells: loaded.facts.spells,
        birthDate: loaded.row.birth_date,
        gender: loaded.row.gender as 'male' | 'female',
        arrearsMonths: memberArrears(factsOnEventDate, input.eventDate).count,
        appliedOn: loaded.row.applied_on,
        firstPaymentOn: spell ? firstPaymentBetween(connection, input.memberId, spell.start, input.eventDate) : null,
        paidDays: spell ? paidDays(factsOnEventDate, periodOfDate(spell.start), addMonths(periodOfDate(input.eventDate), 60)) : 0,
      },
      earlierClaims: earlier,
      fiscalYearStartMonth: fund.fiscal_year_start_month,
      asOf: today,
      membershipCounting: fund.membership_counting === 'first-spell' ? 'first-spell' : 'current-spell',
    }),
  );
}

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
  const marked = recordMemberStatus(context, {
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
  return inTransaction(
    connection,
    (): Result<WelfareClaim> => {
      const earlier = findClaimIdByRequest(connection, input.requestId);
      if (earlier !== undefined) {
        const claim = loadClaim(connection, earlier);
        return claim && claim.memberId === input.memberId ? success(claim) : failure('request-reused', 'requestId');
      }
      const decided = decide(connection, input, clock.today());
      if (!decided.ok) return decided;
      const refusal = decided.value.refusal;
      if (refusal && invalidClaims.has(refusal.code)) return failure(refusal.code, refusal.field, refusal.params);
      const type = findWelfareType(connection, input.typeId);
      const death = recordDeath(context, input, type?.category ?? '');
      if (!death.ok) return death;
      const now = clock.now();
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
      appendAudit(connection, {
        at: now,
        actor: actorName(context),
        method: 'welfare.recordClaim',
        entity: 'welfare_claim',
        entityId: id,
        after: { ...input, amountSatang: decided.value.amountSatang },
      });
      const claim = loadClaim(connection, id);
      if (!claim) throw new Error('claim not stored');
      return success(claim);
    },
    (result) => result.ok,
  );
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
  return inTransaction(
    connection,
    (): Result<WelfareClaim> => {
      const row = findClaim(connection, input.claimId);
      if (!row) return failure('claim-not-found', 'claimId');
      if (row.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: row.state });
      const decided = decide(connection, claimInputOf(row, input.documentsReceived), clock.today(), undefined, row.id);
      if (!decided.ok) return decided;
      const now = clock.now();
      updateClaimDecision(connection, {
        id: row.id,
        documents_json: JSON.stringify(input.documentsReceived),
        decision_json: JSON.stringify(decided.value),
        computed_satang: decided.value.amountSatang,
        units_paid: decided.value.unitsPaid,
        updated_at: now,
      });
      appendAudit(connection, {
        at: now,
        actor: actorName(context),
        method: 'welfare.recheckClaim',
        entity: 'welfare_claim',
        entityId: row.id,
        before: { amountSatang: row.computed_satang, documents: JSON.parse(row.documents_json) as unknown },
        after: { amountSatang: decided.value.amountSatang, documents: input.documentsReceived },
      });
      const claim = loadClaim(connection, row.id);
      if (!claim) throw new Error('claim vanished');
      return success(claim);
    },
    (result) => result.ok,
  );
}

/** Moves a claim along inside the caller's transaction: the committee's decision, then the payment. */
export function moveClaim(
  context: UseCaseContext,
  row: WelfareClaimsTable,
  method: string,
  changed: Partial<WelfareClaimsTable>,
): WelfareClaim {
  const { connection, clock } = context;
  const now = clock.now();
  const next = { ...row, ...changed };
  updateClaimState(connection, {
    id: row.id,
    state: next.state,
    decision_ref: next.decision_ref,
    rejection_reason: next.rejection_reason,
    voucher_id: next.voucher_id,
    updated_at: now,
  });
  appendAudit(connection, {
    at: now,
    actor: actorName(context),
    method,
    entity: 'welfare_claim',
    entityId: row.id,
    before: { state: row.state },
    after: changed,
  });
  const after = loadClaim(connection, row.id);
  if (!after) throw new Error('claim vanished');
  return after;
}

function decideByCommittee(
  context: UseCaseContext,
  claimId: number,
  method: string,
  change: (row: WelfareClaimsTable) => Result<Partial<WelfareClaimsTable>>,
): Result<WelfareClaim> {
  return inTransaction(
    context.connection,
    (): Result<WelfareClaim> => {
      const row = findClaim(context.connection, claimId);
      if (!row) return failure('claim-not-found', 'claimId');
      const changed = change(row);
      return changed.ok ? success(moveClaim(context, row, method, changed.value)) : changed;
    },
    (result) => result.ok,
  );
}

/** The committee approves an eligible claim with its meeting reference (Decision 11: the explanation was shown first). */
export function approveClaim(context: UseCaseContext, input: { claimId: number; meetingRef: string }): Result<WelfareClaim> {
  return decideByCommittee(context, input.claimId, 'welfare.approveClaim', (row) => {
    if (row.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: row.state });
    if (row.computed_satang === 0) return failure('claim-not-eligible', 'claimId');
    return success({ state: 'approved', decision_ref: input.meetingRef });
  });
}

export function rejectClaim(context: UseCaseContext, input: { claimId: number; reason: string }): Result<WelfareClaim> {
  return decideByCommittee(context, input.claimId, 'welfare.rejectClaim', (row) => {
    if (row.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: row.state });
    return success({ state: 'rejected', rejection_reason: input.reason });
  });
}

export function getClaim(context: UseCaseContext, claimId: number): Result<WelfareClaim> {
  const claim = loadClaim(context.connection, claimId);
  return claim ? success(claim) : failure('claim-not-found', 'claimId');
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
