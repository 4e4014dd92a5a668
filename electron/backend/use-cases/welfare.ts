import type { z } from 'zod';
import type { CommunityCategory, WelfareClaim, WelfareSummary, WelfareTypeView } from '../../../shared/api/fund-types';
import { fiscalYearOf } from '../../../shared/domain/calendar-date';
import type { claimInput } from '../../../shared/api/welfare-schemas';
import { memberArrears } from '../../../shared/domain/contributions/periods';
import { accountCodes } from '../../../shared/domain/ledger/chart-of-accounts';
import { failure, success, type Result } from '../../../shared/domain/result';
import { decideClaim, type Decision } from '../../../shared/domain/welfare/decide-claim';
import { checkRuleVersions, type BenefitRuleVersion } from '../../../shared/domain/welfare/rules';
import { welfareTemplates } from '../../../shared/domain/welfare/templates';
import { inTransaction, type Connection } from '../db/execute';
import { appendAudit } from '../db/repositories/audit-repository';
import { listDependents } from '../db/repositories/dependent-repository';
import { readFund } from '../db/repositories/fund-repository';
import {
  findClaim,
  findClaimIdByRequest,
  findWelfareType,
  findWelfareTypeIdByCode,
  insertClaim,
  insertRuleVersion,
  insertWelfareType,
  listClaims,
  listRuleVersions,
  listWelfareTypes,
  communityByCategory,
  paidWelfareByType,
  memberClaimsOfType,
  updateClaimState,
} from '../db/repositories/welfare-repository';
import type { WelfareClaimsTable, WelfareTypesTable } from '../db/schema';
import { loadMemberFacts } from './member-facts';
import { actorName, type UseCaseContext } from './use-case-context';
import { checkPaymentDate, postVoucher } from './vouchers';

type ClaimInput = z.output<z.ZodObject<typeof claimInput>>;

const communityCategories: CommunityCategory[] = ['non-member-help', 'disaster', 'culture', 'sport', 'environment', 'public-benefit'];

/** Refusals that make a claim invalid (refused, nothing written); the others leave it ineligible, on record. */
const invalidClaims = new Set([
  'claim-event-date-invalid', 'claim-event-in-future', 'claim-unknown-welfare-type', 'claim-no-rule-in-force', 'claim-event-before-membership',
  'claim-member-not-active', 'claim-units-invalid', 'claim-units-required', 'claim-recipient-birth-date-invalid', 'claim-duplicate',
]);

function typeView(connection: Connection, row: WelfareTypesTable): WelfareTypeView {
  return { id: row.id, code: row.code, category: row.category, nameTh: row.name_th, nameEn: row.name_en, versions: listRuleVersions(connection, row.id) };
}

function claimView(connection: Connection, row: WelfareClaimsTable): WelfareClaim {
  const type = findWelfareType(connection, row.type_id);
  return {
    id: row.id,
    typeId: row.type_id,
    typeName: { th: type?.name_th ?? '', en: type?.name_en ?? '' },
    memberId: row.member_id,
    eventDate: row.event_date,
    units: row.units,
    recipientKind: row.recipient_kind as WelfareClaim['recipientKind'],
    dependentId: row.dependent_id,
    decision: JSON.parse(row.decision_json) as Decision,
    amountSatang: row.computed_satang,
    state: row.state as WelfareClaim['state'],
    decisionRef: row.decision_ref,
    rejectionReason: row.rejection_reason,
    voucherId: row.voucher_id,
  };
}

export function templateList(): Result<{ key: string; nameTh: string; nameEn: string }[]> {
  return success(welfareTemplates.map(({ key, nameTh, nameEn }) => ({ key, nameTh, nameEn })));
}

/** A template's welfare types become the fund's own rule data; types the fund already has are left alone. */
export function applyTemplate(context: UseCaseContext, input: { templateKey: string; effectiveFrom: string }): Result<WelfareTypeView[]> {
  const template = welfareTemplates.find((candidate) => candidate.key === input.templateKey);
  if (!template) return failure('welfare-template-unknown', 'templateKey');
  const { connection, clock } = context;
  return inTransaction(connection, () => {
    const now = clock.now();
    for (const type of template.build(input.effectiveFrom)) {
      if (findWelfareTypeIdByCode(connection, type.code) !== undefined) continue;
      const id = insertWelfareType(connection, { code: type.code, category: type.category, name_th: type.nameTh, name_en: type.nameEn, created_at: now });
      for (const version of type.versions) insertRuleVersion(connection, id, version, now);
      appendAudit(connection, { at: now, actor: actorName(context), method: 'welfare.applyTemplate', entity: 'welfare_type', entityId: id, after: type });
    }
    return success(listWelfareTypes(connection).map((row) => typeView(connection, row)));
  });
}

export function typeList(context: UseCaseContext): Result<WelfareTypeView[]> {
  return success(listWelfareTypes(context.connection).map((row) => typeView(context.connection, row)));
}

