import {
  assessCertificationUseCase,
  certificationHistory,
  certificationSettings,
  exportCertification,
  keptCertification,
  recordCertification,
  updateCertificationSettings,
} from './use-cases/certification';
import type { FundContract, FundMethod } from '../../shared/api/fund-contract';
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract-kit';
import type { Result } from '../../shared/domain/result';
import { claimResult } from './steps/claims';
import { activityResult } from './steps/community-activities';
import { expenseResult } from './steps/expenses';
import { incomeReceiptResult } from './steps/income-receipts';
import { adminCostCheck, listExpenses, recordExpense, reverseExpense } from './use-cases/expenses';
import { getIncome, listIncome, recordIncome, voidIncome } from './use-cases/income';
import { receiptResult } from './steps/receipts';
import { exportLapseProposals, lapseProposals, lapseSettings, recordLapses, setLapseSettings } from './use-cases/lapses';
import { communityList, getVoucher, recordCommunityActivity, reverseCommunityActivity } from './use-cases/community';
import {
  batchList,
  batchReceiptList,
  batchResult,
  createBatch,
  getBatch,
  postBatch,
  removeBatchLine,
  setBatchLine,
} from './use-cases/collection';
import { arrearsList, getReceipt, memberStatement, quoteContribution, recordContribution, voidReceipt } from './use-cases/contributions';
import { backupList, backupNow, backupStatus, copyBackupsToDevice, downloadNewestBackup } from './use-cases/backups';
import { restoreGap } from './use-cases/restores';
import {
  exportArrears,
  exportCollectionDay,
  exportMatchingEligibility,
  exportMatchingProposal,
  exportMemberStatement,
  exportMonthlySheet,
  exportReceiptsPayments,
  exportSection10,
  exportWelfareReport,
} from './use-cases/exports';
import {
  matchingEligibility,
  matchingProposal,
  monthlySheetReport,
  receiptsPaymentsReport,
  section10Report,
  welfareReport,
} from './use-cases/reports';
import {
  addCommitteeSeat,
  addCommitteeTerm,
  committeeOverview,
  endCommitteeSeatUseCase,
  exportCommittee,
  updateCommitteeSettings,
} from './use-cases/committee';
import {
  addGrant,
  addPastRound,
  advanceGrant,
  editGrant,
  grantRegister,
  grantResult,
  matchingRound,
  receiveGrant,
  reverseGrant,
} from './use-cases/grants';
import { copyStatusAnswers, saveStatusSection, statusFormYear } from './use-cases/status-form';
import { exportMemberRegister } from './use-cases/member-register';
import { commitImport, importTemplate, openImport, previewImport, rejectedImportRows } from './use-cases/member-import';
import {
  commitContributionHistory,
  commitWelfareHistory,
  contributionHistoryTemplate,
  openContributionHistory,
  openWelfareHistory,
  previewContributionHistory,
  previewWelfareHistory,
  rejectedContributionHistory,
  rejectedWelfareHistory,
  welfareHistoryTemplate,
} from './use-cases/history-import';
import { exportStatusForm } from './use-cases/status-form-export';
import { exportMemberSummary, memberSummaryReport } from './use-cases/member-summary';
import { addBylaw, attachBylaw, bylawAttachment, bylawList, bylawResult, voidBylaw } from './use-cases/bylaws';
import { addAgenda, addMeeting, exportMeeting, meetingList, meetingResult, recordMeeting, setQuorum } from './use-cases/meetings';
import { addVillage, editVillage, villageList } from './use-cases/villages';
import { addPerson, changePin, currentPerson, editPerson, peopleList, resetPin, signIn } from './use-cases/people';
import { homeFigures } from './use-cases/home';
import { duesSettings, updateDuesSettingsUseCase } from './use-cases/dues-settings';
import { addRate, getFund, listRates, updateFundProfile } from './use-cases/fund';
import { accounts, auditList, cashBook, journalEntry, negativeBalances, trialBalanceRows } from './use-cases/ledger';
import { correctOpeningBalances, openingBalances, reclassifyOpening, recordOpeningBalances } from './use-cases/opening-balances';
import {
  addBankAccountUseCase,
  moneyAccountList,
  setUsualMoneyAccount,
  transferMoney,
  transferResult,
  updateBankAccountUseCase,
} from './use-cases/money';
import { lockPeriod, periodStatus } from './use-cases/periods';
import { exportAccountLedger, exportJournal, exportMoneyBook, exportTrialBalance } from './use-cases/book-exports';
import {
  accountLedger,
  journalBook,
  reconciliationList,
  reconciliationResult,
  reconciliationStart,
  recordReconciliation,
  trialBalanceReport,
} from './use-cases/books';
import { cashCountResult, recordCashCount, yearEndChecklist } from './use-cases/year-end';
import { addDependent, findMembers, getMember, memberHistory, recordMemberStatus, registerMember, updateMember } from './use-cases/members';
import { voidMemberStatus } from './use-cases/member-status-voids';
import { printSettings, updatePrintSettings } from './use-cases/printing';
import { memberAccessLog, revealPersonal } from './use-cases/personal-data';
import { exportMemberData } from './use-cases/member-data-export';
import { clearPersonalData, retentionReview, setKeepYears } from './use-cases/retention';
import { voidMemberRegistration } from './use-cases/member-voids';
import { verifyAuditChains } from './use-cases/audit-chains';
import { auditTrail, auditTrailChoices, exportAuditTrail } from './use-cases/audit-trail';
import { historyOfMember, voidContributionHistory, voidWelfareHistory } from './use-cases/history-voids';
import { amountCeilings, setAmountCeilings } from './use-cases/amount-ceilings';
import { adminCostSetting, setAdminCostSetting } from './use-cases/admin-cost-setting';
import type { JobUseCaseContext, UseCaseContext } from './use-cases/use-case-context';
import {
  addRuleVersion,
  addWelfareType,
  applyTemplate,
  templateList,
  typeList,
  updateWelfareSettingsUseCase,
  welfareSettings,
  welfareSummary,
} from './use-cases/welfare';
import { approvalsCite, setApprovalsCite } from './use-cases/approval-citations';
import { addApplication, applicationList, approveApplication, getApplication, refuseApplication } from './use-cases/applications';
import { approveClaim, claimList, getClaim, previewClaim, recheckClaim, recordClaim, rejectClaim } from './use-cases/welfare-claims';
import { payClaim, payoutPlan, reverseClaim } from './use-cases/welfare-payouts';
import { welfareWhatIf } from './use-cases/welfare-what-if';
import { exportSyncFile, resendSyncFile, syncExportHistory } from './use-cases/sync-export';
import { readRecipientKeyFile } from './use-cases/sync-recipient-key';
import { syncIdentity } from './use-cases/sync-identity';

