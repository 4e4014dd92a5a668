import { daysBetween, fiscalYearOf, isValidIsoDate, type CalendarDate } from '../calendar-date';
import type { Spell } from '../contributions/periods';
import type { DomainError } from '../result';
import { ageOn, completedMonths } from './durations';
import {
  defaultMaxArrearsMonths,
  maxUnitsPerClaim,
  ruleInForce,
  type BenefitRuleVersion,
  type MembershipTier,
  type WelfareGender,
} from './rules';

/**
 * The welfare eligibility engine (issue 3, Decision 11): pure, no clock. Everything — the rule versions, the
 * member's spells and arrears on the event date, the earlier paid claims, today's date (`asOf`) — is passed in,
 * so the same input always gives the same decision.
 */

/** Who receives: age and gender conditions apply to the member, or to the dependent when one receives. */
export type ClaimRecipient =
  | { kind: 'member'; id?: string | null }
  | { kind: 'dependent'; id?: string | null; birthDate: CalendarDate; gender: WelfareGender }
  | { kind: 'beneficiary'; id?: string | null };

export type WelfareClaimInput = {
  eventDate: CalendarDate;
  /** Nights or days for per-unit benefits; otherwise absent. */
  units?: number | null;
  recipient: ClaimRecipient;
  /** Keys of the documents received; when absent, documents are not checked (shown as a line). */
  documentsReceived?: readonly string[] | null;
};

/** The member as of the event date; `arrearsMonths` is the arrears count on the event date (Decision 7). */
export type MemberFacts = {
  spells: readonly Spell[];
  birthDate: CalendarDate | null;
  gender: WelfareGender | null;
  arrearsMonths: number;
  /** For rules whose waiting period starts elsewhere than the approval date (all as of the event date): */
  appliedOn?: CalendarDate | null;
  /** The first payment received in the current spell, on or before the event date. */
  firstPaymentOn?: CalendarDate | null;
  /** The days of the months paid up in the current spell (a "1 baht a day" member's paid days). */
  paidDays?: number | null;
};

/**
 * An earlier paid (not reversed) claim of the same welfare type that counts toward this claim's caps. The
 * caller chooses which claims count (e.g. the member's own, or also those paid for the member's dependents).
 */
export type PaidClaim = {
  eventDate: CalendarDate;
  units: number;
  amountSatang: number;
  recipientId?: string | null;
  /** Paid before the fund's opening date and imported as memo history (Decision 10): it counts toward every cap. */
  fromHistory?: boolean;
};

export type DecideClaimInput = {
  versions: readonly BenefitRuleVersion[];
  claim: WelfareClaimInput;
  member: MemberFacts;
  earlierClaims: readonly PaidClaim[];
  fiscalYearStartMonth: number;
  /** Today, as the caller knows it: an event after it is refused. */
  asOf: CalendarDate;
  /** Decision 6 setting: count membership within the current spell (default) or from the first spell. */
  membershipCounting?: 'current-spell' | 'first-spell';
};

export type ExplanationLine = { code: string; params: Record<string, string | number>; passed?: boolean };

export type Decision = {
  eligible: boolean;
  amountSatang: number;
  unitsPaid: number;
  lines: ExplanationLine[];
  refusal: DomainError | null;
  /** The rule version used, by its effective date; null when none was in force. */
  ruleEffectiveFrom: CalendarDate | null;
};

function refuse(
  lines: ExplanationLine[],
  code: string,
  field: string | undefined,
  params: Record<string, string | number>,
  rule: BenefitRuleVersion | null,
): Decision {
  const refusal: DomainError = { code, params };
  if (field !== undefined) refusal.field = field;
  return { eligible: false, amountSatang: 0, unitsPaid: 0, lines, refusal, ruleEffectiveFrom: rule ? rule.effectiveFrom : null };
}

function sameRecipient(left: string | null | undefined, right: string | null | undefined): boolean {
  return (left ?? null) === (right ?? null);
}

/** The amount of the tier that covers `years` completed years; undefined below the first tier. */
export function tierAmount(
  tiers: readonly MembershipTier[],
  years: number,
): { tier: MembershipTier; amountSatang: number; extraYears: number } | undefined {
  let found: MembershipTier | undefined;
  for (const tier of tiers) if (tier.fromYears <= years && (!found || tier.fromYears > found.fromYears)) found = tier;
  if (!found) return undefined;
  const extra = found.extraPerYear;
  const extraYears = extra ? Math.max(0, years - extra.beyondYears) : 0;
  return { tier: found, amountSatang: found.amountSatang + (extra ? extra.amountSatang * extraYears : 0), extraYears };
}

/**
 * The waiting period when the bylaw starts it elsewhere than the approval date (Decision 11); undefined for the
 * approval date, which the membership line already explains.
 */
