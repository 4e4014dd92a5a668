import { z } from 'zod';
import {
  birthDate,
  id,
  isoDate,
  largeAmountConfirmation,
  moneyAccountCode,
  nullableText,
  optionalText,
  page,
  period,
  plainNote,
  plainText,
  positiveSatang,
  requestId,
  requiredNote,
  requiredText,
  satang,
} from './common-schemas';
import { out, type ClientOf, type Contract } from './contract-kit';
import type * as T from './fund-types';
import { signerRoles, type PrintSettingsView } from './printing-types';
import type * as R from './report-types';
import type * as O from './other-money-types';
import { expenseCategories, incomeKinds } from '../domain/ledger/other-money';
import type * as B from './books-types';
import type { HomeFigures } from './home-types';
import type * as G from './grant-types';
import type * as M from './meeting-types';
import type * as Cert from './certification-types';
import { recipientKeyInput, syncExportInput } from './sync-schemas';
import type { SyncExportHistory, SyncExportResult, SyncIdentity, SyncRecipientKey, SyncResentFile } from './sync-types';
import { assessInput, certificationExportInput, certificationSettingsInput, keptAssessmentInput } from './certification-schemas';
import type * as A from './application-types';
import type * as L from './bylaw-types';
import { addBylawInput, attachBylawInput, bylawAttachmentInput, bylawVersionInput, voidBylawInput } from './bylaw-schemas';
import type * as Lapse from './lapse-types';
import { lapseProposalsInput, lapseSettingsInput, recordLapsesInput } from './lapse-schemas';
import { lapseReasons } from '../domain/members/lapses';
import { accessScreens, consentMethods } from '../domain/privacy/consent';
import type * as P from './privacy-types';
import { addAgendaInput, addMeetingInput, listMeetingsInput, meetingInput, recordMeetingInput, setQuorumInput } from './meeting-schemas';
import {
  addGrantInput,
  addPastRoundInput,
  advanceGrantInput,
  editGrantInput,
  proposalInput,
  receiveGrantInput,
  reverseGrantInput,
  roundInput,
} from './grant-schemas';
import type { RestoreGap } from './restore-types';
import type * as C from './committee-types';
import type * as Import from './member-import-types';
import { importCommitInput, importFileInput, importPreviewInput } from './member-import-schemas';
import type * as History from './history-import-types';
import type * as Chain from './audit-chain-types';
import type * as Trail from './audit-trail-types';
import { auditTrailFilter, auditTrailInput } from './audit-trail-schemas';
import type * as People from './people-types';
import { addPersonInput, resetPinInput, setPinInput, signInInput, updatePersonInput } from './people-schemas';
import {
  contributionHistoryCommitInput,
  contributionHistoryPreviewInput,
  historyVoidInput,
  memberHistoryInput,
  welfareHistoryCommitInput,
  welfareHistoryPreviewInput,
} from './history-import-schemas';
import { addCommitteeSeatInput, addCommitteeTermInput, committeeSettingsInput, endCommitteeSeatInput } from './committee-schemas';
import { fiscalYear, saveStatusSectionInput, type StatusFormSection } from './status-form-schemas';
import type { MemberSummary } from './report-types';
import { memberCategories, storedMemberCategories } from '../domain/members/member-categories';
import {
  claimFilter,
  claimInput,
  payClaimInput,
  recordClaimInput,
  reverseClaimInput,
  ruleVersionInput,
  whatIfInput,
} from './welfare-schemas';

/** Any account of the chart (a ledger may be read for receipts, income or expenses as well as money). */
const ledgerAccountCode = z.string().regex(/^\d{4}$/, { message: 'bad-code' });

const bankAccountInput = z.strictObject({
  bankName: requiredText(120),
  branch: plainText(120),
  accountNo: z
    .string()
    .trim()
    .regex(/^[0-9][0-9 -]{2,30}$/, { message: 'bad-code' }),
  accountType: z.enum(['savings', 'fixed']),
});

/** One entry per use case on an open fund (A2): name → input schema + output type. Inputs never carry paths. */

export const fundLevel = z.enum(['tambon', 'municipality', 'district']);
const dopaCode = (digits: number) => z.string().regex(new RegExp(`^(\\d{${digits}})?$`), { message: 'bad-code' });

export const fundProfileInput = z.strictObject({
  name: requiredText(200),
  fundCode: plainText(40),
  level: fundLevel,
  provinceCode: dopaCode(2).default(''),
  provinceName: requiredText(80),
  districtCode: dopaCode(4).default(''),
  districtName: requiredText(80),
  subdistrictCode: dopaCode(6).default(''),
  subdistrictName: requiredText(80),
  address: plainText(300),
  postcode: z
    .string()
    .regex(/^(\d{5})?$/, { message: 'bad-postcode' })
    .default(''),
  foundedOn: isoDate,
  /** The day the fund starts keeping its books in the app; history before it is memo-only (Decision 10). */
  openedOn: isoDate.optional(),
  fiscalYearStartMonth: z.int().min(1).max(12).default(10),
  receiptPrefix: z
    .string()
    .regex(/^[A-Z]{1,4}$/, { message: 'bad-prefix' })
    .default('RC'),
});

const signerInput = z
  .strictObject({
    fullName: plainText(120),
    position: plainText(120),
  })
  .default({ fullName: '', position: '' });

/** The fund's print settings, saved whole: an office left out is saved as not known. */
export const printSettingsInput = z.strictObject({
  receiptPaper: z.enum(['a4', 'a5', 'a4-two']),
  signers: z.strictObject(
    Object.fromEntries(signerRoles.map((role) => [role, signerInput])) as Record<(typeof signerRoles)[number], typeof signerInput>,
  ),
});

export const planBundleInput = z.strictObject({ months: z.int().min(2).max(24), priceSatang: positiveSatang });
export const planRateInput = z.strictObject({
  effectiveFrom: isoDate,
  monthlySatang: positiveSatang,
  entryFeeSatang: satang.default(0),
  bundles: z.array(planBundleInput).max(12).default([]),
});

const gender = z.enum(['male', 'female']);
const beneficiaryInput = z.strictObject({
  fullName: requiredText(120),
  relationship: requiredText(40),
  share: z.int().min(1).max(100).default(1),
  citizenId: z.string().trim().max(20).optional(),
  phone: optionalText(30),
});