type Input<M extends FundMethod> = ParsedInputOf<FundContract, M>;
type Output<M extends FundMethod> = OutputOf<FundContract, M>;

/**
 * Plain use cases run synchronously inside the unit of work the host opened for the call (A6, A7); job use
 * cases read in chunks and write through their context's `commit` (A4).
 */
export type FundHandlers = {
  [M in FundMethod]: FundContract[M] extends { job: true }
    ? (context: JobUseCaseContext, input: Input<M>) => Promise<Result<Output<M>>>
    : (context: UseCaseContext, input: Input<M>) => Result<Output<M>>;
};

/** The methods whose input carries a client's request id (every money-writing request, Decision 7). */
export type RequestMethod = {
  // An empty input parses to Record<string, never>, which would otherwise seem to have every key.
  [M in FundMethod]: string extends keyof Input<M> ? never : Input<M> extends { requestId: string } ? M : never;
}[FundMethod];

/**
 * How a retried request is answered: the record its first call made, read again by the id that call answered
 * (unit-of-work.ts). One entry per request-id method, so adding such a method without it is a compile error.
 */
export type RequestReplays = { [M in RequestMethod]: (context: UseCaseContext, entityId: number) => Result<Output<M> & { id: number }> };

/**
 * The only implementation of the fund's use cases (A1). A missing or mistyped handler is a compile error,
 * because the table must satisfy the contract; the host binds each call to its fund and its unit of work.
 */
