import type { z } from 'zod';
import type { WelfareClaim } from '../../../shared/api/fund-types';
import type { claimInput } from '../../../shared/api/welfare-schemas';
import { addMonths, periodOfDate } from '../../../shared/domain/calendar-date';
import { duesFactsAsOf } from '../../../shared/domain/contributions/arrears';
import { memberArrears, paidDays } from '../../../shared/domain/contributions/periods';
import { failure, success, type Result } from '../../../shared/domain/result';
import { decideClaim, type Decision } from '../../../shared/domain/welfare/decide-claim';
import { spellsOf } from '../../../shared/domain/members/spells';
import type { BenefitRuleVersion } from '../../../shared/domain/welfare/rules';
import type { Connection } from '../db/execute';
import { listDependents } from '../db/repositories/dependent-repository';
import { fundDues, readFund, type FundSettings } from '../db/repositories/fund-repository';
import { firstPaymentBetween } from '../db/repositories/receipt-repository';
import { firstHistoryPaymentBetween, memberWelfareHistory } from '../db/repositories/history-repository';
import { claimPayments, findClaimReversal } from '../db/repositories/welfare-payment-repository';
import { findClaim, memberClaimsOfType, updateClaimState, type ClaimProgress, type ClaimRecord } from '../db/repositories/claim-repository';
import { findWelfareType, listRuleVersions } from '../db/repositories/welfare-repository';
import type { UseCaseContext } from '../use-cases/use-case-context';
import { settlementPreview } from './death-settlement';
import { loadMemberHistory } from './member-facts';
import { voidedMember } from './member-voided';

type ClaimInput = z.output<z.ZodObject<typeof claimInput>>;

/**
 * A claim as the API shows it, as of `today`. A member's own death not yet paid also shows how it would be
 * settled today (issue 14: the committee sees the payee to be named and the net before approving), its lines
 * after the engine's.
 */
export function claimView(connection: Connection, claim: ClaimRecord, today: string): WelfareClaim {
  const reversal = claim.isReversed ? findClaimReversal(connection, claim.id) : undefined;
  const isUnsettled = (claim.state === 'pending' || claim.state === 'approved') && claim.decision.eligible;
  const settlement = isUnsettled ? settlementPreview(connection, readFund(connection), claim, today) : undefined;
  const decision = settlement ? { ...claim.decision, lines: [...claim.decision.lines, ...settlement.lines] } : claim.decision;
  return {
    id: claim.id,
    claimNo: claim.claimNo ?? '',
    typeId: claim.typeId,
    typeName: { th: claim.typeNameTh, en: claim.typeNameEn },
    category: claim.category,
    memberId: claim.memberId,
    member: { memberNo: claim.memberNo, name: claim.memberName, village: claim.village, moo: claim.moo },
    eventDate: claim.eventDate,
    units: claim.units,
    recipientKind: claim.recipientKind,
    dependentId: claim.dependentId,
    decision,
    amountSatang: claim.amountSatang,
    state: claim.state,
    decisionRef: claim.decisionRef,
    rejectionReason: claim.rejectionReason,
    voucherId: claim.voucherId,
    documentsReceived: claim.documentsReceived,
    payments: claimPayments(connection, claim.id).map((payment) => ({
      voucherId: payment.voucherId,
      voucherNo: payment.voucherNo,
      paidOn: payment.paidOn,
      payeeName: payment.payeeName,
      share: payment.share,
      grossSatang: payment.grossSatang,
      deductedSatang: payment.deductedSatang,
      netSatang: payment.grossSatang - payment.deductedSatang,
      arrearsReceiptNo: payment.receiptNo,
    })),
    reversal: reversal ? { reversedOn: reversal.reversedOn, reason: reversal.reason } : null,
    settlement: settlement ?? null,
  };
}

export function loadClaim(connection: Connection, claimId: number, today: string): WelfareClaim | undefined {
  const claim = findClaim(connection, claimId);
  return claim && claimView(connection, claim, today);
}

/** A claim as the API shows it, or the refusal that names the field. */
export function claimResult(connection: Connection, claimId: number, today: string): Result<WelfareClaim> {
  const claim = loadClaim(connection, claimId, today);
  return claim ? success(claim) : failure('claim-not-found', 'claimId');
}

