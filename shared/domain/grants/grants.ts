import { accountCodes } from '../ledger/chart-of-accounts';

/**
 * Where an external grant comes from (domain §(b) ExternalGrant; Decision 15): CODI's seed money, the
 * government's matching money paid through CODI (by round), local government, or another government agency.
 * Gifts from people and firms are donations (income), not grants.
 */
export const grantSources = ['codi-seed', 'government-matching', 'local-government', 'other-government'] as const;
export type GrantSource = (typeof grantSources)[number];

/** Reversed: a received grant whose entry was reversed (its money taken back out by a dated reversal, Decision 13). */
export const grantStatuses = ['draft', 'in-process', 'received', 'cancelled', 'reversed'] as const;
export type GrantStatus = (typeof grantStatuses)[number];

/** The §10 receipts line (ledger account) a grant of each source is booked to when it is received. */
export const grantAccounts: Readonly<Record<GrantSource, string>> = {
  'codi-seed': accountCodes.codiSeed,
  'government-matching': accountCodes.governmentMatching,
  'local-government': accountCodes.localGovernment,
  'other-government': accountCodes.otherGovernment,
};

/**
 * The steps a grant's status may take by hand: a draft is sent (in process) or dropped (cancelled); a grant in
 * process may be noted again (its approval) or cancelled. Received is reached only by receiving the money, and
 * a received or cancelled grant takes no more steps (a received one is posted money: reversal only).
 */
export function canMoveTo(from: GrantStatus, to: GrantStatus): boolean {
  if (to === 'in-process') return from === 'draft' || from === 'in-process';
  if (to === 'cancelled') return from === 'draft' || from === 'in-process';
  return false;
}

/** A grant can be received until it is received or cancelled. */
export function canReceive(status: GrantStatus): boolean {
  return status === 'draft' || status === 'in-process';
}

/** Only a received grant is posted money that a reversal can take back, and only once. */
export function canReverse(status: GrantStatus): boolean {
  return status === 'received';
}

/** Its subject, reference and requested amount are the treasurer's own words until the money arrives or it is dropped. */
export function canEdit(status: GrantStatus): boolean {
  return status === 'draft' || status === 'in-process';
}