/** Her consent to the fund keeping her personal data (issue 20 §3): given or refused, the day, how, the form's number. */
const consentInput = z.strictObject({
  given: z.boolean(),
  recordedOn: isoDate,
  method: z.enum(consentMethods),
  formNo: plainText(40),
});

export const memberProfileInput = z.strictObject({
  citizenId: z.string().trim().max(20).nullable().default(null),
  noIdReason: nullableText(200),
  title: requiredText(30),
  firstName: requiredText(80),
  lastName: requiredText(80),
  gender,
  birthDate,
  houseNo: plainText(20),
  /** The member's village in the register (villages.list); null for none. */
  villageId: id.nullable().default(null),
  soi: plainText(80),
  road: plainText(80),
  subdistrict: plainText(80),
  district: plainText(80),
  province: plainText(80),
  postcode: z
    .string()
    .regex(/^(\d{5})?$/, { message: 'bad-postcode' })
    .default(''),
  phone: plainText(30),
  appliedOn: isoDate,
  approvedOn: isoDate,
  approvalRef: requiredText(100),
  paidThroughPeriod: period.nullable().default(null),
  /** A member who joined before the opening date with nothing owed then: the other explicit choice (issue 14 §4). */
  noArrearsAtOpening: z.boolean().default(false),
  beneficiaries: z.array(beneficiaryInput).max(10).default([]),
  /** Status form §3.3 flags; child and elderly are ages and cannot be set. */
  categories: z
    .array(z.enum(storedMemberCategories))
    .max(storedMemberCategories.length)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate' })
    .default([]),
  /** Null while no consent is recorded (a member from before issue 20); the member form asks for it. */
  consent: consentInput.nullable().default(null),
});

/** Registering an approved member: the resolution that admitted her, or (the fund's setting off, or before its opening) the words. */
export const registerMemberInput = memberProfileInput.extend({
  approvalRef: plainText(100),
  approvalResolutionId: id.nullable().default(null),
});

/** An application recorded before the committee decides it: the member form without the approval and the opening's dues. */
export const applicantProfileInput = memberProfileInput.omit({
  approvedOn: true,
  approvalRef: true,
  paidThroughPeriod: true,
  noArrearsAtOpening: true,
});

/** A village of the register: DOPA code (8 digits, checked against the หมู่ by the use case), หมู่ที่, name, counts. */
export const villageInput = z.strictObject({
  code: z
    .string()
    .trim()
    .max(20)
    .nullable()
    .default(null)
    .transform((code) => (code === '' ? null : code)),
  moo: z.int().min(1).max(99).nullable().default(null),
  name: plainText(80),
  households: z.int().min(0, { message: 'negative' }).max(1_000_000).nullable().default(null),
  population: z.int().min(0, { message: 'negative' }).max(10_000_000).nullable().default(null),
});

const receiptNumbering = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('app') }),
  z.strictObject({ kind: z.literal('book'), bookNo: requiredText(20), number: requiredText(20) }),
]);

const paymentChoice = {
  memberId: id,
  receivedOn: isoDate,
  /** Either how many months (oldest unpaid first) or the exact months the treasurer picked. */
  monthCount: z.int().min(0).max(60).optional(),
  periods: z.array(period).max(60).optional(),
  includeEntryFee: z.boolean().default(false),
};

const arrearsInput = z.strictObject({
  minMonths: z.int().min(1).max(600).default(3),
  asOf: isoDate.optional(),
  /** Only the members of one village of the register; absent for every village, 0 for members with none. */
  villageId: z.int().min(0).optional(),
});
/** Lines of a paper §10 other than money on hand: each account once, as the positive amount its line shows. */
const section10Lines = z
  .array(z.strictObject({ accountCode: moneyAccountCode, amountSatang: positiveSatang }))
  .max(40)
  .refine((lines) => new Set(lines.map((line) => line.accountCode)).size === lines.length, { message: 'duplicate-account' });
const exportFormat = z.enum(['pdf', 'xlsx']);

/** A folder the person chose, by the id AppApi's files.folder gave it (fund calls never carry a path, A2). */
const folderId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'bad-file-id' });