function waitingCheck(
  rule: BenefitRuleVersion,
  member: MemberFacts,
  current: Spell,
  first: Spell,
  eventDate: CalendarDate,
): { passed: boolean; code: string; params: Record<string, string | number> } | undefined {
  const waitingDays = rule.waitingDays;
  switch (rule.waitingFrom ?? 'approval') {
    case 'approval':
      return undefined;
    case 'application': {
      // The application precedes the first approval only; a reinstated spell waits from its own start.
      const applied = member.appliedOn;
      const from = current === first && applied && isValidIsoDate(applied) && applied <= current.start ? applied : current.start;
      const days = daysBetween(from, eventDate);
      return { passed: days >= waitingDays, code: 'welfare.waiting-application', params: { from, days, waitingDays } };
    }
    case 'first-payment': {
      const paid = member.firstPaymentOn;
      if (!paid || !isValidIsoDate(paid) || paid > eventDate)
        return { passed: false, code: 'welfare.waiting-no-payment', params: { waitingDays } };
      const days = daysBetween(paid, eventDate);
      return { passed: days >= waitingDays, code: 'welfare.waiting-first-payment', params: { from: paid, days, waitingDays } };
    }
    case 'paid-days': {
      const paidDays = member.paidDays ?? 0;
      return { passed: paidDays >= waitingDays, code: 'welfare.waiting-paid-days', params: { paidDays, waitingDays } };
    }
  }
}

/** Decides one claim: the eligibility, the amount (whole satang, within every cap) and the explanation. */
export function decideClaim(input: DecideClaimInput): Decision {
  const lines: ExplanationLine[] = [];
  const { claim, member } = input;
  const eventDate = claim.eventDate;

  // 1. Bad input: refused before any rule is looked at.
  if (!isValidIsoDate(eventDate)) return refuse(lines, 'claim-event-date-invalid', 'eventDate', { eventDate: String(eventDate) }, null);
  if (!isValidIsoDate(input.asOf)) return refuse(lines, 'claim-as-of-invalid', 'asOf', { asOf: String(input.asOf) }, null);
  if (eventDate > input.asOf) return refuse(lines, 'claim-event-in-future', 'eventDate', { eventDate, asOf: input.asOf }, null);
  if (input.versions.length === 0) return refuse(lines, 'claim-unknown-welfare-type', 'welfareType', {}, null);
  const rule = ruleInForce(input.versions, eventDate) ?? null;
  if (!rule) return refuse(lines, 'claim-no-rule-in-force', 'eventDate', { eventDate }, null);
  // Which clause of the bylaws decides, when the fund wrote it down: the committee cites it in the minutes.
  lines.push(
    rule.clause
      ? { code: 'welfare.rule-in-force-clause', params: { effectiveFrom: rule.effectiveFrom, clause: rule.clause } }
      : { code: 'welfare.rule-in-force', params: { effectiveFrom: rule.effectiveFrom } },
  );

  const spells = [...member.spells]
    .filter((spell) => isValidIsoDate(spell.start))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const first = spells[0];
  if (!first || eventDate < first.start) {
    return refuse(lines, 'claim-event-before-membership', 'eventDate', { eventDate, memberSince: first ? first.start : '' }, rule);
  }
  let current: Spell | undefined;
  for (const spell of spells) if (spell.start <= eventDate && (spell.end === null || eventDate <= spell.end)) current = spell;
  if (!current) return refuse(lines, 'claim-member-not-active', 'eventDate', { eventDate }, rule);

  const units = claim.units ?? null;
  if (units !== null && (!Number.isSafeInteger(units) || units < 1 || units > maxUnitsPerClaim)) {
    return refuse(
      lines,
      'claim-units-invalid',
      'units',
      { units: Number.isFinite(units) ? units : String(units), max: maxUnitsPerClaim },
      rule,
    );
  }
  if (rule.amount.kind === 'per-unit' && units === null)
    return refuse(lines, 'claim-units-required', 'units', { unit: rule.amount.unit }, rule);

  const recipient = claim.recipient;
  if (recipient.kind === 'dependent' && (!isValidIsoDate(recipient.birthDate) || recipient.birthDate > eventDate)) {
    return refuse(lines, 'claim-recipient-birth-date-invalid', 'recipient.birthDate', { birthDate: String(recipient.birthDate) }, rule);
  }
  const recipientId = recipient.id ?? null;
  if (input.earlierClaims.some((earlier) => earlier.eventDate === eventDate && sameRecipient(earlier.recipientId, recipientId))) {
    return refuse(lines, 'claim-duplicate', 'eventDate', { eventDate }, rule);
  }

  // 2. Conditions: every one is explained; the first that fails is the refusal.
  const conditions: { line: ExplanationLine; refusal: string }[] = [];
  const check = (passed: boolean, code: string, params: Record<string, string | number>, refusal: string): void => {
    conditions.push({ line: { code, params, passed }, refusal });
  };

  const since = input.membershipCounting === 'first-spell' ? first.start : current.start;
  const days = daysBetween(since, eventDate);
  const months = completedMonths(since, eventDate);
  const years = Math.floor(months / 12);
  const waiting = waitingCheck(rule, member, current, first, eventDate);
  if (waiting) check(waiting.passed, waiting.code, waiting.params, 'claim-waiting-period');
  else
    check(
      days >= rule.waitingDays,
      'welfare.waiting',
      { since, years, months: months % 12, days, waitingDays: rule.waitingDays },
      'claim-waiting-period',
    );
  if (rule.minMembershipYears != null) {
    check(
      years >= rule.minMembershipYears,
      'welfare.min-years',
      { years, minYears: rule.minMembershipYears },
      'claim-membership-years-too-few',
    );
  }

  check(rule.recipients.includes(recipient.kind), 'welfare.recipient', { recipient: recipient.kind }, 'claim-recipient-not-allowed');

  const birthDate = recipient.kind === 'dependent' ? recipient.birthDate : member.birthDate;
  const gender = recipient.kind === 'dependent' ? recipient.gender : member.gender;
  if (rule.ageMin != null || rule.ageMax != null) {
    if (birthDate === null || !isValidIsoDate(birthDate) || birthDate > eventDate) {
      check(false, 'welfare.age-unknown', {}, 'claim-age-unknown');
    } else {
      const age = ageOn(birthDate, eventDate);
      if (rule.ageMin != null) check(age >= rule.ageMin, 'welfare.age-min', { age, ageMin: rule.ageMin }, 'claim-age-below-minimum');
      if (rule.ageMax != null) check(age <= rule.ageMax, 'welfare.age-max', { age, ageMax: rule.ageMax }, 'claim-age-above-maximum');
    }
  }
  if (rule.gender != null)
    check(gender === rule.gender, 'welfare.gender', { gender: gender ?? '', required: rule.gender }, 'claim-gender-mismatch');

  const maxArrears = rule.maxArrearsMonths === undefined ? defaultMaxArrearsMonths : rule.maxArrearsMonths;
  if (maxArrears !== null)
    check(member.arrearsMonths <= maxArrears, 'welfare.arrears', { arrears: member.arrearsMonths, maxArrears }, 'claim-too-many-arrears');

  if (claim.documentsReceived == null) {
    if (rule.requiredDocuments.length > 0)
      lines.push({ code: 'welfare.documents-not-checked', params: { count: rule.requiredDocuments.length } });
  } else {
    const received = new Set(claim.documentsReceived);
    for (const document of rule.requiredDocuments) {
      check(
        received.has(document.key),
        'welfare.document',
        { document: document.key, documentTh: document.nameTh, documentEn: document.nameEn },
        'claim-documents-missing',
      );
    }
  }

  for (const condition of conditions) lines.push(condition.line);
  const failed = conditions.find((condition) => condition.line.passed === false);
  if (failed) return refuse(lines, failed.refusal, undefined, failed.line.params, rule);

  return computeAmount(input, rule, units, years, lines);
}

