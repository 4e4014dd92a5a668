import type { CommitteePosition, CommunityRole } from '../domain/committee/committee';
import type { VillagePlace } from './fund-types';
import type { StatusFormAnswersOf } from './status-form-schemas';

/** The fund's bylaw setting on who may sit on the committee (issue 17 §1). */
export type CommitteeSettings = { seatsMustBeMembers: boolean };

/** A seat as the committee page and the papers show it. */
export type CommitteeSeat = {
  id: number;
  uuid: string;
  termId: number;
  /** The member holding the seat; null for an outsider. */
  memberId: number | null;
  memberNo: string | null;
  /** The member's name from the register, or the outsider's as typed. */
  fullName: string;
  position: CommitteePosition;
  communityRole: CommunityRole;
  village: VillagePlace | null;
  roleNote: string;
  phone: string;
  startsOn: string;
  /** The seat's own end; null: it runs to the end of the term. */
  endsOn: string | null;
  endReason: string;
  version: number;
};

export type CommitteeTerm = {
  id: number;
  uuid: string;
  termNo: number;
  startsOn: string;
  endsOn: string;
  appointedBy: string;
  /** The resolution that appointed the term, once meetings are on record; null until then. */
  appointedByResolutionId: number | null;
  /** Every seat the term has had, ended ones included, in the list's order. */
  seats: CommitteeSeat[];
};

/** The committee page: the setting, every term (newest first) and which one runs today. */
export type CommitteeOverview = {
  settings: CommitteeSettings;
  terms: CommitteeTerm[];
  currentTermId: number | null;
  today: string;
};

/**
 * A fiscal year's status form §8 read from the committee records: the term running on the year's last day reached
 * (or on the last day of the latest term within the year), its seats holding office that day, in the shape of
 * the typed answers. Null for a year without a term: the typed answers stand.
 */
export type CommitteeRecords = { day: string; termNo: number; answers: StatusFormAnswersOf<'committee'> };
