import type { CalendarDate } from '../domain/calendar-date';
import type { MemberCategory } from '../domain/members/member-categories';
import type { YearCounts } from '../domain/members/member-summary';
import type { StatusFormAnswersOf, StatusFormSection } from './status-form-schemas';
import type { CommitteeRecords } from './committee-types';

/** One section of the status form's questionnaire as kept for a fiscal year. */
export type StatusSectionRecord<S extends StatusFormSection = StatusFormSection> = {
  uuid: string;
  section: S;
  answers: StatusFormAnswersOf<S>;
  /** Starts at 1; a save names the version it read, so two screens never overwrite each other unseen. */
  version: number;
  updatedAt: string;
};

/**
 * A fiscal year's typed answers, section by section (null: not answered yet), and the years that have answers,
 * newest first, to copy from as a starting point. This is also the shape the status form's builder reads.
 */
export type StatusFormYear = {
  fiscalYear: number;
  sections: { [S in StatusFormSection]: StatusSectionRecord<S> | null };
  answeredYears: number[];
  /** §8 from the committee records when the fund has a term within the year; the typed §8 is the fallback. */
  committeeRecords: CommitteeRecords | null;
};

/** Persons helped and the amount paid, for one welfare type over a span of fiscal years. */
export type WelfareFigures = { persons: number; amountSatang: number };

/**
 * The welfare report (issue 16 §5; status form §5–6): every welfare type with its persons and amounts since
 * founding and in the chosen fiscal year, the totals, and the year's register of payments.
 */
export type WelfareReport = {
  fiscalYear: number;
  types: {
    typeId: number;
    code: string;
    category: string;
    nameTh: string;
    nameEn: string;
    cumulative: WelfareFigures;
    year: WelfareFigures;
  }[];
  /** Persons count once per type: a person helped by two types is two lines of the form, as CODI counts them. */
  totals: { cumulative: WelfareFigures; year: WelfareFigures };
  register: WelfareRegisterRow[];
};

/** One paid welfare claim in the register: when, which voucher, who, for what, how much. */
export type WelfareRegisterRow = {
  claimId: number;
  claimNo: string | null;
  paidOn: string;
  voucherNo: string;
  memberNo: string;
  memberName: string;
  /** The dependent helped, when the claim was for one (a child's school fees); null for the member. */
  dependentName: string | null;
  typeId: number;
  typeNameTh: string;
  typeNameEn: string;
  eventDate: string;
  amountSatang: number;
};

/** Where a member stands for a matching round (Decision 15), counted at the 30 September cut-off. */
export type MatchingStanding = 'eligible' | 'under-a-year' | 'matched-out';

export type MatchingCounts = { members: number; eligible: number; underAYear: number; matchedOut: number };

/**
 * The matching-eligibility list (Decision 15; domain §(a)3 4.2): the members at the cut-off, those with a full
 * year who were matched fewer than 3 times, counted in total, by village and by age band, and the eligible members
 * one page at a time.
 */
export type MatchingEligibility = {
  cutoff: string;
  counts: MatchingCounts;
  byVillage: ({ moo: number | null; village: string } & MatchingCounts)[];
  byAge: ({ band: 'child' | 'working-age' | 'elderly' } & MatchingCounts)[];
  rows: MatchingRow[];
  total: number;
  offset: number;
};

export type MatchingRow = {
  memberId: number;
  memberNo: string;
  fullName: string;
  moo: number | null;
  village: string;
  /** The start of the membership counted (the current spell's, unless the fund counts from the first). */
  memberSince: string;
  completedYears: number;
  timesMatched: number;
};

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

/** A line of the §10 financial position report: its key under `documents.section10.lines` and its amount. */
export type Section10Line = { key: string; amountSatang: number };

/** One group of §10 (รายรับ, รายได้, สินทรัพย์/เงินคงเหลือ, ค่าใช้จ่าย): its printed lines and their subtotal. */
export type Section10Group = { lines: Section10Line[]; subtotalSatang: number };

/**
 * The financial position report of the status form §10 (domain §(d)3), cumulative since founding as of a date.
 * Receipts side: รายรับ, รายได้ and the opening balances carried in ("ยอดยกมา"); payments side: money on hand with
 * welfare paid and investments, then expenses. The two totals are equal on any balanced ledger: `differenceSatang`
 * (receipts minus payments) is zero unless the books are broken, and the screen says so when it is not.
 */
export type Section10Report = {
  asOf: CalendarDate;
  receipts: Section10Group;
  income: Section10Group;
  openingSatang: number;
  receiptsTotalSatang: number;
  assets: Section10Group;
  expenses: Section10Group;
  paymentsTotalSatang: number;
  differenceSatang: number;
};

/** Money the fund holds on a day: cash in hand and all bank accounts. */
export type MoneyOnHand = { cashSatang: number; bankSatang: number; totalSatang: number };

/**
 * The receipts & payments statement (งบรายรับ‑รายจ่าย, domain §(d)3) for the days `from` … `to`: §10's lines for what
 * moved in the period only. Receipts: รายรับ, รายได้ and any opening balances recorded in the period; payments:
 * welfare to members, investments, community welfare with other uses (`payments`, keyed like §10's assets lines),
 * then expenses. `differenceSatang` (start + receipts − payments − end) is zero unless the books are broken.
 */
export type ReceiptsPaymentsReport = {
  from: CalendarDate;
  to: CalendarDate;
  moneyAtStart: MoneyOnHand;
  receipts: Section10Group;
  income: Section10Group;
  openingSatang: number;
  receiptsTotalSatang: number;
  payments: Section10Group;
  expenses: Section10Group;
  paymentsTotalSatang: number;
  moneyAtEnd: MoneyOnHand;
  differenceSatang: number;
};
