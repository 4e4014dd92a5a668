import type { BackupKind } from '../domain/backups/rotation';
import type { CalendarDate, Period } from '../domain/calendar-date';
import type { MessageParams } from './api-result';
import type { RuleBylaw } from './bylaw-types';
import type { Decision, ExplanationLine } from '../domain/welfare/decide-claim';
import type { BenefitRuleVersion } from '../domain/welfare/rules';
import type { MemberSpell, MemberStatus, StatusEvent } from '../domain/members/spells';
import type { StoredMemberCategory } from '../domain/members/member-categories';
import type { MemberConsent } from './privacy-types';

// The member's status, events and spells are the domain's own shapes (the rules in shared/domain use them).
export type { MemberSpell, MemberStatus, StatusEvent, StatusEventKind } from '../domain/members/spells';

/** Text stored as a code and parameters, translated where it is shown (A5): `descriptions.<code>`. */
export type Explanation = { code: string; params: MessageParams };

/** Output shapes of the fund contract: plain data, money in integer satang, dates as ISO text. */

export type FundLevel = 'tambon' | 'municipality' | 'district';

export type FundProfile = {
  uuid: string;
  name: string;
  fundCode: string;
  isCodeProvisional: boolean;
  level: FundLevel;
  provinceCode: string;
  provinceName: string;
  districtCode: string;
  districtName: string;
  subdistrictCode: string;
  subdistrictName: string;
  address: string;
  postcode: string;
  foundedOn: CalendarDate;
  openedOn: CalendarDate;
  fiscalYearStartMonth: number;
  receiptPrefix: string;
  version: number;
};

/**
 * Plausibility ceilings per kind of amount (issue 14 §11): a typed amount above one is saved only when the person
 * confirms it (the write carries `isLargeAmountConfirmed`). Grants are received later; their ceiling waits here.
 */
export type AmountCeilings = { paymentSatang: number; payoutSatang: number; grantSatang: number };
export type AmountKind = 'payment' | 'payout' | 'grant';

export type PlanBundle = { months: number; priceSatang: number };
export type PlanRate = {
  id: number;
  effectiveFrom: CalendarDate;
  monthlySatang: number;
  entryFeeSatang: number;
  bundles: PlanBundle[];
  /** The first receipt priced by this rate; a used rate is fixed (null: still open to correction). */
  usedBy: string | null;
};

/**
 * What saving a rule (a plan rate, a welfare rule version) did: a new rule from its date, or the correction of
 * the rule from the same date that nothing had used yet (issue 14: money rules are fixed once used).
 */
export type RuleChange = 'added' | 'corrected';

export type Gender = 'male' | 'female';

export type Beneficiary = {
  fullName: string;
  relationship: string;
  share: number;
  citizenId?: string;
  phone?: string;
};

export type MemberProfile = {
  citizenId: string | null;
  noIdReason: string | null;
  title: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  birthDate: CalendarDate;
  houseNo: string;
  /** The member's village in the register (issue 16); null for a member living outside it. */
  villageId: number | null;
  soi: string;
  road: string;
  subdistrict: string;
  district: string;
  province: string;
  postcode: string;
  phone: string;
  appliedOn: CalendarDate;
  approvedOn: CalendarDate;
  approvalRef: string;
  /** For a member who joined before the fund's opening date: the month she had paid through, or… */
  paidThroughPeriod: Period | null;
  /** …that she owed nothing on the opening date. Such a member has exactly one of the two (issue 14 §4). */
  noArrearsAtOpening: boolean;
  beneficiaries: Beneficiary[];
  /** Status form §3.3 flags (several may hold); child and elderly are ages, derived as of a date, never stored. */
  categories: StoredMemberCategory[];
  /** Her consent to the fund keeping her personal data; null while none is recorded (issue 20 §3). */
  consent: MemberConsent | null;
};

/** A village of the register as a member's record and the lists show it: หมู่ที่, name and DOPA code. */
export type VillagePlace = { id: number; code: string | null; moo: number | null; name: string };

/** A village or community of the fund's area (issue 16): what the register keeps, and how many members live there. */
export type Village = VillagePlace & {
  uuid: string;
  households: number | null;
  population: number | null;
  version: number;
  /** Members not voided who point to it, whatever their status. */
  members: number;
};

/** A member voided as registered in error (nothing posted for her): kept, shown struck through, counted nowhere. */
export type MemberVoid = { voidedOn: CalendarDate; reason: string; voidedBy: string };