/** A bylaw amendment: a new version from a date; versions may not overlap (checked by the engine's rules). */
export function addRuleVersion(context: UseCaseContext, input: { typeId: number; version: BenefitRuleVersion }): Result<WelfareTypeView> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<WelfareTypeView> => {
      const type = findWelfareType(connection, input.typeId);
      if (!type) return failure('welfare-type-not-found', 'typeId');
      const versions = [...listRuleVersions(connection, input.typeId), input.version];
      const checked = checkRuleVersions(versions);
      if (!checked.ok) return failure(checked.error.code, checked.error.field ? `version.${checked.error.field.replace(/^versions\.\d+\./, '')}` : 'version', checked.error.params);
      const now = clock.now();
      insertRuleVersion(connection, input.typeId, input.version, now);
      appendAudit(connection, { at: now, actor: actorName(context), method: 'welfare.addRuleVersion', entity: 'welfare_type', entityId: input.typeId, after: input.version });
      return success(typeView(connection, type));
    },
    (result) => result.ok,
  );
}

/** Everything the engine needs, as of the event date, read in one place; `exceptClaimId` leaves a claim out of the caps. */
function decide(connection: Connection, input: ClaimInput, today: string): Result<Decision> {
  const type = findWelfareType(connection, input.typeId);
  if (!type) return failure('welfare-type-not-found', 'typeId');
  const fund = readFund(connection);
  const loaded = loadMemberFacts(connection, input.memberId, fund.opened_on);
  if (!loaded) return failure('member-not-found', 'memberId');
  let recipient: Parameters<typeof decideClaim>[0]['claim']['recipient'] = { kind: input.recipient.kind === 'beneficiary' ? 'beneficiary' : 'member' };
  if (input.recipient.kind === 'dependent') {
    const dependentId = input.recipient.dependentId;
    const dependent = listDependents(connection, input.memberId).find((candidate) => candidate.id === dependentId);
    if (!dependent) return failure('dependent-not-found', 'recipient.dependentId');
    recipient = { kind: 'dependent', id: String(dependent.id), birthDate: dependent.birthDate, gender: dependent.gender };
  }
  const earlier = memberClaimsOfType(connection, input.memberId, input.typeId)
    .filter((claim) => claim.state !== 'rejected')
    .map((claim) => ({ eventDate: claim.event_date, units: claim.units_paid, amountSatang: claim.computed_satang, recipientId: claim.dependent_id === null ? null : String(claim.dependent_id) }));
  return success(
    decideClaim({
      versions: listRuleVersions(connection, input.typeId),
      claim: { eventDate: input.eventDate, units: input.units ?? null, recipient, documentsReceived: input.documentsReceived ?? null },
      member: {
        spells: loaded.facts.spells,
        birthDate: loaded.row.birth_date,
        gender: loaded.row.gender as 'male' | 'female',
        arrearsMonths: memberArrears(loaded.facts, input.eventDate).count,
      },
      earlierClaims: earlier,
      fiscalYearStartMonth: fund.fiscal_year_start_month,
      asOf: today,
    }),
  );
}

/** What the committee would see: the decision with its explanation, nothing written. */
export function previewClaim(context: UseCaseContext, input: ClaimInput): Result<Decision> {
  return decide(context.connection, input, context.clock.today());
}

export function recordClaim(context: UseCaseContext, input: ClaimInput & { requestId: string }): Result<WelfareClaim> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<WelfareClaim> => {
      const earlier = findClaimIdByRequest(connection, input.requestId);
      if (earlier !== undefined) {
        const row = findClaim(connection, earlier);
        return row && row.member_id === input.memberId ? success(claimView(connection, row)) : failure('request-reused', 'requestId');
      }
      const decided = decide(connection, input, clock.today());
      if (!decided.ok) return decided;
      const refusal = decided.value.refusal;
      if (refusal && invalidClaims.has(refusal.code)) return failure(refusal.code, refusal.field, refusal.params);
      const now = clock.now();
      const id = insertClaim(connection, {
        request_id: input.requestId,
        type_id: input.typeId,
        member_id: input.memberId,
        event_date: input.eventDate,
        units: input.units ?? null,
        recipient_kind: input.recipient.kind,
        dependent_id: input.recipient.kind === 'dependent' ? input.recipient.dependentId : null,
        documents_json: JSON.stringify(input.documentsReceived ?? []),
        decision_json: JSON.stringify(decided.value),
        computed_satang: decided.value.amountSatang,
        units_paid: decided.value.unitsPaid,
        state: 'pending',
        decision_ref: null,
        rejection_reason: null,
        voucher_id: null,
        created_at: now,
        updated_at: now,
      });
      appendAudit(connection, { at: now, actor: actorName(context), method: 'welfare.recordClaim', entity: 'welfare_claim', entityId: id, after: { ...input, amountSatang: decided.value.amountSatang } });
      const row = findClaim(connection, id);
      if (!row) throw new Error('claim not stored');
      return success(claimView(connection, row));
    },
    (result) => result.ok,
  );
}

