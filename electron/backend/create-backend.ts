import type { FundContract, FundMethod } from '../../shared/api/fund-contract';
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract-kit';
import type { Result } from '../../shared/domain/result';
import type { JobContext } from './jobs/job-runner';
import { communityList, getVoucher, recordCommunityActivity, reverseCommunityActivity } from './use-cases/community';
import { batchList, createBatch, getBatch, postBatch, removeBatchLine, setBatchLine } from './use-cases/collection';
import { arrearsList, getReceipt, memberStatement, quoteContribution, recordContribution, voidReceipt } from './use-cases/contributions';
import { addRate, getFund, listRates, updateFundProfile } from './use-cases/fund';
import { accounts, auditList, cashBook, journalEntry, recordOpeningBalances, trialBalanceRows } from './use-cases/ledger';
import { addDependent, findMembers, getMember, memberHistory, recordMemberStatus, registerMember, updateMember } from './use-cases/members';
import type { UseCaseContext } from './use-cases/use-case-context';
import {
  addRuleVersion,
  addWelfareType,
  applyTemplate,
  templateList,
  typeList,
  updateWelfareSettingsUseCase,
  villageList,
  welfareSettings,
  welfareSummary,
} from './use-cases/welfare';
import { approveClaim, claimList, getClaim, previewClaim, recheckClaim, recordClaim, rejectClaim } from './use-cases/welfare-claims';
import { payClaim, payoutPlan, reverseClaim } from './use-cases/welfare-payouts';
import { voidMemberStatus } from './use-cases/member-status-voids';
import { welfareWhatIf } from './use-cases/welfare-what-if';

type Input<M extends FundMethod> = ParsedInputOf<FundContract, M>;
type Output<M extends FundMethod> = OutputOf<FundContract, M>;

/** Plain use cases run synchronously in one transaction; job use cases run through the job runner (A4). */
export type FundHandlers = {
  [M in FundMethod]: FundContract[M] extends { job: true }
    ? (input: Input<M>, job: JobContext) => Promise<Result<Output<M>>>
    : (input: Input<M>) => Result<Output<M>>;
};

/**
 * The only implementation of the fund's use cases (A1), over one open fund's connection. A missing or mistyped
 * handler is a compile error, because the table must satisfy the contract.
 */
export function createBackend(context: UseCaseContext): FundHandlers {
  return {
    'fund.get': () => getFund(context),
    'fund.update': (input) => updateFundProfile(context, input),
    'plan.list': () => listRates(context),
    'plan.addRate': (input) => addRate(context, input),
    'members.register': (input) => registerMember(context, input),
    'members.update': (input) => updateMember(context, input),
    'members.get': (input) => getMember(context, input.memberId),
    'members.history': (input) => memberHistory(context, input.memberId),
    'members.search': (input) => findMembers(context, input),
    'members.recordStatus': (input) => recordMemberStatus(context, input),
    'members.voidStatus': (input) => voidMemberStatus(context, input),
    'members.addDependent': (input) => addDependent(context, input),
    'contributions.quote': (input) => quoteContribution(context, input),
    'contributions.record': (input) => recordContribution(context, input),
    'contributions.void': (input) => voidReceipt(context, input),
    'contributions.receipt': (input) => getReceipt(context, input.receiptId),
    'contributions.statement': (input) => memberStatement(context, input),
    'contributions.arrears': (input) => arrearsList(context, input),
    'collection.createBatch': (input) => createBatch(context, input),
    'collection.listBatches': (input) => batchList(context, input),
    'collection.getBatch': (input) => getBatch(context, input.batchId),
    'collection.setLine': (input) => setBatchLine(context, input),
    'collection.removeLine': (input) => removeBatchLine(context, input),
    'collection.post': (input, job) => postBatch(context, input, job),
    'community.record': (input) => recordCommunityActivity(context, input),
    'community.reverse': (input) => reverseCommunityActivity(context, input),
    'community.list': (input) => communityList(context, input),
    'vouchers.get': (input) => getVoucher(context, input.voucherId),
    'welfare.templates': () => templateList(),
    'welfare.applyTemplate': (input) => applyTemplate(context, input),
    'welfare.types': () => typeList(context),
    'welfare.addType': (input) => addWelfareType(context, input),
    'welfare.addRuleVersion': (input) => addRuleVersion(context, input),
    'welfare.decide': (input) => previewClaim(context, input),
    'welfare.recordClaim': (input) => recordClaim(context, input),
    'welfare.claim': (input) => getClaim(context, input.claimId),
    'welfare.recheckClaim': (input) => recheckClaim(context, input),
    'welfare.approveClaim': (input) => approveClaim(context, input),
    'welfare.rejectClaim': (input) => rejectClaim(context, input),
    'welfare.payoutPlan': (input) => payoutPlan(context, input),
    'welfare.payClaim': (input) => payClaim(context, input),
    'welfare.reverseClaim': (input) => reverseClaim(context, input),
    'welfare.summary': () => welfareSummary(context),
    'welfare.claims': (input) => claimList(context, input),
    'welfare.whatIf': (input, job) => welfareWhatIf(context, input, job),
    'welfare.villages': () => villageList(context),
    'welfare.settings': () => welfareSettings(context),
    'welfare.updateSettings': (input) => updateWelfareSettingsUseCase(context, input),
    'ledger.cashBook': (input) => cashBook(context, input),
    'ledger.accounts': () => accounts(context),
    'ledger.trialBalance': () => trialBalanceRows(context),
    'ledger.entry': (input) => journalEntry(context, input.entryId),
    'ledger.recordOpeningBalances': (input) => recordOpeningBalances(context, input),
    'audit.list': (input) => auditList(context, input),
  } satisfies FundHandlers;
}
