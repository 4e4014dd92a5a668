import type { LapseReason } from '../domain/members/lapses';
import type { ArrearsPlace } from './fund-types';

export type { LapseReason };

export type LapseSettings = { proposalMonths: number };

/** A member the committee is asked to consider: active on the day and at least the setting's months behind. */
export type LapseProposal = {
  memberId: number;
  memberNo: string;
  fullName: string;
  villageId: number | null;
  moo: number | null;
  village: string;
  arrearsMonths: number;
  /** What the overdue months cost at the plan in force on the day. */
  owedSatang: number;
  /** The day of her last receipt received on or before the day (not voided by then); null: none. */
  lastPaidOn: string | null;
};

/** The proposals as of a day, most behind first, with the villages of the whole list and the totals. */
export type LapseProposalList = {
  asOf: string;
  proposalMonths: number;
  rows: LapseProposal[];
  places: ArrearsPlace[];
  totals: { members: number; months: number; owedSatang: number };
};

/** The lapses recorded by one decision: the members as they now stand. */
export type RecordedLapses = { memberIds: number[]; effectiveOn: string; meetingRef: string };
