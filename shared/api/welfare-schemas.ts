import { z } from 'zod';
import {
  isoDate,
  moneyAccountCode,
  optionalText,
  plainText,
  positiveSatang,
  requestId,
  requiredNote,
  requiredText,
} from './common-schemas';

/** The shape of a bylaw rule version (shared/domain/welfare/rules.ts); its numbers are judged by checkRuleVersions. */
const count = z.int().min(0).max(100_000);
const tier = z.strictObject({
  fromYears: count,
  amountSatang: z.int({ message: 'not-whole-satang' }).min(0),
  extraPerYear: z.strictObject({ amountSatang: positiveSatang, beyondYears: count }).nullable().optional(),
});
const amount = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('per-event'), amountSatang: positiveSatang }),
  z.strictObject({
    kind: z.literal('per-unit'),
    unit: z.enum(['night', 'day']),
    perUnitSatang: positiveSatang,
    maxUnitsPerEvent: count.nullable().optional(),
    maxAmountPerEventSatang: positiveSatang.nullable().optional(),
  }),
  z.strictObject({ kind: z.literal('by-membership-years'), tiers: z.array(tier).min(1).max(30) }),
]);

export const ruleVersionInput = z.strictObject({
  effectiveFrom: isoDate,
  clause: optionalText(100).nullable(),
  effectiveTo: isoDate.nullable().optional(),
  waitingDays: count,
  waitingFrom: z.enum(['approval', 'application', 'first-payment', 'paid-days']).nullable().optional(),
  minMembershipYears: count.nullable().optional(),
  ageMin: count.nullable().optional(),
  ageMax: count.nullable().optional(),
  gender: z.enum(['male', 'female']).nullable().optional(),
  maxArrearsMonths: count.nullable().optional(),
  amount,
  yearlyCap: z
    .strictObject({
      count: count.nullable().optional(),
      units: count.nullable().optional(),
      amountSatang: positiveSatang.nullable().optional(),
    })
    .nullable()
    .optional(),
  lifetimeCap: z
    .strictObject({ count: count.nullable().optional(), amountSatang: positiveSatang.nullable().optional() })
    .nullable()
    .optional(),
  recipients: z
    .array(z.enum(['member', 'dependent', 'beneficiary', 'non-member']))
    .min(1)
    .max(4),
  requiredDocuments: z
    .array(z.strictObject({ key: z.string().min(1).max(40), nameTh: requiredText(120), nameEn: requiredText(120) }))
    .max(20)
    .default([]),
});

export const claimInput = {
  typeId: z.int().min(1),
  memberId: z.int().min(1),
  eventDate: isoDate,
  units: z.int().nullable().optional(),
  recipient: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('member') }),
    z.strictObject({ kind: z.literal('dependent'), dependentId: z.int().min(1) }),
    z.strictObject({ kind: z.literal('beneficiary') }),
  ]),
  documentsReceived: z.array(z.string().min(1).max(40)).max(20).optional(),
};

/**
 * Recording a claim. An ineligible claim is refused (`claim-ineligible`, with the engine's reason) unless
 * `recordIneligible` says to keep it on file anyway, for the committee's record (pending, paying nothing).
 */
export const recordClaimInput = z.strictObject({ ...claimInput, requestId, recordIneligible: z.boolean().default(false) });

/** The welfare register's filters (all optional): event period, type, village, member, state. */
export const claimFilter = z.strictObject({
  query: z.string().trim().max(80).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  typeId: z.int().min(1).optional(),
  /** A village of the register (0: members with none). */
  villageId: z.int().min(0).optional(),
  memberId: z.int().min(1).optional(),
  state: z.enum(['pending', 'approved', 'rejected', 'paid', 'reversed']).optional(),
});

/** Paying an approved claim: the payee is named only when no registered beneficiaries receive it. */
export const payClaimInput = z.strictObject({
  claimId: z.int().min(1),
  requestId,
  paidOn: isoDate,
  payeeName: plainText(120),
  payeeAddress: plainText(300),
  /** The money account the payment leaves from: cash in hand or a registered bank account. */
  accountCode: moneyAccountCode,
});

export const reverseClaimInput = z.strictObject({
  claimId: z.int().min(1),
  requestId,
  reversedOn: isoDate,
  reason: requiredNote(300),
});

/** A what-if: one welfare type judged for every member on one date (a job; nothing written). */
export const whatIfInput = z.strictObject({
  typeId: z.int().min(1),
  eventDate: isoDate,
  recipient: z.enum(['member', 'beneficiary']).default('member'),
  units: z.int().min(1).max(366).nullable().optional(),
  /** A proposed amendment, not saved: every member is judged as if it were in force on the date. */
  draft: ruleVersionInput.optional(),
});