export type Member = MemberProfile & {
  id: number;
  /** The village `villageId` names, read from the register. */
  village: VillagePlace | null;
  uuid: string;
  memberNo: string;
  status: MemberStatus;
  statusSince: CalendarDate;
  version: number;
  void: MemberVoid | null;
  /** The day her personal fields were cleared after the retention period, or null (issue 20 §3). */
  personalClearedOn: CalendarDate | null;
};

/** A status event voided as recorded in error: kept, with who voided it, when and why. */
export type VoidedStatusEvent = StatusEvent & { voidedOn: CalendarDate; voidReason: string; voidedBy: string };

/** Someone a member supports (Decision 12): not a member, but a possible welfare recipient. */
export type Dependent = {
  id: number;
  fullName: string;
  relationship: 'child' | 'spouse' | 'parent' | 'other';
  gender: Gender;
  birthDate: CalendarDate;
  citizenId: string | null;
};

export type MemberDetail = Member & {
  statusEvents: StatusEvent[];
  voidedStatusEvents: VoidedStatusEvent[];
  spells: MemberSpell[];
  dependents: Dependent[];
};

/**
 * A saved profile as it was. Versions saved before the villages register held the free-text หมู่ and village:
 * `place` is where the member lived by that version, in words, whichever way it was saved.
 */
export type MemberVersion = { version: number; recordedAt: string; actor: string; profile: MemberProfile; place: string };

export type MemberRow = {
  id: number;
  memberNo: string;
  citizenId: string | null;
  fullName: string;
  moo: number | null;
  village: string;
  status: MemberStatus;
  approvedOn: CalendarDate;
  isVoided: boolean;
};

export type Paged<T> = { total: number; offset: number; rows: T[] };

export type ReceiptLine = { kind: 'contribution' | 'entry-fee'; description: string; amountSatang: number };

/** The fund as its papers print it: its name, where it is (address, ตำบล, อำเภอ, จังหวัด, postcode), CODI's code. */
export type PrintedFund = {
  name: string;
  address: string;
  subdistrictName: string;
  districtName: string;
  provinceName: string;
  postcode: string;
  fundCode: string;
};

export type Receipt = {
  id: number;
  receiptNo: string;
  numbering: 'app' | 'book';
  bookNo: string | null;
  bookEntryNo: string | null;
  fiscalYear: number;
  receivedOn: CalendarDate;
  memberId: number;
  memberNo: string;
  memberName: string;
  periods: Period[];
  lines: ReceiptLine[];
  totalSatang: number;
  amountInWords: string;
  method: 'cash' | 'transfer';
  /** The money account the money came into (cash in hand or a bank account). */
  accountCode: string;
  collector: string;
  batchId: number | null;
  journalEntryNo: string;
  void: { voidedOn: CalendarDate; reason: string; actor: string } | null;
  fund: PrintedFund;
};

export type ContributionQuote = {
  periods: Period[];
  lines: ReceiptLine[];
  totalSatang: number;
  amountInWords: string;
};

export type MonthState = 'paid' | 'overdue' | 'due' | 'advance' | 'before-dues';
export type MemberMonth = { period: Period; state: MonthState; receiptNo: string | null };

/** A receipt as the member's statement lists it, like a passbook line; the receipt itself is one call away by its id. */
export type StatementReceipt = {
  id: number;
  receiptNo: string;
  receivedOn: CalendarDate;
  periods: Period[];
  totalSatang: number;
  hasEntryFee: boolean;
  void: Receipt['void'];
};

export type MemberStatement = {
  memberId: number;
  duesStart: Period | null;
  arrearsMonths: number;
  overduePeriods: Period[];
  nextUnpaid: Period | null;
  months: MemberMonth[];
  /** The latest receipts received by the day (newest first); receiptTotal counts them all. */
  receipts: StatementReceipt[];
  receiptTotal: number;
};

export type ArrearsRow = {
  memberId: number;
  memberNo: string;
  fullName: string;
  villageId: number | null;
  moo: number | null;
  village: string;
  arrearsMonths: number;
  oldestUnpaid: Period;
  /** What the overdue months cost at the plan in force on the "as of" day (a bundle price when one fits). */
  owedSatang: number;
};

/** A village of the register that members in arrears live in (null: no village): the list's filter choices. */
export type ArrearsPlace = { villageId: number | null; moo: number | null; village: string; members: number };

/** The arrears list: a page of rows, and the totals and villages of the whole list, not just the page. */
export type ArrearsList = Paged<ArrearsRow> & {
  totals: { members: number; months: number; owedSatang: number };
  places: ArrearsPlace[];
};

