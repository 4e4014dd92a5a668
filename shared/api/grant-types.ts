import type { GrantSource, GrantStatus } from '../domain/grants/grants';
import type { ProposalCriteria } from '../domain/matching/proposal';
import type { MatchingEligibility } from './report-types';

export type { GrantSource, GrantStatus };

/** One step of a grant's status, as the register shows its history. */
export type GrantStatusChange = { status: GrantStatus; changedOn: string; note: string; actor: string; at: string };

/** A government matching round as it is recorded: its number, the cut-off year it counted members at. */
export type GrantRound = { roundNo: number; cutoffYear: number; membersCounted: number };

/** An external grant of the register (domain §(b) ExternalGrant). */
export type Grant = {
  id: number;
  uuid: string;
  source: GrantSource;
  /** The §10 receipts line it is booked to (1200 CODI seed, 1300 government matching, 1400, 1500). */
  sourceAccountCode: string;
  subject: string;
  reference: string;
  approvingBody: string;
  requestedOn: string | null;
  approvedOn: string | null;
  amountRequestedSatang: number | null;
  amountApprovedSatang: number | null;
  status: GrantStatus;
  receivedOn: string | null;
  receivedSatang: number | null;
  /** The money account it was received into, and its journal entry's number. */
  accountCode: string | null;
  journalEntryNo: string | null;
  round: GrantRound | null;
  /** A received grant taken back by a dated reversal: its date, reason and reversing entry's number. */
  reversal: GrantReversal | null;
  version: number;
  history: GrantStatusChange[];
};

export type GrantReversal = { reversedOn: string; reason: string; journalEntryNo: string };

/** A government matching round: of a grant in the register, or a past one entered for a fund matched before the app. */
export type MatchingRound = {
  id: number;
  uuid: string;
  roundNo: number;
  cutoffYear: number;
  cutoff: string;
  grantId: number | null;
  grantStatus: GrantStatus | null;
  /** A past round's amount, or the grant's (received, else approved, else requested); null while unknown. */
  amountSatang: number | null;
  membersCounted: number;
  /** How many of the members counted the fund knows by name (every one for a round of the register). */
  membersKnown: number;
  cancelled: boolean;
};

export type MatchingRoundMember = { memberId: number; memberNo: string; fullName: string; moo: number | null; village: string };

export type MatchingRoundDetail = MatchingRound & { members: MatchingRoundMember[]; total: number; offset: number };

export type GrantRegister = { grants: Grant[]; rounds: MatchingRound[] };

/** The matching-grant proposal (domain §(a)3) as it is filled from the data. */
export type MatchingProposal = {
  preparedOn: string;
  year: number;
  /** The next round's number: one after the last recorded. */
  roundNo: number;
  eligibility: Omit<MatchingEligibility, 'rows' | 'offset'>;
  currentMembers: number;
  criteria: ProposalCriteria;
  welfareTypes: { nameTh: string; nameEn: string; persons: number; amountSatang: number }[];
  welfareTotal: { persons: number; amountSatang: number };
  ratePerMemberSatang: number;
  amountAskedSatang: number;
  pastRounds: MatchingRound[];
  pastRoundsTotalSatang: number;
};