export function createBackend(): FundHandlers {
  return {
    'fund.get': (context) => getFund(context),
    'fund.update': (context, input) => updateFundProfile(context, input),
    'fund.duesSettings': (context) => duesSettings(context),
    'fund.updateDuesSettings': (context, input) => updateDuesSettingsUseCase(context, input),
    'fund.ceilings': (context) => amountCeilings(context),
    'fund.setCeilings': (context, input) => setAmountCeilings(context, input),
    'fund.adminCost': (context) => adminCostSetting(context),
    'fund.setAdminCost': (context, input) => setAdminCostSetting(context, input),
    'plan.list': (context) => listRates(context),
    'plan.addRate': (context, input) => addRate(context, input),
    'members.register': (context, input) => registerMember(context, input),
    'applications.add': (context, input) => addApplication(context, input),
    'applications.list': (context, input) => applicationList(context, input),
    'applications.get': (context, input) => getApplication(context, input),
    'applications.approve': (context, input) => approveApplication(context, input),
    'applications.refuse': (context, input) => refuseApplication(context, input),
    'members.update': (context, input) => updateMember(context, input),
    'members.get': (context, input) => getMember(context, input),
    'members.history': (context, input) => memberHistory(context, input),
    'members.search': (context, input) => findMembers(context, input),
    'members.recordStatus': (context, input) => recordMemberStatus(context, input),
    'members.voidStatus': (context, input) => voidMemberStatus(context, input),
    'members.void': (context, input) => voidMemberRegistration(context, input),
    'members.addDependent': (context, input) => addDependent(context, input),
    'people.current': (context) => currentPerson(context),
    'people.list': (context) => peopleList(context),
    'people.signIn': (context, input) => signIn(context, input),
    'people.add': (context, input) => addPerson(context, input),
    'people.update': (context, input) => editPerson(context, input),
    'people.setPin': (context, input) => changePin(context, input),
    'people.resetPin': (context, input) => resetPin(context, input),
    'members.revealPersonal': (context, input) => revealPersonal(context, input),
    'members.accessLog': (context, input) => memberAccessLog(context, input),
    'retention.review': (context, input) => retentionReview(context, input),
    'retention.setKeepYears': (context, input) => setKeepYears(context, input),
    'retention.clear': (context, input) => clearPersonalData(context, input),
    'villages.list': (context) => villageList(context),
    'villages.add': (context, input) => addVillage(context, input),
    'villages.update': (context, input) => editVillage(context, input),
    'contributions.quote': (context, input) => quoteContribution(context, input),
    'contributions.record': (context, input) => recordContribution(context, input),
    'contributions.void': (context, input) => voidReceipt(context, input),
    'contributions.receipt': (context, input) => getReceipt(context, input),
    'contributions.statement': (context, input) => memberStatement(context, input),
    'contributions.arrears': (context, input) => arrearsList(context, input),
    'collection.createBatch': (context, input) => createBatch(context, input),
    'collection.listBatches': (context, input) => batchList(context, input),
    'collection.getBatch': (context, input) => getBatch(context, input),
    'collection.setLine': (context, input) => setBatchLine(context, input),
    'collection.removeLine': (context, input) => removeBatchLine(context, input),
    'collection.post': (context, input) => postBatch(context, input),
    'collection.receipts': (context, input) => batchReceiptList(context, input),
    'community.record': (context, input) => recordCommunityActivity(context, input),
    'community.reverse': (context, input) => reverseCommunityActivity(context, input),
    'community.list': (context, input) => communityList(context, input),
    'vouchers.get': (context, input) => getVoucher(context, input),
    'income.record': (context, input) => recordIncome(context, input),
    'income.void': (context, input) => voidIncome(context, input),
    'income.receipt': (context, input) => getIncome(context, input),
    'income.list': (context, input) => listIncome(context, input),
    'expenses.record': (context, input) => recordExpense(context, input),
    'expenses.reverse': (context, input) => reverseExpense(context, input),
    'expenses.list': (context, input) => listExpenses(context, input),
    'expenses.adminCostCheck': (context, input) => adminCostCheck(context, input),
    'welfare.templates': () => templateList(),
    'welfare.applyTemplate': (context, input) => applyTemplate(context, input),
    'welfare.types': (context) => typeList(context),
    'welfare.addType': (context, input) => addWelfareType(context, input),
    'welfare.addRuleVersion': (context, input) => addRuleVersion(context, input),
    'welfare.decide': (context, input) => previewClaim(context, input),
    'welfare.recordClaim': (context, input) => recordClaim(context, input),
    'welfare.claim': (context, input) => getClaim(context, input),
    'welfare.recheckClaim': (context, input) => recheckClaim(context, input),
    'welfare.approveClaim': (context, input) => approveClaim(context, input),
    'welfare.rejectClaim': (context, input) => rejectClaim(context, input),
    'welfare.payoutPlan': (context, input) => payoutPlan(context, input),
    'welfare.payClaim': (context, input) => payClaim(context, input),
    'welfare.reverseClaim': (context, input) => reverseClaim(context, input),
    'welfare.summary': (context) => welfareSummary(context),
    'welfare.claims': (context, input) => claimList(context, input),
    'welfare.whatIf': (context, input) => welfareWhatIf(context, input),
    'welfare.settings': (context) => welfareSettings(context),
    'welfare.updateSettings': (context, input) => updateWelfareSettingsUseCase(context, input),
    'ledger.cashBook': (context, input) => cashBook(context, input),
    'ledger.accounts': (context) => accounts(context),
    'ledger.trialBalance': (context) => trialBalanceRows(context),
    'ledger.entry': (context, input) => journalEntry(context, input),
    'ledger.recordOpeningBalances': (context, input) => recordOpeningBalances(context, input),
    'ledger.negativeBalances': (context) => negativeBalances(context),
    'ledger.openingBalances': (context) => openingBalances(context),
    'ledger.correctOpeningBalances': (context, input) => correctOpeningBalances(context, input),
    'ledger.reclassifyOpening': (context, input) => reclassifyOpening(context, input),
    'moneyAccounts.list': (context) => moneyAccountList(context),
    'moneyAccounts.setUsual': (context, input) => setUsualMoneyAccount(context, input),
    'bankAccounts.add': (context, input) => addBankAccountUseCase(context, input),
    'bankAccounts.update': (context, input) => updateBankAccountUseCase(context, input),
    'money.transfer': (context, input) => transferMoney(context, input),
    'meetings.list': (context, input) => meetingList(context, input),
    'meetings.get': (context, input) => meetingResult(context, input.meetingId),
    'meetings.add': (context, input) => addMeeting(context, input),
    'meetings.addAgenda': (context, input) => addAgenda(context, input),
    'meetings.record': (context, input) => recordMeeting(context, input),
    'meetings.setQuorum': (context, input) => setQuorum(context, input),
    'meetings.approvalsCite': (context) => approvalsCite(context),
    'meetings.setApprovalsCite': (context, input) => setApprovalsCite(context, input),
    'exports.meetingInvitation': (context, input) => exportMeeting(context, input, 'invitation'),
    'exports.meetingMinutes': (context, input) => exportMeeting(context, input, 'minutes'),
    'lapses.settings': (context) => lapseSettings(context),
    'lapses.setSettings': (context, input) => setLapseSettings(context, input),
    'lapses.proposals': (context, input) => lapseProposals(context, input),
    'lapses.record': (context, input) => recordLapses(context, input),
    'exports.lapseProposals': (context, input) => exportLapseProposals(context, input),
    'grants.list': (context) => grantRegister(context),
    'grants.add': (context, input) => addGrant(context, input),
    'grants.advance': (context, input) => advanceGrant(context, input),
    'grants.receive': (context, input) => receiveGrant(context, input),
    'grants.reverse': (context, input) => reverseGrant(context, input),
    'grants.edit': (context, input) => editGrant(context, input),
    'grants.addPastRound': (context, input) => addPastRound(context, input),
    'grants.round': (context, input) => matchingRound(context, input),
    'reports.matchingProposal': (context, input) => matchingProposal(context, input),
    'exports.matchingProposal': (context, input) => exportMatchingProposal(context, input),
    'committee.overview': (context) => committeeOverview(context),
    'committee.addTerm': (context, input) => addCommitteeTerm(context, input),
    'committee.addSeat': (context, input) => addCommitteeSeat(context, input),
    'committee.endSeat': (context, input) => endCommitteeSeatUseCase(context, input),
    'committee.updateSettings': (context, input) => updateCommitteeSettings(context, input),
    'exports.committee': (context, input) => exportCommittee(context, input),
    'bylaws.list': (context) => bylawList(context),
    'bylaws.get': (context, input) => bylawResult(context, input.versionId),
    'bylaws.add': (context, input) => addBylaw(context, input),
    'bylaws.attach': (context, input) => attachBylaw(context, input),
    'bylaws.void': (context, input) => voidBylaw(context, input),
    'bylaws.attachment': (context, input) => bylawAttachment(context, input),
    'periods.lock': (context, input) => lockPeriod(context, input),
    'periods.status': (context) => periodStatus(context),
    'audit.list': (context, input) => auditList(context, input),
    'audit.verifyChains': (context) => verifyAuditChains(context),
    'audit.trail': (context, input) => auditTrail(context, input),
    'audit.trailChoices': (context) => auditTrailChoices(context),
    'exports.auditTrail': (context, input) => exportAuditTrail(context, input),
    'backups.make': (context, input) => backupNow(context, input),
    'backups.status': (context) => backupStatus(context),
    'backups.list': (context) => backupList(context),
    'backups.copyTo': (context, input) => copyBackupsToDevice(context, input),
    'backups.download': (context) => downloadNewestBackup(context),
    'backups.gap': (context, input) => restoreGap(context, input),
    'exports.memberStatement': (context, input) => exportMemberStatement(context, input),
    'exports.memberData': (context, input) => exportMemberData(context, input),
    'exports.arrears': (context, input) => exportArrears(context, input),
    'exports.collectionDay': (context, input) => exportCollectionDay(context, input),
    'exports.matchingEligibility': (context, input) => exportMatchingEligibility(context, input),
    'exports.welfareReport': (context, input) => exportWelfareReport(context, input),
    'reports.welfare': (context, input) => welfareReport(context, input),
    'reports.section10': (context, input) => section10Report(context, input),
    'exports.section10': (context, input) => exportSection10(context, input),
    'reports.receiptsPayments': (context, input) => receiptsPaymentsReport(context, input),
    'exports.receiptsPayments': (context, input) => exportReceiptsPayments(context, input),
    'reports.monthlySheet': (context, input) => monthlySheetReport(context, input),
    'exports.monthlySheet': (context, input) => exportMonthlySheet(context, input),
    'reports.matchingEligibility': (context, input) => matchingEligibility(context, input),
    'statusForm.answers': (context, input) => statusFormYear(context, input),
    'statusForm.saveSection': (context, input) => saveStatusSection(context, input),
    'statusForm.copyFromYear': (context, input) => copyStatusAnswers(context, input),
    'exports.statusForm': (context, input) => exportStatusForm(context, input),
    'exports.memberSummary': (context, input) => exportMemberSummary(context, input),
    'exports.memberRegister': (context, input) => exportMemberRegister(context, input),
    'reports.memberSummary': (context, input) => memberSummaryReport(context, input),
    'home.figures': (context) => homeFigures(context),
    'certification.assess': (context, input) => assessCertificationUseCase(context, input),
    'certification.record': (context, input) => recordCertification(context, input),
    'certification.history': (context) => certificationHistory(context),
    'certification.get': (context, input) => keptCertification(context, input),
    'certification.settings': (context) => certificationSettings(context),
    'certification.updateSettings': (context, input) => updateCertificationSettings(context, input),
    'exports.certification': (context, input) => exportCertification(context, input),
    'books.journal': (context, input) => journalBook(context, input),
    'books.accountLedger': (context, input) => accountLedger(context, input),
    'books.trialBalance': (context, input) => trialBalanceReport(context, input),
    'exports.moneyBook': (context, input) => exportMoneyBook(context, input),
    'exports.journal': (context, input) => exportJournal(context, input),
    'exports.trialBalance': (context, input) => exportTrialBalance(context, input),
    'exports.accountLedger': (context, input) => exportAccountLedger(context, input),
    'bankReconciliations.start': (context, input) => reconciliationStart(context, input),
    'bankReconciliations.record': (context, input) => recordReconciliation(context, input),
    'bankReconciliations.list': (context, input) => reconciliationList(context, input),
    'yearEnd.recordCashCount': (context, input) => recordCashCount(context, input),
    'yearEnd.checklist': (context, input) => yearEndChecklist(context, input),
    'sync.identity': (context) => syncIdentity(context),
    'sync.exports': (context) => syncExportHistory(context),
    'sync.export': (context, input) => exportSyncFile(context, input),
    'sync.recipientKey': (context, input) => readRecipientKeyFile(context, input),
    'sync.resend': (context, input) => resendSyncFile(context, input),
    'memberImport.template': (context) => importTemplate(context),
    'memberImport.open': (context, input) => openImport(context, input),
    'memberImport.preview': (context, input) => previewImport(context, input),
    'memberImport.rejected': (context, input) => rejectedImportRows(context, input),
    'memberImport.commit': (context, input) => commitImport(context, input),
    'contributionHistory.template': (context) => contributionHistoryTemplate(context),
    'contributionHistory.open': (context, input) => openContributionHistory(context, input),
    'contributionHistory.preview': (context, input) => previewContributionHistory(context, input),
    'contributionHistory.rejected': (context, input) => rejectedContributionHistory(context, input),
    'contributionHistory.commit': (context, input) => commitContributionHistory(context, input),
    'welfareHistory.template': (context) => welfareHistoryTemplate(context),
    'welfareHistory.open': (context, input) => openWelfareHistory(context, input),
    'welfareHistory.preview': (context, input) => previewWelfareHistory(context, input),
    'welfareHistory.rejected': (context, input) => rejectedWelfareHistory(context, input),
    'welfareHistory.commit': (context, input) => commitWelfareHistory(context, input),
    'history.ofMember': (context, input) => historyOfMember(context, input),
    'contributionHistory.void': (context, input) => voidContributionHistory(context, input),
    'welfareHistory.void': (context, input) => voidWelfareHistory(context, input),
    'printing.settings': (context) => printSettings(context),
    'printing.updateSettings': (context, input) => updatePrintSettings(context, input),
  } satisfies FundHandlers;
}