export const fundContract = {
  'fund.get': { input: z.strictObject({}), output: out<T.FundProfile>(), read: true },
  'fund.update': {
    input: z.strictObject({ expectedVersion: z.int().min(1), profile: fundProfileInput }),
    output: out<T.FundProfile>(),
  },
  'fund.duesSettings': { input: z.strictObject({}), output: out<T.DuesSettings>(), read: true },
  'fund.updateDuesSettings': {
    input: z.strictObject({ duesFrom: z.enum(['approval', 'application']), dueDay: z.int().min(1).max(31).nullable() }),
    output: out<T.DuesSettings>(),
  },
  'fund.ceilings': { input: z.strictObject({}), output: out<T.AmountCeilings>(), read: true },
  'fund.setCeilings': {
    input: z.strictObject({ paymentSatang: positiveSatang, payoutSatang: positiveSatang, grantSatang: positiveSatang }),
    output: out<T.AmountCeilings>(),
  },
  /** Decision 14's limit as a percent of the fiscal year's รายรับ + รายได้ (default 20). */
  'fund.adminCost': { input: z.strictObject({}), output: out<O.AdminCostSetting>(), read: true },
  'fund.setAdminCost': { input: z.strictObject({ percent: z.int().min(1).max(100) }), output: out<O.AdminCostSetting>() },
  'plan.list': { input: z.strictObject({}), output: out<T.PlanRate[]>(), read: true },
  /** A rate from a new date, or the correction of the rate from the same date while no receipt used it. */
  'plan.addRate': { input: planRateInput.extend(largeAmountConfirmation), output: out<T.PlanRate & { change: T.RuleChange }>() },

  'members.register': { input: registerMemberInput, output: out<T.MemberDetail>() },
  'members.update': {
    input: z.strictObject({ memberId: id, expectedVersion: z.int().min(1), profile: memberProfileInput }),
    output: out<T.MemberDetail>(),
  },
  'members.get': { input: z.strictObject({ memberId: id }), output: out<T.MemberDetail>(), read: true },
  'members.history': { input: z.strictObject({ memberId: id }), output: out<T.MemberVersion[]>(), read: true },
  'members.search': {
    input: z.strictObject({
      query: z.string().max(100).default(''),
      /** 'all' is every member not voided; 'voided' lists only the registrations voided as made in error. */
      status: z.enum(['active', 'resigned', 'deceased', 'lapsed', 'all', 'voided']).default('all'),
      /** Only the members of one village of the register (0: members with none). */
      villageId: z.int().min(0).optional(),
      /** Only the members in one status-form category today (child and elderly by age). */
      category: z.enum(memberCategories).optional(),
      ...page,
    }),
    output: out<T.Paged<T.MemberRow>>(),
    read: true,
  },
  'applications.add': { input: applicantProfileInput, output: out<A.Application>() },
  /** Applications, those waiting first (oldest first), then the decided ones, latest first; found by name or ID. */
  'applications.list': {
    input: z.strictObject({
      query: z.string().max(100).default(''),
      state: z.enum(['waiting', 'approved', 'refused', 'all']).default('all'),
      ...page,
    }),
    output: out<T.Paged<A.ApplicationRow>>(),
    read: true,
  },
  'applications.get': { input: z.strictObject({ applicationId: id }), output: out<A.Application>(), read: true },
  /** The committee admits the applicant at a meeting: the member is made, her membership starting on approvedOn. */
  'applications.approve': {
    input: z.strictObject({ applicationId: id, resolutionId: id, approvedOn: isoDate.nullable().default(null) }),
    output: out<A.Application>(),
  },
  'applications.refuse': {
    input: z.strictObject({ applicationId: id, resolutionId: id, reason: requiredNote(300) }),
    output: out<A.Application>(),
  },
  'villages.list': { input: z.strictObject({}), output: out<T.Village[]>(), read: true },
  'villages.add': { input: villageInput, output: out<T.Village>() },
  'villages.update': {
    input: z.strictObject({ villageId: id, expectedVersion: z.int().min(1), village: villageInput }),
    output: out<T.Village>(),
  },
  'members.recordStatus': {
    input: z.strictObject({
      memberId: id,
      kind: z.enum(['resigned', 'deceased', 'lapsed', 'reinstated']),
      effectiveOn: isoDate,
      reason: plainNote(300),
      meetingRef: plainText(100),
      /** The resolution a lapse (lapse-decision) or a reinstatement (member-approval) rests on (issue 17 §4). */
      resolutionId: id.nullable().default(null),
      /** Why the committee ended the membership; required for a lapse, ignored for any other kind. */
      lapseReason: z.enum(lapseReasons).nullable().default(null),
    }),
    output: out<T.MemberDetail>(),
  },

  'members.voidStatus': {
    input: z.strictObject({ memberId: id, eventId: id, reason: requiredNote(300) }),
    output: out<T.MemberDetail>(),
  },
  /** A registration made in error, with nothing posted for it, is voided with a reason (issue 14 §17). */
  'members.void': {
    input: z.strictObject({ memberId: id, expectedVersion: z.int().min(1), reason: requiredNote(300) }),
    output: out<T.MemberDetail>(),
  },
  /**
   * A member's full personal data (ID, birth date, address, phone, beneficiaries), for the screen that asked: a
   * write, because every look is logged (who, when, where) in the access log and the audit trail (issue 20 §3).
   */
  'members.revealPersonal': {
    input: z.strictObject({ memberId: id, screen: z.enum(accessScreens).exclude(['export']) }),
    output: out<P.PersonalData>(),
  },
  /** Who looked at a member's full personal data, newest first. */
  'members.accessLog': { input: z.strictObject({ memberId: id }), output: out<P.AccessLogRow[]>(), read: true },
  /** Members whose personal fields are due for clearing: resigned or deceased, their retention period over. */
  'retention.review': { input: z.strictObject({ asOf: isoDate.optional() }), output: out<P.RetentionReview>(), read: true },
  /** How many years after the fiscal year a membership ended in its personal fields are kept (default 10). */
  'retention.setKeepYears': { input: z.strictObject({ years: z.int().min(1).max(50) }), output: out<P.RetentionReview>() },
  /** The committee's decision to clear due members' personal fields: all or none, never touching money rows. */
  'retention.clear': {
    input: z.strictObject({
      memberIds: z
        .array(id)
        .min(1)
        .max(1000)
        .refine((list) => new Set(list).size === list.length, { message: 'duplicate' }),
      decisionRef: requiredText(200),
    }),
    output: out<P.RetentionCleared>(),
  },
  'members.addDependent': {
    input: z.strictObject({
      memberId: id,
      fullName: requiredText(120),
      relationship: z.enum(['child', 'spouse', 'parent', 'other']),
      gender,
      birthDate,
      citizenId: z.string().trim().max(20).optional(),
    }),
    output: out<T.MemberDetail>(),
  },

  'contributions.quote': {
    input: z.strictObject(paymentChoice),
    output: out<T.ContributionQuote>(),
    read: true,
  },
  'contributions.record': {
    input: z.strictObject({
      ...paymentChoice,
      requestId,
      amountSatang: positiveSatang,
      numbering: receiptNumbering,
      /** The money account the money went into: cash in hand or a registered bank account. */
      accountCode: moneyAccountCode,
      collector: plainText(80),
      ...largeAmountConfirmation,
    }),
    output: out<T.Receipt>(),
  },
  'contributions.void': {
    input: z.strictObject({
      receiptId: id,
      voidedOn: isoDate,
      reason: requiredNote(300),
      requestId,
      /** The money account the refund leaves from; by default the one the receipt went into. */
      accountCode: moneyAccountCode.optional(),
    }),
    output: out<T.Receipt>(),
  },
  'contributions.receipt': { input: z.strictObject({ receiptId: id }), output: out<T.Receipt>(), read: true },
  'contributions.statement': {
    input: z.strictObject({ memberId: id, asOf: isoDate.optional() }),
    output: out<T.MemberStatement>(),
    read: true,
  },
  'contributions.arrears': { input: arrearsInput.extend(page), output: out<T.ArrearsList>(), read: true },

  'collection.createBatch': {
    input: z.strictObject({ collectedOn: isoDate, collector: plainText(80), note: optionalText(200) }),
    output: out<T.CollectionBatch>(),
  },
  'collection.listBatches': { input: z.strictObject({ ...page }), output: out<T.Paged<T.BatchSummary>>(), read: true },
  'collection.getBatch': { input: z.strictObject({ batchId: id }), output: out<T.CollectionBatch>(), read: true },
  'collection.setLine': {
    input: z.strictObject({
      batchId: id,
      memberId: id,
      monthCount: z.int().min(1).max(60),
      amountSatang: positiveSatang,
      includeEntryFee: z.boolean().default(false),
      /**
       * What to do when the member already has a line on this day: add these months (and this amount) to it, or
       * replace it. Required then, so a second entry for a member never silently replaces the first.
       */
      mode: z.enum(['add', 'replace']).optional(),
      ...largeAmountConfirmation,
    }),
    output: out<T.CollectionBatch>(),
  },
  'collection.removeLine': {
    input: z.strictObject({ batchId: id, lineId: id }),
    output: out<T.CollectionBatch>(),
  },
  'collection.post': {
    input: z.strictObject({ batchId: id, requestId, accountCode: moneyAccountCode }),
    output: out<T.CollectionBatch>(),
    job: true,
  },
  /** A posted day's receipts in number order, to print one after another. */
  'collection.receipts': { input: z.strictObject({ batchId: id }), output: out<T.Receipt[]>(), read: true },

  'community.record': {
    input: z.strictObject({
      requestId,
      category: z.enum(['non-member-help', 'disaster', 'culture', 'sport', 'environment', 'public-benefit']),
      activityDate: isoDate,
      description: requiredNote(300),
      beneficiariesCount: z.int().min(1, { message: 'not-positive' }).max(1_000_000),
      amountSatang: positiveSatang,
      payeeName: requiredText(120),
      payeeAddress: plainText(300),
      accountCode: moneyAccountCode,
      ...largeAmountConfirmation,
    }),
    output: out<T.CommunityActivity>(),
  },
  'community.reverse': {
    input: z.strictObject({ activityId: id, requestId, reversedOn: isoDate, reason: requiredNote(300) }),
    output: out<T.CommunityActivity>(),
  },
  'community.list': { input: z.strictObject({ ...page }), output: out<T.Paged<T.CommunityActivity>>(), read: true },
  'vouchers.get': { input: z.strictObject({ voucherId: id }), output: out<T.Voucher>(), read: true },

  /** A receipt for other income (issue 16 §3): numbered from the fund's receipt series, into a named money account. */
  'income.record': {
    input: z.strictObject({
      requestId,
      receivedOn: isoDate,
      kind: z.enum(incomeKinds),
      payerName: requiredText(120),
      payerAddress: plainText(300),
      description: requiredNote(300),
      amountSatang: positiveSatang,
      /** The money account the money went into: cash in hand or a registered bank account. */
      accountCode: moneyAccountCode,
      ...largeAmountConfirmation,
    }),
    output: out<O.IncomeReceipt>(),
  },
  'income.void': {
    input: z.strictObject({
      receiptId: id,
      requestId,
      voidedOn: isoDate,
      reason: requiredNote(300),
      /** The money account the refund leaves from; by default the one the receipt went into. */
      accountCode: moneyAccountCode.optional(),
    }),
    output: out<O.IncomeReceipt>(),
  },
  'income.receipt': { input: z.strictObject({ receiptId: id }), output: out<O.IncomeReceipt>(), read: true },
  'income.list': { input: z.strictObject({ ...page }), output: out<T.Paged<O.IncomeReceipt>>(), read: true },
  /** An administration expense (§10's ค่าใช้จ่าย) paid by voucher from a named money account; its category is required. */
  'expenses.record': {
    input: z.strictObject({
      requestId,
      paidOn: isoDate,
      expenseCategory: z.enum(expenseCategories),
      payeeName: requiredText(120),
      payeeAddress: plainText(300),
      description: requiredNote(300),
      amountSatang: positiveSatang,
      accountCode: moneyAccountCode,
      ...largeAmountConfirmation,
    }),
    output: out<O.Expense>(),
  },
  'expenses.reverse': {
    input: z.strictObject({ voucherId: id, requestId, reversedOn: isoDate, reason: requiredNote(300) }),
    output: out<O.Expense>(),
  },
  'expenses.list': { input: z.strictObject({ ...page }), output: out<T.Paged<O.Expense>>(), read: true },
  /** Decision 14's figures for a voucher of this amount on this date: the limit, spent so far, this one, the total after. */
  'expenses.adminCostCheck': {
    input: z.strictObject({ date: isoDate, amountSatang: satang.default(0) }),
    output: out<O.AdminCostCheck>(),
    read: true,
  },

  'welfare.templates': { input: z.strictObject({}), output: out<{ key: string; nameTh: string; nameEn: string }[]>(), read: true },
  'welfare.applyTemplate': {
    input: z.strictObject({ templateKey: z.string().min(1).max(40), effectiveFrom: isoDate, resolutionId: id.nullable().default(null) }),
    output: out<T.WelfareTypeView[]>(),
  },
  'welfare.types': { input: z.strictObject({}), output: out<T.WelfareTypeView[]>(), read: true },
  'welfare.addType': {
    input: z.strictObject({
      category: z.string().min(1).max(40),
      nameTh: requiredText(120),
      nameEn: requiredText(120),
      version: ruleVersionInput,
      /** The resolution the rule rests on (issue 17). */
      resolutionId: id.nullable().default(null),
      ...largeAmountConfirmation,
    }),
    output: out<T.WelfareTypeView>(),
  },
  /** An amendment from a new date, or the correction of the version from the same date while no claim used it. */
  'welfare.addRuleVersion': {
    input: z.strictObject({ typeId: id, version: ruleVersionInput, resolutionId: id.nullable().default(null), ...largeAmountConfirmation }),
    output: out<T.WelfareTypeView & { change: T.RuleChange }>(),
  },
  'welfare.decide': { input: z.strictObject(claimInput), output: out<T.ClaimDecision>(), read: true },
  'welfare.recordClaim': { input: recordClaimInput, output: out<T.WelfareClaim>() },
  'welfare.claim': { input: z.strictObject({ claimId: id }), output: out<T.WelfareClaim>(), read: true },
  'welfare.recheckClaim': {
    input: z.strictObject({ claimId: id, documentsReceived: z.array(z.string().min(1).max(40)).max(20) }),
    output: out<T.WelfareClaim>(),
  },
  /** The committee's decision cites its resolution (issue 17); the words are for a fund whose approvals need not. */
  'welfare.approveClaim': {
    input: z.strictObject({ claimId: id, resolutionId: id.nullable().default(null), meetingRef: plainText(100) }),
    output: out<T.WelfareClaim>(),
  },
  'welfare.rejectClaim': {
    input: z.strictObject({ claimId: id, resolutionId: id.nullable().default(null), reason: requiredNote(300) }),
    output: out<T.WelfareClaim>(),
  },
  'welfare.payoutPlan': {
    input: z.strictObject({ claimId: id, paidOn: isoDate, payeeName: plainText(120) }),
    output: out<T.WelfarePayoutPlan>(),
    read: true,
  },
  'welfare.payClaim': { input: payClaimInput, output: out<T.WelfareClaim>() },
  'welfare.reverseClaim': { input: reverseClaimInput, output: out<T.WelfareClaim>() },
  'welfare.summary': { input: z.strictObject({}), output: out<T.WelfareSummary>(), read: true },
  'welfare.claims': { input: claimFilter.extend(page), output: out<T.Paged<T.WelfareClaim>>(), read: true },
  'welfare.whatIf': { input: whatIfInput, output: out<T.WelfareWhatIf>(), job: true, read: true },
  'welfare.settings': { input: z.strictObject({}), output: out<T.WelfareSettings>(), read: true },
  'welfare.updateSettings': {
    input: z.strictObject({
      deductArrearsAtDeath: z.boolean(),
      membershipCounting: z.enum(['current-spell', 'first-spell']).default('current-spell'),
    }),
    output: out<T.WelfareSettings>(),
  },

  /** The book of one money account, read from its journal lines: the cash book, or a bank account's book. */
  'ledger.cashBook': {
    input: z.strictObject({ accountCode: moneyAccountCode.default('3100'), from: isoDate.optional(), to: isoDate.optional(), ...page }),
    output: out<T.CashBookPage>(),
    read: true,
  },
  /** Each day an asset account closed below zero: files from earlier versions may hold them (Decision 13). */
  'ledger.negativeBalances': { input: z.strictObject({}), output: out<T.NegativeBalanceDay[]>(), read: true },
  'moneyAccounts.list': { input: z.strictObject({}), output: out<T.MoneyAccounts>(), read: true },
  /** The account the forms offer first; every money call still names its own. */
  'moneyAccounts.setUsual': { input: z.strictObject({ accountCode: moneyAccountCode }), output: out<T.MoneyAccounts>() },
  'bankAccounts.add': { input: bankAccountInput, output: out<T.MoneyAccount>() },
  /** Names (or renames) a bank account of the register: "bank account (before the register)" gets its bank here. */
  'bankAccounts.update': {
    input: bankAccountInput.extend({ bankAccountId: id, expectedVersion: z.int().min(1) }),
    output: out<T.MoneyAccount>(),
  },
  /** Money moved between the fund's own accounts (cash to bank, bank to cash, bank to bank). */
  'money.transfer': {
    input: z.strictObject({
      requestId,
      fromAccountCode: moneyAccountCode,
      toAccountCode: moneyAccountCode,
      transferredOn: isoDate,
      amountSatang: positiveSatang,
      note: plainText(200),
      ...largeAmountConfirmation,
    }),
    output: out<T.MoneyTransfer>(),
  },
  // Meetings and resolutions (issue 17 §2): committee meetings, members' meetings and the general assembly, planned
  // ahead, then their attendance, resolutions and minutes once their date has come; resolutions are what approvals cite.
  /** Meetings newest first with their resolutions, a page at a time; a picker filters by what a resolution decides. */
  'meetings.list': { input: listMeetingsInput, output: out<M.MeetingList>(), read: true },
  'meetings.get': { input: meetingInput, output: out<M.Meeting>(), read: true },
  'meetings.add': { input: addMeetingInput, output: out<M.Meeting>() },
  'meetings.addAgenda': { input: addAgendaInput, output: out<M.Meeting>() },
  /** Attendance, the agenda as held, resolutions and minutes: once, and only once the meeting's date has come. */
  'meetings.record': { input: recordMeetingInput, output: out<M.Meeting>() },
  'meetings.approvalsCite': { input: z.strictObject({}), output: out<{ on: boolean }>(), read: true },
  'meetings.setApprovalsCite': { input: z.strictObject({ on: z.boolean() }), output: out<{ on: boolean }>() },
  'meetings.setQuorum': { input: setQuorumInput, output: out<{ quorum: number | null }>() },
  /** The invitation with the agenda, and the minutes with attendance and resolutions, on A4 or in Excel. */
  'exports.meetingInvitation': {
    input: meetingInput.extend({ format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  'exports.meetingMinutes': {
    input: meetingInput.extend({ format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  // Lapse proposals and decisions (issue 17 §4; Decision 8): the list the committee considers, never a status
  // change by itself; a lapse takes effect only when the committee's decision is recorded, citing its resolution.
  'lapses.settings': { input: z.strictObject({}), output: out<Lapse.LapseSettings>(), read: true },
  'lapses.setSettings': { input: lapseSettingsInput, output: out<Lapse.LapseSettings>() },
  'lapses.proposals': { input: lapseProposalsInput, output: out<Lapse.LapseProposalList>(), read: true },
  'lapses.record': { input: recordLapsesInput, output: out<Lapse.RecordedLapses>() },
  /** The proposals on A4 or in Excel, with a decision box per member and the committee's signatures. */
  'exports.lapseProposals': {
    input: lapseProposalsInput.extend({ format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  // The external-grant register (issue 16 §3; Decision 15): grants by source, their status and history, the
  // government matching rounds with the members each counted, and the matching-grant proposal (domain §(a)3).
  'grants.list': { input: z.strictObject({}), output: out<G.GrantRegister>(), read: true },
  'grants.add': { input: addGrantInput, output: out<G.Grant>() },
  'grants.advance': { input: advanceGrantInput, output: out<G.Grant>() },
  /** The grant's money arrives: one entry (Dr the money account, Cr the grant's §10 line) with its dimensions. */
  'grants.receive': { input: receiveGrantInput, output: out<G.Grant>() },
  /** A received grant taken back: the reversal of its entry on a date, with a reason; its round stops counting. */
  'grants.reverse': { input: reverseGrantInput, output: out<G.Grant>() },
  /** A draft or in-process grant's subject, reference and requested amount, corrected. */
  'grants.edit': { input: editGrantInput, output: out<G.Grant>() },
  'grants.addPastRound': { input: addPastRoundInput, output: out<G.MatchingRound>() },
  /** A matching round with the members it counted, a page at a time. */
  'grants.round': { input: roundInput, output: out<G.MatchingRoundDetail>(), read: true },
  'reports.matchingProposal': { input: proposalInput, output: out<G.MatchingProposal>(), read: true },
  'exports.matchingProposal': {
    input: proposalInput.extend({ format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  // The committee (issue 17 §1; domain §(b) Committee): terms that never overlap, seats held within them for
  // their own days, the bylaw setting on outsiders, and the list in status form §8's shape.
  'committee.overview': { input: z.strictObject({}), output: out<C.CommitteeOverview>(), read: true },
  'committee.addTerm': { input: addCommitteeTermInput, output: out<C.CommitteeTerm>() },
  'committee.addSeat': { input: addCommitteeSeatInput, output: out<C.CommitteeSeat>() },
  'committee.endSeat': { input: endCommitteeSeatInput, output: out<C.CommitteeSeat>() },
  'committee.updateSettings': { input: committeeSettingsInput, output: out<C.CommitteeSettings>() },
  'exports.committee': {
    input: z.strictObject({ termId: id.optional(), asOf: isoDate.optional(), format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  // The fund's bylaws (issue 17 §3; domain §(b) Bylaw, §(e)3): versions as adopted, never edited (a correction is
  // the next amendment; an entry made by mistake is voided and kept), each with its essential-clause checklist,
  // the welfare rule versions it adopts and the signed paper kept in the fund file.
  'bylaws.list': { input: z.strictObject({}), output: out<L.BylawList>(), read: true },
  'bylaws.get': { input: bylawVersionInput, output: out<L.BylawVersion>(), read: true },
  'bylaws.add': { input: addBylawInput, output: out<L.BylawVersion>() },
  'bylaws.attach': { input: attachBylawInput, output: out<L.BylawVersion>() },
  'bylaws.void': { input: voidBylawInput, output: out<L.BylawVersion>() },
  /** An attached file, its bytes checked against their hash, handed over like any file the backend made. */
  'bylaws.attachment': { input: bylawAttachmentInput, output: out<L.BylawAttachmentFile>(), job: true, read: true },
  /** Nothing is posted on or before the lock date; it only moves forward. */
  'periods.lock': { input: z.strictObject({ through: isoDate }), output: out<T.PeriodLock>() },
  'periods.status': { input: z.strictObject({}), output: out<T.PeriodLock>(), read: true },
  'ledger.accounts': { input: z.strictObject({}), output: out<T.Account[]>(), read: true },
  'ledger.trialBalance': { input: z.strictObject({}), output: out<T.TrialBalanceRow[]>(), read: true },
  'ledger.entry': { input: z.strictObject({ entryId: id }), output: out<T.JournalEntry>(), read: true },
  /**
   * The fund's money on the opening date (Decision 10). `balances`: cash, each bank account and investments.
   * `section10Lines`, for a fund opening mid-life: the rest of its last paper §10 (cumulative รายรับ and รายได้,
   * welfare paid, expenses), each as the positive amount printed on its line; with them the two sides of §10 must
   * be equal, and the whole posts as one entry with no ยอดยกมา. Without them the balances stand against ยอดยกมา.
   */
  'ledger.recordOpeningBalances': {
    input: z.strictObject({
      requestId,
      balances: z
        .array(z.strictObject({ accountCode: moneyAccountCode, amountSatang: positiveSatang }))
        .min(1, { message: 'required' })
        .max(40),
      section10Lines: section10Lines.default([]),
    }),
    output: out<T.JournalEntry>(),
  },
  /**
   * Reclassifies an opening recorded against ยอดยกมา (6000) over the lines of §10 the fund's paper showed, by one
   * dated entry (6000 against the lines); the lines' receipts less their payments must equal what 6000 holds.
   */
  'ledger.reclassifyOpening': {
    input: z.strictObject({ requestId, date: isoDate, lines: section10Lines.min(1, { message: 'required' }) }),
    output: out<T.JournalEntry>(),
  },
  'ledger.openingBalances': { input: z.strictObject({}), output: out<T.OpeningBalances>(), read: true },
  /** Sets accounts' opening balances to corrected amounts (0 takes one out), by one more entry on the opening date. */
  'ledger.correctOpeningBalances': {
    input: z.strictObject({
      requestId,
      balances: z
        .array(z.strictObject({ accountCode: moneyAccountCode, amountSatang: satang }))
        .min(1, { message: 'required' })
        .max(40),
    }),
    output: out<T.JournalEntry>(),
  },
  'audit.list': { input: z.strictObject({ ...page }), output: out<T.Paged<T.AuditEvent>>(), read: true },
  /** Both hash chains checked in full from their first row (issue 20 §1); the check at open reads only what is new. */
  'audit.verifyChains': { input: z.strictObject({}), output: out<Chain.ChainReport>(), job: true, read: true },
  /** The audit trail's page (issue 20 §1): newest first, a page after a cursor, filtered by person, days and kind. */
  'audit.trail': { input: auditTrailInput, output: out<Trail.AuditTrailPage>(), read: true },
  /** Each person, method and entity the trail holds, for the filters. */
  'audit.trailChoices': { input: z.strictObject({}), output: out<Trail.AuditTrailChoices>(), read: true },
  /** A filtered range of the trail as A4 PDF or Excel (at most 20,000 rows: narrow the days beyond that). */
  'exports.auditTrail': { input: auditTrailFilter.extend({ format: exportFormat }), output: out<T.ProducedFile>(), job: true, read: true },

  // Files made by the backend (PDF through one renderer, Excel through exceljs's streaming writer), handed
  // over by the transport: a download in web mode, a save dialog in Electron, a path on the command line.
  // Backups (reliability §(b)): made as a job, verified on the copy, kept by rotation beside the fund.
  'backups.make': {
    input: z.strictObject({ kind: z.enum(['manual', 'open', 'daily']).default('manual') }),
    output: out<T.BackupView>(),
    job: true,
  },
  'backups.status': { input: z.strictObject({}), output: out<T.BackupStatus>(), read: true },
  'backups.list': { input: z.strictObject({}), output: out<T.BackupView[]>(), read: true },
  // "Copy to…" a second device: the folder is one the person chose (AppApi files.folder), named here by its id.
  'backups.copyTo': { input: z.strictObject({ folderId }), output: out<T.BackupCopyReport>(), job: true },
  // Web mode has no paths (A13): its copy is a download of the newest backup, through the files-out path.
  'backups.download': { input: z.strictObject({}), output: out<T.BackupDownload>(), job: true },
  /**
   * What the file a restore replaced held after the restored backup's last entry (reliability §(b) "Restore", step
   * 6), for re-entry: the latest restore's, or the one named. Null when the fund was never restored.
   */
  'backups.gap': {
    input: z.strictObject({ restoreId: z.uuid({ message: 'bad-code' }).optional() }),
    output: out<RestoreGap | null>(),
    read: true,
  },

  'exports.memberStatement': {
    input: z.strictObject({ memberId: id, asOf: isoDate.optional(), format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  /**
   * Everything the fund holds about one member, for her on request (PDPA s.30, s.31): an A4 PDF in Thai with the
   * same data as JSON attached inside it. Logged in the access log and the audit trail before it is made.
   */
  'exports.memberData': { input: z.strictObject({ memberId: id }), output: out<T.ProducedFile>(), job: true, read: true },
  'exports.arrears': { input: arrearsInput.extend({ format: exportFormat }), output: out<T.ProducedFile>(), job: true, read: true },
  /** A posted collection day's sheet for the committee: collector, lines, total, receipt range, signatures. */
  'exports.collectionDay': {
    input: z.strictObject({ batchId: id, format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },

  'reports.memberSummary': { input: z.strictObject({ asOf: isoDate.optional() }), output: out<MemberSummary>(), read: true },
  'exports.memberSummary': {
    input: z.strictObject({ asOf: isoDate.optional(), format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  /** The member register (ทะเบียนสมาชิก) of the whole fund or of one village of the register. */
  'exports.memberRegister': {
    input: z.strictObject({ villageId: id.optional(), format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  /** The matching-eligibility list (Decision 15) at 30 September of `year`: counts, and the eligible a page at a time. */
  'exports.matchingEligibility': {
    input: z.strictObject({ year: fiscalYear.optional(), format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  /** Welfare by type (since founding and in a fiscal year) and the year's register of payments. */
  'exports.welfareReport': {
    input: z.strictObject({ fiscalYear: fiscalYear.optional(), format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  /** The §10 financial position report, cumulative since founding as of a day, from the monthly totals. */
  'reports.section10': { input: z.strictObject({ asOf: isoDate.optional() }), output: out<R.Section10Report>(), read: true },
  'exports.section10': {
    input: z.strictObject({ asOf: isoDate.optional(), format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  /** The receipts & payments statement (งบรายรับ‑รายจ่าย) for a period: §10's lines for what moved in it. */
  'reports.receiptsPayments': {
    input: z.strictObject({ from: isoDate, to: isoDate }),
    output: out<R.ReceiptsPaymentsReport>(),
    read: true,
  },
  'exports.receiptsPayments': {
    input: z.strictObject({ from: isoDate, to: isoDate, format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  /** The committee's monthly income-and-expense sheet: §10's lines for the month, each money account's start and end. */
  'reports.monthlySheet': { input: z.strictObject({ period }), output: out<O.MonthlySheet>(), read: true },
  'exports.monthlySheet': {
    input: z.strictObject({ period, format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  'reports.welfare': { input: z.strictObject({ fiscalYear: fiscalYear.optional() }), output: out<R.WelfareReport>(), read: true },
  'reports.matchingEligibility': {
    input: z.strictObject({ year: fiscalYear.optional(), ...page }),
    output: out<R.MatchingEligibility>(),
    read: true,
  },

  // The status form's questionnaire (§8, §9, §11–15), typed once per fiscal year and kept.
  'statusForm.answers': { input: z.strictObject({ fiscalYear }), output: out<R.StatusFormYear>(), read: true },
  'statusForm.saveSection': { input: saveStatusSectionInput, output: out<R.StatusSectionRecord>() },
  /** The whole status form (sections 1–15) of a fiscal year: the fund's figures with the year's typed answers. */
  'exports.statusForm': {
    input: z.strictObject({ fiscalYear, format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  /** Another year's answers as this year's starting point: only the sections this year has not answered yet. */
  'statusForm.copyFromYear': {
    input: z.strictObject({ fiscalYear, fromYear: fiscalYear }),
    output: out<R.StatusFormYear & { copied: StatusFormSection[] }>(),
  },

  // The books (issue 16 §4): the general journal, any account's ledger and the trial balance, on screen and as
  // documents (A4 landscape with page totals carried forward, or Excel); bank reconciliation; the year-end checklist.
  'books.journal': {
    input: z.strictObject({ from: isoDate, to: isoDate, ...page }),
    output: out<B.JournalBookPage>(),
    read: true,
  },
  'books.accountLedger': {
    input: z.strictObject({ accountCode: ledgerAccountCode, from: isoDate, to: isoDate, ...page }),
    output: out<B.AccountLedgerPage>(),
    read: true,
  },
  'books.trialBalance': { input: z.strictObject({ asOf: isoDate.optional() }), output: out<B.TrialBalanceReport>(), read: true },
  'exports.moneyBook': {
    input: z.strictObject({ accountCode: moneyAccountCode, from: isoDate, to: isoDate, format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  'exports.journal': {
    input: z.strictObject({ from: isoDate, to: isoDate, format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  'exports.trialBalance': {
    input: z.strictObject({ asOf: isoDate.optional(), format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  'exports.accountLedger': {
    input: z.strictObject({ accountCode: ledgerAccountCode, from: isoDate, to: isoDate, format: exportFormat }),
    output: out<T.ProducedFile>(),
    job: true,
    read: true,
  },
  /** What reconciling a bank account against a statement starts from: the book balance and the lines not yet ticked. */
  'bankReconciliations.start': {
    input: z.strictObject({ accountCode: moneyAccountCode, statementDate: isoDate }),
    output: out<B.ReconciliationStart>(),
    read: true,
  },
  /** Records a reconciliation: the statement's date and closing balance and the book lines it showed. */
  'bankReconciliations.record': {
    input: z.strictObject({
      requestId,
      accountCode: moneyAccountCode,
      statementDate: isoDate,
      statementBalanceSatang: satang,
      ticked: z.array(z.strictObject({ entryId: id, lineNo: z.int().min(1) })).max(20000),
    }),
    output: out<B.BankReconciliation>(),
  },
  'bankReconciliations.list': {
    input: z.strictObject({ accountCode: moneyAccountCode }),
    output: out<B.BankReconciliation[]>(),
    read: true,
  },
  /** The cash in hand the treasurer counted on a day, kept beside the cash book's balance that day. */
  'yearEnd.recordCashCount': {
    input: z.strictObject({ requestId, countedOn: isoDate, countedSatang: satang }),
    output: out<B.CashCount>(),
  },
  /** The year-end checklist of a fiscal year, each item done or not with its evidence (read by certification). */
  'yearEnd.checklist': { input: z.strictObject({ fiscalYear }), output: out<B.YearEndChecklist>(), read: true },

  /** The fund's home screen (issue 16 §6): every figure it shows, in one read from what the fund keeps aggregated. */
  'home.figures': { input: z.strictObject({}), output: out<HomeFigures>(), read: true },

  // The certification self-assessment (issue 17 §5; domain §(e), Decision 16): CODI's four criteria judged from the
  // data as of a day, each part with its evidence and what to fix; thresholds are settings; kept assessments never change.
  'certification.assess': { input: assessInput, output: out<Cert.Assessment>(), read: true },
  'certification.record': { input: assessInput, output: out<Cert.KeptAssessment>() },
  'certification.history': { input: z.strictObject({}), output: out<Cert.CertificationHistory>(), read: true },
  'certification.get': { input: keptAssessmentInput, output: out<Cert.KeptAssessment>(), read: true },
  'certification.settings': { input: z.strictObject({}), output: out<Cert.CertificationSettings>(), read: true },
  'certification.updateSettings': { input: certificationSettingsInput, output: out<Cert.CertificationSettings>() },
  /** The report on A4 or in Excel: a kept assessment, or a live one (recorded in the history first). */
  'exports.certification': { input: certificationExportInput, output: out<T.ProducedFile>(), job: true, read: true },

  /** The fund's identity for sync files (issue 18 §1–2): its UUID, public key, key fingerprint and demo flag. */
  'sync.identity': { input: z.strictObject({}), output: out<SyncIdentity>(), read: true },
  /**
   * Writes the fund's signed sync file (issue 18 §2–3): pseudonymous members, money as totals, the status form and
   * the four criteria; kept in SWF_HOME/sync and recorded in the chain, then handed over as a file. A job.
   */
  'sync.export': { input: syncExportInput, output: out<SyncExportResult>(), job: true },
  /** Reads a regional workspace's key file (`.swfkey`) for a full-data export: its fingerprint, name and text. */
  'sync.recipientKey': { input: recipientKeyInput, output: out<SyncRecipientKey>(), read: true },
  /** The fund's sync files, latest first. */
  'sync.exports': { input: z.strictObject({}), output: out<SyncExportHistory>(), read: true },
  /** A kept sync file handed over again, the same bytes (a file lost on the way to the officer). A job. */
  'sync.resend': { input: z.strictObject({ sequence: z.int().min(1) }), output: out<SyncResentFile>(), job: true, read: true },

  // Importing members from Excel or CSV (issue 19 §1): the template, the sheet's columns, a preview of every row
  // with every problem (nothing written), the rejected rows as a workbook to fix, and the commit, all or nothing.
  'memberImport.template': { input: z.strictObject({}), output: out<T.ProducedFile>(), job: true, read: true },
  'memberImport.open': { input: importFileInput, output: out<Import.ImportSheetInfo>(), job: true, read: true },
  'memberImport.preview': { input: importPreviewInput, output: out<Import.ImportPreview>(), job: true, read: true },
  'memberImport.rejected': { input: importPreviewInput, output: out<Import.ImportRejectedFile>(), job: true, read: true },
  'memberImport.commit': { input: importCommitInput, output: out<Import.ImportCommitResult>(), job: true },

  // History before the opening date (issue 19 §2, Decision 10), the same way: contribution lines (memo before the
  // opening date, receipts from it on) and welfare payments (memo only; later ones are claims in the app).
  'contributionHistory.template': { input: z.strictObject({}), output: out<T.ProducedFile>(), job: true, read: true },
  'contributionHistory.open': { input: importFileInput, output: out<History.ContributionHistorySheet>(), job: true, read: true },
  'contributionHistory.preview': {
    input: contributionHistoryPreviewInput,
    output: out<History.ContributionHistoryPreview>(),
    job: true,
    read: true,
  },
  'contributionHistory.rejected': {
    input: contributionHistoryPreviewInput,
    output: out<Import.ImportRejectedFile>(),
    job: true,
    read: true,
  },
  'contributionHistory.commit': { input: contributionHistoryCommitInput, output: out<History.HistoryCommitResult>(), job: true },
  'welfareHistory.template': { input: z.strictObject({}), output: out<T.ProducedFile>(), job: true, read: true },
  'welfareHistory.open': { input: importFileInput, output: out<History.WelfareHistorySheet>(), job: true, read: true },
  'welfareHistory.preview': { input: welfareHistoryPreviewInput, output: out<History.WelfareHistoryPreview>(), job: true, read: true },
  'welfareHistory.rejected': { input: welfareHistoryPreviewInput, output: out<Import.ImportRejectedFile>(), job: true, read: true },
  'welfareHistory.commit': { input: welfareHistoryCommitInput, output: out<History.HistoryCommitResult>(), job: true },
  /** A member's memo history with its voids; a line imported by mistake is voided with a reason and can be imported again. */
  'history.ofMember': { input: memberHistoryInput, output: out<History.MemberHistoryLines>(), read: true },
  'contributionHistory.void': { input: historyVoidInput, output: out<History.MemberHistoryLines>() },
  'welfareHistory.void': { input: historyVoidInput, output: out<History.MemberHistoryLines>() },

  // People and roles on a shared PC (issue 20 §2). Choosing who is at the PC needs no one chosen yet; the people
  // themselves are managed by the treasurer, and a forgotten PIN is reset by the chair (a committee member).
  'people.current': { input: z.strictObject({}), output: out<People.CurrentPerson>(), read: true },
  'people.list': { input: z.strictObject({}), output: out<People.Person[]>(), read: true },
  'people.signIn': { input: signInInput, output: out<People.CurrentPerson>(), read: true },
  'people.add': { input: addPersonInput, output: out<People.Person>() },
  'people.update': { input: updatePersonInput, output: out<People.Person>() },
  'people.setPin': { input: setPinInput, output: out<People.Person>() },
  'people.resetPin': { input: resetPinInput, output: out<People.Person>() },

  'printing.settings': { input: z.strictObject({}), output: out<PrintSettingsView>(), read: true },
  'printing.updateSettings': { input: printSettingsInput, output: out<PrintSettingsView>() },
} as const satisfies Contract;

export type FundContract = typeof fundContract;
export type FundMethod = keyof FundContract;
export type FundApi = ClientOf<FundContract>;