/** A file the backend made (A4, issue 13 §4): kept for the transport to hand over once, by id. */
export type ProducedFile = { fileId: string; fileName: string; format: ExportFormat; bytes: number; pages: number | null };
export type ExportFormat = 'pdf' | 'xlsx';

export type BatchLine = {
  id: number;
  memberId: number;
  memberNo: string;
  memberName: string;
  monthCount: number;
  periods: Period[];
  amountSatang: number;
  /** A new member's entry fee taken on the same receipt as the months. */
  includeEntryFee: boolean;
  /** Set once the batch is posted: the line's own receipt. */
  receiptId: number | null;
  receiptNo: string | null;
};

export type CollectionBatch = {
  id: number;
  collectedOn: CalendarDate;
  collector: string;
  note: string;
  state: 'draft' | 'posted';
  lines: BatchLine[];
  totalSatang: number;
  receiptRange: { first: string; last: string } | null;
};

export type BatchSummary = Omit<CollectionBatch, 'lines'> & { lineCount: number };

export type CashBookRow = {
  date: CalendarDate;
  documentNo: string;
  description: Explanation;
  inSatang: number;
  outSatang: number;
  balanceSatang: number;
  receiptId: number | null;
  batchId: number | null;
  journalEntryId: number | null;
  voucherId: number | null;
  /** A receipt for other income (or its void): the line opens that receipt. */
  incomeReceiptId: number | null;
};

export type CashBookPage = Paged<CashBookRow> & { openingBalanceSatang: number };

/** An account of the chart, with the line of the status form's §10 it is reported on. */
export type Account = { code: string; group: string; nameTh: string; nameEn: string; section10Line: string };

/** An account money moves through (issue 16 §2): cash in hand or a bank account of the register. */
export type MoneyAccount = {
  accountCode: string;
  kind: 'cash' | 'bank';
  nameTh: string;
  nameEn: string;
  balanceSatang: number;
  bank: {
    id: number;
    uuid: string;
    bankName: string;
    branch: string;
    accountNo: string;
    accountType: 'savings' | 'fixed';
    version: number;
    /** False for "bank account (before the register)" until the treasurer names it. */
    named: boolean;
  } | null;
};

export type MoneyAccounts = { accounts: MoneyAccount[]; usualAccountCode: string };

/** A day on which an asset account closed below zero (files from earlier versions may hold them). */
export type NegativeBalanceDay = { accountCode: string; nameTh: string; nameEn: string; date: CalendarDate; balanceSatang: number };

export type MoneyTransfer = {
  id: number;
  uuid: string;
  transferredOn: CalendarDate;
  fromAccountCode: string;
  toAccountCode: string;
  amountSatang: number;
  note: string;
  journalEntryNo: string;
};

/**
 * What the opening entries put into each account on the opening date: `balances` the money on hand (cash, bank
 * accounts, investments); `lines` the rest of the paper §10 a mid-life opening or a reclassification posted (each
 * positive on its own side); `reclassifiableSatang` what still stands as ยอดยกมา (6000), to spread over §10's lines.
 */
export type OpeningBalances = {
  openedOn: CalendarDate;
  recorded: boolean;
  balances: { accountCode: string; amountSatang: number }[];
  lines: { accountCode: string; amountSatang: number }[];
  reclassifiableSatang: number;
};

export type PeriodLock = { lockedThrough: CalendarDate | null };

export type TrialBalanceRow = { accountCode: string; debitSatang: number; creditSatang: number };

export type JournalEntry = {
  id: number;
  entryNo: string;
  entryDate: CalendarDate;
  description: Explanation;
  reversesEntryId: number | null;
  lines: { accountCode: string; debitSatang: number; creditSatang: number }[];
};

export type AuditEvent = {
  id: number;
  at: string;
  actor: string;
  method: string;
  /** The call that wrote it: every row one call wrote shares it (null only for rows older than call ids). */
  callId: string | null;
  entity: string;
  entityId: string;
};

/** A payment voucher (ใบสำคัญจ่าย, handbook §(d)1): printed with the receiver's, payer's and witness's signatures. */
export type Voucher = {
  id: number;
  voucherNo: string;
  fiscalYear: number;
  paidOn: CalendarDate;
  payeeName: string;
  payeeAddress: string;
  description: string;
  amountSatang: number;
  amountInWords: string;
  method: 'cash' | 'transfer';
  expenseAccount: string;
  journalEntryNo: string;
  fund: PrintedFund;
  /** A welfare payout that kept back the member's overdue months (Decision 11): the payee is handed `netSatang`. */
  deduction: { amountSatang: number; receiptNo: string | null; netSatang: number; netInWords: string } | null;
  /** A reversed voucher prints as cancelled; its entry is reversed on that date. */
  reversal: { reversedOn: CalendarDate; reason: string } | null;
  /** The committee's decision a welfare payout was paid under (its meeting reference); null for other vouchers. */
  decisionRef: string | null;
};

