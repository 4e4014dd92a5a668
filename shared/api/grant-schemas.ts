import { z } from 'zod';
import { grantSources } from '../domain/grants/grants';
import {
  id,
  isoDate,
  largeAmountConfirmation,
  moneyAccountCode,
  page,
  plainNote,
  plainText,
  positiveSatang,
  requestId,
  requiredNote,
  requiredText,
} from './common-schemas';
import { fiscalYear } from './status-form-schemas';

/** A government matching round: its number (รอบที่) and the year of the 30 September cut-off it counted members at. */
const round = z.strictObject({ roundNo: z.int().min(1).max(99), cutoffYear: fiscalYear });

/** A new grant of the register; a government matching grant names its round, others do not. */
export const addGrantInput = z.strictObject({
  source: z.enum(grantSources),
  subject: requiredText(200),
  reference: plainText(120),
  approvingBody: plainText(200),
  requestedOn: isoDate.nullable().default(null),
  amountRequestedSatang: positiveSatang.nullable().default(null),
  round: round.nullable().default(null),
  note: plainNote(),
});

/** A step of a grant's status by hand: sent (in process, with its approval when known) or cancelled. */
export const advanceGrantInput = z.strictObject({
  grantId: id,
  expectedVersion: z.int().min(1),
  status: z.enum(['in-process', 'cancelled']),
  changedOn: isoDate,
  approvedOn: isoDate.nullable().default(null),
  amountApprovedSatang: positiveSatang.nullable().default(null),
  note: plainNote(),
});

/** The grant's money arrives: one entry into the money account the treasurer names. */
export const receiveGrantInput = z.strictObject({
  requestId,
  grantId: id,
  receivedOn: isoDate,
  amountSatang: positiveSatang,
  accountCode: moneyAccountCode,
  note: plainNote(),
  ...largeAmountConfirmation,
});

/** A received grant taken back by a dated reversal with its reason (posted money: never edited, Decision 13). */
export const reverseGrantInput = z.strictObject({ requestId, grantId: id, reversedOn: isoDate, reason: requiredNote(300) });

/** A grant's own words while it is a draft or in process: its subject, reference and the amount asked for. */
export const editGrantInput = z.strictObject({
  grantId: id,
  expectedVersion: z.int().min(1),
  subject: requiredText(200),
  reference: plainText(120),
  amountRequestedSatang: positiveSatang.nullable().default(null),
});

/** A round the fund was matched in before it used the app: its money is in the opening balances, so nothing posts. */
export const addPastRoundInput = z.strictObject({
  roundNo: z.int().min(1).max(99),
  cutoffYear: fiscalYear,
  amountSatang: positiveSatang,
  membersCounted: z.int().min(1).max(1_000_000),
  /** The members it counted, where the fund knows them (their number must then be the count). */
  memberIds: z.array(id).max(100_000).default([]),
});

export const roundInput = z.strictObject({ roundId: id, ...page });
export const proposalInput = z.strictObject({ year: fiscalYear.optional() });