export const requestReplays: RequestReplays = {
  'contributions.record': (context, receiptId) => receiptResult(context.connection, receiptId),
  'contributions.void': (context, receiptId) => receiptResult(context.connection, receiptId),
  'collection.post': (context, batchId) => batchResult(context.connection, batchId),
  'community.record': (context, activityId) => activityResult(context.connection, activityId),
  'community.reverse': (context, activityId) => activityResult(context.connection, activityId),
  'income.record': (context, receiptId) => incomeReceiptResult(context.connection, receiptId),
  'income.void': (context, receiptId) => incomeReceiptResult(context.connection, receiptId),
  'expenses.record': (context, voucherId) => expenseResult(context.connection, voucherId),
  'expenses.reverse': (context, voucherId) => expenseResult(context.connection, voucherId),
  'welfare.recordClaim': (context, claimId) => claimResult(context.connection, claimId, context.clock.today()),
  'welfare.payClaim': (context, claimId) => claimResult(context.connection, claimId, context.clock.today()),
  'welfare.reverseClaim': (context, claimId) => claimResult(context.connection, claimId, context.clock.today()),
  'ledger.recordOpeningBalances': (context, entryId) => journalEntry(context, { entryId }),
  'money.transfer': (context, transferId) => transferResult(context, transferId),
  'bankReconciliations.record': (context, id) => reconciliationResult(context, id),
  'yearEnd.recordCashCount': (context, id) => cashCountResult(context, id),
  'grants.receive': (context, grantId) => grantResult(context, grantId),
  'grants.reverse': (context, grantId) => grantResult(context, grantId),
  'ledger.correctOpeningBalances': (context, entryId) => journalEntry(context, { entryId }),
  'ledger.reclassifyOpening': (context, entryId) => journalEntry(context, { entryId }),
};