export type CommunityCategory = 'non-member-help' | 'disaster' | 'culture' | 'sport' | 'environment' | 'public-benefit';

/** Welfare for the community and society (status form §7), each paid by its own voucher. */
export type CommunityActivity = {
  id: number;
  category: CommunityCategory;
  activityDate: CalendarDate;
  description: string;
  beneficiariesCount: number;
  voucher: Voucher;
};

export type WelfareTypeView = {
  id: number;
  code: string;
  category: string;
  nameTh: string;
  nameEn: string;
  versions: BenefitRuleVersion[];
  /** The versions claims were judged by (fixed from then on): effective date → the first such claim's number. */
  usedBy: Record<CalendarDate, string>;
  /** The resolutions versions rest on (issue 17): effective date → "การประชุมคณะกรรมการกองทุน ครั้งที่ 2/2569 มติที่ 3". */
  restsOn: Record<CalendarDate, string>;
  /** Each version's id by its effective date: what a bylaw version names to adopt it (issue 17 §3). */
  versionIds: Record<CalendarDate, number>;
  /** The bylaw version that adopted a version, by its effective date; a version adopted by none is absent. */
  adoptedBy: Record<CalendarDate, RuleBylaw>;
};

export type WelfareClaimState = 'pending' | 'approved' | 'rejected' | 'paid';

/** One payee of a paid claim: the voucher carries the gross share; the payee is handed the net. */
export type WelfarePayment = {
  voucherId: number;
  voucherNo: string;
  paidOn: CalendarDate;
  payeeName: string;
  share: number;
  grossSatang: number;
  deductedSatang: number;
  netSatang: number;
  arrearsReceiptNo: string | null;
};

/** A claim with the decision the engine made when it was recorded (its explanation lines translate where shown). */
export type WelfareClaim = {
  id: number;
  /** WF + B.E. fiscal year of recording + sequence: the number the committee's minutes cite. */
  claimNo: string;
  typeId: number;
  typeName: { th: string; en: string };
  category: string;
  memberId: number;
  member: { memberNo: string; name: string; village: string; moo: number | null };
  eventDate: CalendarDate;
  units: number | null;
  recipientKind: 'member' | 'dependent' | 'beneficiary';
  dependentId: number | null;
  decision: Decision;
  amountSatang: number;
  state: WelfareClaimState;
  decisionRef: string | null;
  rejectionReason: string | null;
  voucherId: number | null;
  /** Keys of the rule's required documents received so far. */
  documentsReceived: string[];
  payments: WelfarePayment[];
  reversal: { reversedOn: CalendarDate; reason: string } | null;
  /**
   * For a member's own death not yet paid: how it would be settled today (the payee to be named, the net after
   * the arrears kept back). Its lines also follow the engine's in `decision.lines`, so every explanation shows them.
   */
  settlement: SettlementPreview | null;
};

/**
 * What a member's death benefit would hand the family if paid today (Decision 11, issue 14), shown to the
 * committee before it approves: the gross, the overdue months kept back (priced as of `today`; the payment
 * date prices them again), the net, and whether the committee must name the payee (no beneficiary registered).
 */
export type SettlementPreview = {
  grossSatang: number;
  deductedSatang: number;
  netSatang: number;
  arrearsPeriods: string[];
  payeeToBeNamed: boolean;
  lines: ExplanationLine[];
};

/** The engine's decision on a claim not recorded yet, with how a member's death would be settled today. */
export type ClaimDecision = Decision & { settlement: SettlementPreview | null };

/** How an approved claim would be paid on a date: payees, shares and the arrears kept back (nothing written). */
export type WelfarePayoutPlan = {
  grossSatang: number;
  deductedSatang: number;
  netSatang: number;
  arrearsPeriods: string[];
  parts: { payeeName: string; share: number; grossSatang: number; deductedSatang: number; netSatang: number }[];
  /** True when the payees are the member's registered beneficiaries; otherwise the treasurer names the payee. */
  fromBeneficiaries: boolean;
  lines: ExplanationLine[];
};

