import type { SettlementPreview } from '../../../shared/api/fund-types';
import { memberArrears } from '../../../shared/domain/contributions/periods';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { ExplanationLine } from '../../../shared/domain/welfare/decide-claim';
import { isMemberDeath, settlePayout, type Payee } from '../../../shared/domain/welfare/settle-payout';
import type { Connection } from '../db/execute';
import { fundDues, type FundSettings } from '../db/repositories/fund-repository';
import { loadMemberFacts, type MemberFacts } from './member-facts';
import type { PlannedPayment } from './payment-plan';
import { planForMember } from './receipts';

/**
 * How a benefit is settled (Decision 11), shared by paying a claim and by showing the committee, before it
 * approves, what the family will receive: the payees (the registered beneficiaries of a member's own death, or
 * the payee the committee names) and the member's overdue months at death kept back.
 */

/** The overdue months kept back, priced, with the payment that covers them (posted as a receipt when paying). */
export type Arrears = { periods: string[]; amountSatang: number; plan: PlannedPayment };

type ClaimKind = { category: string; recipientKind: string };

/** The registered beneficiaries receive the member's own death benefit; otherwise the named payee (Decision 11). */
export function payeesOf(
  claim: ClaimKind,
  beneficiaries: readonly { fullName: string; share: number }[],
  payeeName: string,
): { payees: Payee[]; fromBeneficiaries: boolean } {
  if (isMemberDeath(claim.category, claim.recipientKind) && beneficiaries.length > 0) {
    return {
      payees: beneficiaries.map((beneficiary) => ({ name: beneficiary.fullName, share: beneficiary.share })),
      fromBeneficiaries: true,
    };
  }
  return { payees: payeeName === '' ? [] : [{ name: payeeName, share: 1 }], fromBeneficiaries: false };
}

/**
 * The member's overdue months at death, priced by the plan in force on the payment date (Decision 11: deducted
 * from the benefit when the fund's setting is on). Other welfare pays in full.
 */
export function arrearsAtDeath(
  connection: Connection,
  fund: FundSettings,
  claim: ClaimKind & { eventDate: string },
  loaded: MemberFacts,
  paidOn: string,
  today: string,
): Result<Arrears | null> {
  if (!isMemberDeath(claim.category, claim.recipientKind) || !fund.deductArrearsAtDeath) return success(null);
  const periods = memberArrears(loaded.facts, claim.eventDate).overdue;
  if (periods.length === 0) return success(null);
  const planned = planForMember(connection, fund, loaded, { receivedOn: paidOn, periods, includeEntryFee: false }, today);
  if (!planned.ok) return failure(planned.error.code, 'paidOn', planned.error.params);
  return success({ periods: planned.value.periods, amountSatang: planned.value.totalSatang, plan: planned.value });
}

/**
 * What paying a member's own death benefit today would hand the family, for the committee before it approves
 * (issue 14): the payee still to be named when no beneficiary is registered (a condition to settle), and the net
 * after the arrears kept back, priced as of today (the payment date prices it again). Undefined for any other
 * claim. Its lines follow the engine's explanation wherever the claim is shown.
 */
export function settlementPreview(
  connection: Connection,
  fund: FundSettings,
  claim: ClaimKind & { memberId: number; eventDate: string; amountSatang: number },
  today: string,
): SettlementPreview | undefined {
  if (!isMemberDeath(claim.category, claim.recipientKind) || claim.amountSatang <= 0) return undefined;
  const loaded = loadMemberFacts(connection, claim.memberId, fundDues(fund));
  if (!loaded) return undefined;
  const { payees, fromBeneficiaries } = payeesOf(claim, loaded.member.beneficiaries, '');
  const lines: ExplanationLine[] = fromBeneficiaries ? [] : [{ code: 'welfare.payee-to-name', params: {} }];
  const arrears = arrearsAtDeath(connection, fund, claim, loaded, today, today);
  const kept = arrears.ok ? arrears.value : null;
  const deductedSatang = kept?.amountSatang ?? 0;
  const preview = {
    grossSatang: claim.amountSatang,
    deductedSatang,
    arrearsPeriods: kept?.periods ?? [],
    payeeToBeNamed: !fromBeneficiaries,
  };
  // The committee names the payee: the net is the same whoever it is, so one payee stands in for the split.
  const settled = settlePayout({
    grossSatang: claim.amountSatang,
    payees: fromBeneficiaries ? payees : [{ name: '', share: 1 }],
    arrears: kept,
  });
  if (!settled.ok) {
    lines.push({ code: 'welfare.arrears-exceed-benefit', params: { arrears: deductedSatang, benefit: claim.amountSatang }, passed: false });
    return { ...preview, netSatang: claim.amountSatang - deductedSatang, lines };
  }
  return { ...preview, netSatang: settled.value.netSatang, lines: [...lines, ...settled.value.lines] };
}