function moveClaim(context: UseCaseContext, claimId: number, method: string, change: (row: WelfareClaimsTable) => Result<Partial<WelfareClaimsTable>>): Result<WelfareClaim> {
  const { connection, clock } = context;
  return inTransaction(
    connection,
    (): Result<WelfareClaim> => {
      const row = findClaim(connection, claimId);
      if (!row) return failure('claim-not-found', 'claimId');
      const changed = change(row);
      if (!changed.ok) return changed;
      const now = clock.now();
      const next = { ...row, ...changed.value };
      updateClaimState(connection, { id: row.id, state: next.state, decision_ref: next.decision_ref, rejection_reason: next.rejection_reason, voucher_id: next.voucher_id, updated_at: now });
      appendAudit(connection, { at: now, actor: actorName(context), method, entity: 'welfare_claim', entityId: row.id, before: { state: row.state }, after: changed.value });
      const after = findClaim(connection, row.id);
      if (!after) throw new Error('claim vanished');
      return success(claimView(connection, after));
    },
    (result) => result.ok,
  );
}

/** The committee approves an eligible claim with its meeting reference (Decision 11: the explanation was shown first). */
export function approveClaim(context: UseCaseContext, input: { claimId: number; meetingRef: string }): Result<WelfareClaim> {
  return moveClaim(context, input.claimId, 'welfare.approveClaim', (row) => {
    if (row.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: row.state });
    if (row.computed_satang === 0) return failure('claim-not-eligible', 'claimId');
    return success({ state: 'approved', decision_ref: input.meetingRef });
  });
}

export function rejectClaim(context: UseCaseContext, input: { claimId: number; reason: string }): Result<WelfareClaim> {
  return moveClaim(context, input.claimId, 'welfare.rejectClaim', (row) => {
    if (row.state !== 'pending') return failure('claim-not-pending', 'claimId', { state: row.state });
    return success({ state: 'rejected', rejection_reason: input.reason });
  });
}

/** An approved claim is paid by a voucher: Dr member welfare, Cr cash or bank, in the same transaction (Decision 13). */
export function payClaim(
  context: UseCaseContext,
  input: { claimId: number; requestId: string; paidOn: string; payeeName: string; payeeAddress: string; method: 'cash' | 'transfer' },
): Result<WelfareClaim> {
  const { connection, clock } = context;
  return moveClaim(context, input.claimId, 'welfare.payClaim', (row) => {
    if (row.state === 'paid') return failure('claim-already-paid', 'claimId');
    if (row.state !== 'approved') return failure('claim-not-approved', 'claimId', { state: row.state });
    const fund = readFund(connection);
    const date = checkPaymentDate(fund, input.paidOn, clock.today(), 'paidOn');
    if (!date.ok) return date;
    if (input.paidOn < row.event_date) return failure('payment-before-event', 'paidOn');
    const type = findWelfareType(connection, row.type_id);
    const voucherId = postVoucher(
      connection,
      fund,
      {
        requestId: input.requestId,
        paidOn: input.paidOn,
        payeeName: input.payeeName,
        payeeAddress: input.payeeAddress,
        description: `${type?.name_th ?? ''}`,
        amountSatang: row.computed_satang,
        method: input.method,
        expenseAccount: accountCodes.memberWelfare,
        sourceType: 'welfare.payClaim',
      },
      { actor: actorName(context), now: clock.now() },
    );
    return success({ state: 'paid', voucher_id: voucherId });
  });
}

export function claimList(context: UseCaseContext, input: { offset: number; limit: number }) {
  const page = listClaims(context.connection, input.offset, input.limit);
  return success({ total: page.total, offset: input.offset, rows: page.rows.map((row) => claimView(context.connection, row)) });
}

const everYears = { from: 0, to: 9999 };

/** Status form §5–7 from the registers, never typed twice: cumulative since founding and the last full fiscal year. */
export function welfareSummary(context: UseCaseContext): Result<WelfareSummary> {
  const { connection, clock } = context;
  const fund = readFund(connection);
  const lastFiscalYear = fiscalYearOf(clock.today(), fund.fiscal_year_start_month) - 1;
  const cumulative = paidWelfareByType(connection, everYears.from, everYears.to);
  const lastYear = paidWelfareByType(connection, lastFiscalYear, lastFiscalYear);
  const communityEver = communityByCategory(connection, everYears.from, everYears.to);
  const communityLast = communityByCategory(connection, lastFiscalYear, lastFiscalYear);
  const none = { persons: 0, amountSatang: 0 };
  const noActivity = { activities: 0, beneficiaries: 0, amountSatang: 0 };
  return success({
    lastFiscalYear,
    types: listWelfareTypes(connection).map((type) => ({
      typeId: type.id,
      category: type.category,
      nameTh: type.name_th,
      nameEn: type.name_en,
      cumulative: cumulative.get(type.id) ?? none,
      lastYear: lastYear.get(type.id) ?? none,
    })),
    community: communityCategories.map((category) => ({ category, cumulative: communityEver.get(category) ?? noActivity, lastYear: communityLast.get(category) ?? noActivity })),
  });
}
