import type { CalendarDate } from '../domain/calendar-date';
import type { MemberCategory } from '../domain/members/member-categories';
import type { YearCounts } from '../domain/members/member-summary';

export type { YearCounts };

/** Cumulative (everyone approved by the day, since founding) and current (a member on the day) counts. */
export type MemberCounts = { cumulative: number; current: number };

/** A village's line of the member summary; `villageId` null gathers members with no village in the register. */
export type VillageCounts = MemberCounts & {
  villageId: number | null;
  code: string | null;
  moo: number | null;
  name: string;
  households: number | null;
  population: number | null;
};

/**
 * The member summary as of a day (issue 16 §5; status form §3.1, §3.3, §3.4): founding, cumulative and current
 * members, by category and by village, and who joined and left in each fiscal year. Voided registrations count
 * nowhere.
 */
export type MemberSummary = {
  asOf: CalendarDate;
  foundedOn: CalendarDate;
  /** Members approved on the fund's founding date: the founding meeting's members (สมาชิกแรกตั้ง). */
  founding: number;
  totals: MemberCounts;
  byCategory: (MemberCounts & { category: MemberCategory })[];
  byVillage: VillageCounts[];
  /** Status form §3.4: villages of the register with a current member, out of all villages in the register. */
  villages: { withMembers: number; inRegister: number };
  /** Population of the register's villages where known (status form §3.1), null when none is known. */
  population: number | null;
  /**
   * Each fiscal year from founding to the day (named by the C.E. year it ends in, Decision 4): new members,
   * members reinstated or rejoining, and spells ended (resigned, died, lapsed); what they add up to is `current`.
   */
  byFiscalYear: YearCounts[];
};
