import type { AmountKind } from '../../../shared/api/fund-types';
import { ruleVersionAmounts, type BenefitRuleVersion } from '../../../shared/domain/welfare/rules';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { Connection } from '../db/execute';
import { readAmountCeilings } from '../db/repositories/ceiling-repository';

/**
 * An amount above the fund's ceiling for its kind is most likely a slip of the keyboard (36,500 typed for
 * 365.00): it is saved only when the person has looked at it again and confirmed (issue 14 §11). The refusal
 * names the field and says both amounts in baht, so the screen can ask "really?" in her words.
 */
export function checkAmountCeiling(
  connection: Connection,
  kind: AmountKind,
  amountSatang: number,
  isConfirmed: boolean,
  field: string,
): Result<void> {
  if (isConfirmed) return success(undefined);
  const ceilings = readAmountCeilings(connection);
  const ceiling = kind === 'payment' ? ceilings.paymentSatang : kind === 'payout' ? ceilings.payoutSatang : ceilings.grantSatang;
  if (amountSatang <= ceiling) return success(undefined);
  return failure('amount-needs-confirmation', field, { amount: amountSatang, ceiling, amountKind: kind });
}

/** A welfare rule's amounts are payouts: each above the payout ceiling needs the same confirmation. */
export function checkRuleAmounts(connection: Connection, version: BenefitRuleVersion, isConfirmed: boolean): Result<void> {
  for (const [amountSatang, field] of ruleVersionAmounts(version)) {
    const plausible = checkAmountCeiling(connection, 'payout', amountSatang, isConfirmed, `version.${field}`);
    if (!plausible.ok) return plausible;
  }
  return success(undefined);
}
