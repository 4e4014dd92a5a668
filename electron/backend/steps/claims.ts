import type { z } from 'zod';
import type { WelfareClaim } from '../../../shared/api/fund-types';
import type { claimInput } from '../../../shared/api/welfare-schemas';
import { addMonths, periodOfDate } from '../../../shared/domain/calendar-date';
import { memberArrears, paidDays } from '../../../shared/domain/contributions/periods';
import { failure, success, type Result } from '../../../shared/domain/result';
import { decideClaim, type Decision } from '../../../shared/domain/welfare/decide-claim';
import type { BenefitRuleVersion } from '../../../shared/domain/welfare/rules';
import type { Connection } from '../db/execute';
import { listDependents } from '../db/repositories/dependent-repository';
import { readFund } from '../db/repositories/fund-repository';
import { firstPaymentBetween, periodsPaidAfter } from '../db/repositories/receipt-repository';
import { claimPayments, findClaimReversal } from '../db/repositories/welfare-payment-repository';
import {
  findClaim,
  findWelfareType,
  listRuleVersions,
  memberClaimsOfType,
  updateClaimState,
  type ClaimRecord,
} from '../db/repositories/welfare-repository';
import type { FundTable, WelfareClaimsTable } from '../db/schema';
import type { UseCaseContext } from '../use-cases/use-case-context';
import { loadMemberFacts } from './member-facts';

type ClaimInput = z.output<z.ZodObject<typeof claimInput>>;

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

/** A claim as the API shows it, or the refusal that names the field. */
export function claimResult(connection: Connection, claimId: number): Result<WelfareClaim> {
  const claim = loadClaim(connection, claimId);
  return claim ? success(claim) : failure('claim-not-found', 'claimId');
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

/** Moves a claim along inside the call's transaction: the committee's decision, then the payment. */
export function moveClaim(context: UseCaseContext, row: WelfareClaimsTable, changed: Partial<WelfareClaimsTable>): Result<WelfareClaim> {
  const { connection } = context;
  const next = { ...row, ...changed };
  updateClaimState(connection, {
    id: row.id,
    state: next.state,
    decision_ref: next.decision_ref,
    rejection_reason: next.rejection_reason,
    voucher_id: next.voucher_id,
    updated_at: context.call.at,
  });
  context.audit({ entity: 'welfare_claim', entityId: row.id, before: { state: row.state }, after: changed });
  return claimResult(connection, row.id);
}