/** The result of a what-if run: how many members would receive what, and why the others would not. */
export type WelfareWhatIf = {
  typeId: number;
  eventDate: CalendarDate;
  members: number;
  eligible: number;
  totalSatang: number;
  amounts: { amountSatang: number; count: number }[];
  refusals: { code: string; count: number }[];
};

/**
 * Decision 7's settings: dues start from the month of approval (the default) or of application, and a month
 * falls due on `dueDay` of it (null: its last day, the default; a day past a short month's end means its last day).
 */
export type DuesSettings = { duesFrom: 'approval' | 'application'; dueDay: number | null };

/** The fund's welfare settings: arrears at death kept back (Decision 11); how a reinstated member's years count (Decision 6). */
export type WelfareSettings = { deductArrearsAtDeath: boolean; membershipCounting: 'current-spell' | 'first-spell' };

export type WelfareTotals = { persons: number; amountSatang: number };
export type CommunityTotals = { activities: number; beneficiaries: number; amountSatang: number };

/** The shape of status-form sections 5–7: member welfare by type and community welfare by category. */
export type WelfareSummary = {
  lastFiscalYear: number;
  types: { typeId: number; category: string; nameTh: string; nameEn: string; cumulative: WelfareTotals; lastYear: WelfareTotals }[];
  community: { category: CommunityCategory; cumulative: CommunityTotals; lastYear: CommunityTotals }[];
};

/** What a backup of a fund holds, read on the copy and compared with the live file at the moment of the copy. */
export type BackupFigures = {
  members: number;
  receipts: number;
  auditRows: number;
  lastJournalEntryId: number;
  cashBalanceSatang: number;
  lastReceiptNo: string | null;
  fundName: string;
};

/** A chain's head as a full check found it: the last row and its link, and how many rows lead to it. */
export type ChainHead = { rowId: number; link: string; rows: number };

/**
 * A copy's hash chains as its full check found them (issue 20 §1): each chain's head (null for one with no rows),
 * or the first row that fails. A copy whose chain breaks is kept and listed, marked, but is not a good backup.
 */
export type BackupChains = {
  heads: { journal: ChainHead | null; audit: ChainHead | null };
  broken: { chain: 'journal' | 'audit'; rowId: number; problem: 'changed' | 'removed' | 'inserted' } | null;
};

/** A verified backup of the fund, as its backups folder's index knows it (reliability §(b) "Backups"). */
export type BackupView = {
  fileName: string;
  kind: BackupKind;
  madeAt: string;
  bytes: number;
  sha256: string;
  schemaVersion: number;
  /** What it holds, shown before a restore: members, receipts, the cash balance, the last receipt. */
  figures: BackupFigures;
  verifiedLevel: 'quick' | 'integrity';
  /** The chains' heads in the copy, or where they break; null for a backup without chains (before schema 35). */
  chains: BackupChains | null;
};

/** What the home screen says of the fund's backups: how old the last good one is, failures since, and copies. */
export type BackupStatus = {
  /** The backend's clock when it answered: ages are counted to this instant. */
  asOf: string;
  lastGood: { madeAt: string; kind: string; fileName: string; ageMinutes: number } | null;
  /** Failed attempts since the last good backup: two in a row raise the red banner. */
  failuresInARow: number;
  /** Why the latest attempt failed, in both languages, when it did. */
  lastProblem: { code: string; message: { th: string; en: string } } | null;
  /** The last copy kept off the laptop (a USB drive, or a download in web mode). */
  lastCopy: { copiedAt: string; kind: 'device' | 'download'; destination: string; files: number } | null;
  /** After 7 days without a copy (counted from the first backup when there has never been one). */
  copyReminder: { isDue: boolean; daysWithout: number | null };
};

/** "Copy to…" a second device: what went there, verified, and what it holds now. */
export type BackupCopyReport = {
  /** The fund's folder on the device, as the transport names it. */
  folder: string;
  copied: string[];
  alreadyThere: string[];
  removed: string[];
  /** Files on the device that no longer match their hash: left where they are. */
  keptChanged: string[];
  /** Backups on this laptop that changed since they were made: not copied. */
  skipped: string[];
  held: BackupView[];
  /** The backup made first, so the device holds everything up to now; or why it could not be made. */
  fresh: BackupView | null;
  freshProblem: { code: string; message: { th: string; en: string } } | null;
};

/** Web mode's copy: the newest backup, re-checked against its index hash and handed over as a download. */
export type BackupDownload = { fileId: string; fileName: string; bytes: number; madeAt: string; sha256: string };