function computeAmount(
  input: DecideClaimInput,
  rule: BenefitRuleVersion,
  units: number | null,
  years: number,
  lines: ExplanationLine[],
): Decision {
  const fiscalYear = fiscalYearOf(input.claim.eventDate, input.fiscalYearStartMonth);
  const thisYear = input.earlierClaims.filter(
    (earlier) => isValidIsoDate(earlier.eventDate) && fiscalYearOf(earlier.eventDate, input.fiscalYearStartMonth) === fiscalYear,
  );
  const sum = (claims: readonly PaidClaim[], pick: (claim: PaidClaim) => number): number =>
    claims.reduce((total, claim) => total + pick(claim), 0);
  const yearly = rule.yearlyCap ?? {};
  const lifetime = rule.lifetimeCap ?? {};
  // Payments from before the opening date count like any earlier claim; the explanation says they were counted.
  const fromHistory = input.earlierClaims.filter((earlier) => earlier.fromHistory === true);
  if (fromHistory.length > 0)
    lines.push({
      code: 'welfare.history-counted',
      params: {
        count: fromHistory.length,
        amount: sum(fromHistory, (claim) => claim.amountSatang),
        units: sum(fromHistory, (claim) => claim.units),
      },
    });

  // Count caps: a claim beyond the count is refused outright.
  if (yearly.count != null) {
    const passed = thisYear.length < yearly.count;
    lines.push({ code: 'welfare.yearly-count', params: { fiscalYear, used: thisYear.length, cap: yearly.count }, passed });
    if (!passed)
      return refuse(lines, 'claim-yearly-count-cap-reached', undefined, { fiscalYear, used: thisYear.length, cap: yearly.count }, rule);
  }
  if (lifetime.count != null) {
    const used = input.earlierClaims.length;
    const passed = used < lifetime.count;
    lines.push({ code: 'welfare.lifetime-count', params: { used, cap: lifetime.count }, passed });
    if (!passed) return refuse(lines, 'claim-lifetime-count-cap-reached', undefined, { used, cap: lifetime.count }, rule);
  }

  let amount: number;
  let unitsPaid = 0;
  let perUnit = 0;
  const spec = rule.amount;
  if (spec.kind === 'per-event') {
    amount = spec.amountSatang;
    lines.push({ code: 'welfare.amount-per-event', params: { amount } });
  } else if (spec.kind === 'by-membership-years') {
    const found = tierAmount(spec.tiers, years);
    if (!found) {
      const lowest = Math.min(...spec.tiers.map((tier) => tier.fromYears));
      lines.push({ code: 'welfare.tier-none', params: { years, fromYears: lowest }, passed: false });
      return refuse(lines, 'claim-no-tier', undefined, { years, fromYears: lowest }, rule);
    }
    amount = found.amountSatang;
    lines.push({ code: 'welfare.tier', params: { years, fromYears: found.tier.fromYears, amount: found.tier.amountSatang } });
    if (found.tier.extraPerYear && found.extraYears > 0) {
      lines.push({
        code: 'welfare.tier-extra',
        params: {
          extraYears: found.extraYears,
          beyondYears: found.tier.extraPerYear.beyondYears,
          perYear: found.tier.extraPerYear.amountSatang,
          amount,
        },
      });
    }
  } else {
    perUnit = spec.perUnitSatang;
    let counted = units ?? 0;
    if (spec.maxUnitsPerEvent != null && counted > spec.maxUnitsPerEvent) {
      lines.push({ code: 'welfare.units-per-event-cap', params: { units: counted, cap: spec.maxUnitsPerEvent, unit: spec.unit } });
      counted = spec.maxUnitsPerEvent;
    }
    if (yearly.units != null) {
      const used = sum(thisYear, (claim) => claim.units);
      const left = Math.max(0, yearly.units - used);
      const paid = Math.min(counted, left);
      lines.push({
        code: 'welfare.yearly-units',
        params: { fiscalYear, used, units: counted, cap: yearly.units, paid, unit: spec.unit },
        passed: paid > 0,
      });
      if (paid === 0) return refuse(lines, 'claim-yearly-units-cap-reached', undefined, { fiscalYear, used, cap: yearly.units }, rule);
      counted = paid;
    }
    unitsPaid = counted;
    amount = counted * perUnit;
    lines.push({ code: 'welfare.amount-per-unit', params: { units: counted, unit: spec.unit, perUnit, amount } });
    if (spec.maxAmountPerEventSatang != null && amount > spec.maxAmountPerEventSatang) {
      lines.push({ code: 'welfare.amount-per-event-cap', params: { amount, cap: spec.maxAmountPerEventSatang } });
      amount = spec.maxAmountPerEventSatang;
    }
  }

  if (yearly.amountSatang != null) {
    const used = sum(thisYear, (claim) => claim.amountSatang);
    const left = Math.max(0, yearly.amountSatang - used);
    const paid = Math.min(amount, left);
    lines.push({ code: 'welfare.yearly-amount', params: { fiscalYear, used, amount, cap: yearly.amountSatang, paid }, passed: paid > 0 });
    if (paid === 0)
      return refuse(lines, 'claim-yearly-amount-cap-reached', undefined, { fiscalYear, used, cap: yearly.amountSatang }, rule);
    amount = paid;
  }
  if (lifetime.amountSatang != null) {
    const used = sum(input.earlierClaims, (claim) => claim.amountSatang);
    const left = Math.max(0, lifetime.amountSatang - used);
    const paid = Math.min(amount, left);
    lines.push({ code: 'welfare.lifetime-amount', params: { used, amount, cap: lifetime.amountSatang, paid }, passed: paid > 0 });
    if (paid === 0) return refuse(lines, 'claim-lifetime-amount-cap-reached', undefined, { used, cap: lifetime.amountSatang }, rule);
    amount = paid;
  }
  if (amount <= 0) {
    lines.push({ code: 'welfare.nothing-to-pay', params: {}, passed: false });
    return refuse(lines, 'claim-nothing-to-pay', undefined, {}, rule);
  }
  // A per-unit payout cut by an amount cap pays for fewer units; a part unit counts as a unit toward the caps.
  if (perUnit > 0) unitsPaid = Math.min(unitsPaid, Math.ceil(amount / perUnit));
  lines.push({ code: 'welfare.pay', params: { amount, units: unitsPaid } });
  return { eligible: true, amountSatang: amount, unitsPaid, lines, refusal: null, ruleEffectiveFrom: rule.effectiveFrom };
}