/** What a claim of a type is judged against, the same for every member: read once for a what-if over the fund. */
export type TypeFacts = { fund: FundSettings; versions: BenefitRuleVersion[] };

export function typeFacts(connection: Connection, typeId: number): TypeFacts | undefined {
  if (!findWelfareType(connection, typeId)) return undefined;
  return { fund: readFund(connection), versions: listRuleVersions(connection, typeId) };
}

/**
 * Everything the engine needs, as of the event date (Decision 7), read in one place: the member's spells as they
 * stood then, the arrears on that date by the same pure function as the statement and the arrears list
 * (receipts received by then count, and so does a receipt voided only later; a later catch-up payment does not
 * make an event eligible after the fact), and the member's earlier claims of the type that still count (not
 * rejected, not reversed).
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
  const loaded = loadMemberHistory(connection, input.memberId);
  if (!loaded) return failure('member-not-found', 'memberId');
  if (loaded.member.void) return voidedMember(loaded.member);
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
    .filter((claim) => claim.state !== 'rejected' && !claim.isReversed && claim.id !== exceptClaimId)
    .map((claim) => ({
      eventDate: claim.eventDate,
      units: claim.unitsPaid,
      amountSatang: claim.amountSatang,
      recipientId: claim.dependentId === null ? null : String(claim.dependentId),
    }));
  // Payments from before the opening date (memo history, Decision 10) count toward the caps from day one.
  const history = memberWelfareHistory(connection, input.memberId, input.typeId).map((payment) => ({
    eventDate: payment.eventDate,
    units: payment.units ?? 0,
    amountSatang: payment.amountSatang,
    recipientId: null,
    fromHistory: true,
  }));
  const factsOnEventDate = duesFactsAsOf(loaded.history, fundDues(fund), input.eventDate);
  // The spells as they stood on the event date, the approval included even when it came later (the engine then
  // refuses the claim, naming the day membership began).
  const spells = spellsOf(
    loaded.member.approvedOn,
    loaded.events.filter((event) => event.effectiveOn <= input.eventDate),
  );
  // The spell the event falls in: where a waiting period that starts at the first payment, or counts paid days, looks.
  const spell = spells.find(
    (candidate) => candidate.start <= input.eventDate && (candidate.end === null || input.eventDate <= candidate.end),
  );
  return success(
    decideClaim({
      versions,
      claim: { eventDate: input.eventDate, units: input.units ?? null, recipient, documentsReceived: input.documentsReceived ?? null },
      member: {
        spells,
        birthDate: loaded.member.birthDate,
        gender: loaded.member.gender,
        arrearsMonths: memberArrears(factsOnEventDate, input.eventDate).count,
        appliedOn: loaded.member.appliedOn,
        firstPaymentOn: spell ? firstPaymentOn(connection, input.memberId, spell.start, input.eventDate) : null,
        paidDays: spell ? paidDays(factsOnEventDate, periodOfDate(spell.start), addMonths(periodOfDate(input.eventDate), 60)) : 0,
      },
      earlierClaims: [...history, ...earlier],
      fiscalYearStartMonth: fund.fiscalYearStartMonth,
      asOf: today,
      membershipCounting: fund.membershipCounting,
    }),
  );
}

/** The first payment in a spell up to the event: a receipt, or a payment from before the opening date (memo history). */
function firstPaymentOn(connection: Connection, memberId: number, from: string, to: string): string | null {
  const dates = [firstPaymentBetween(connection, memberId, from, to), firstHistoryPaymentBetween(connection, memberId, from, to)];
  return dates.filter((date): date is string => date !== null).sort()[0] ?? null;
}

/** Moves a claim along inside the call's transaction: the committee's decision, then the payment. */
export function moveClaim(context: UseCaseContext, claim: ClaimRecord, changed: Partial<ClaimProgress>): Result<WelfareClaim> {
  const { connection } = context;
  const next = { ...claim, ...changed };
  updateClaimState(connection, {
    id: claim.id,
    state: next.state,
    decisionRef: next.decisionRef,
    decisionResolutionId: next.decisionResolutionId,
    rejectionReason: next.rejectionReason,
    voucherId: next.voucherId,
    updatedAt: context.call.at,
  });
  context.audit({ entity: 'welfare_claim', entityId: claim.id, before: { state: claim.state }, after: changed });
  return claimResult(connection, claim.id, context.clock.today());
}
