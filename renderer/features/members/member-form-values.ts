import type { MemberProfile } from '../../../shared/api/fund-types';
import { joinedBeforeOpening } from '../../../shared/domain/members/opening-dues';
import { normalizeThaiId } from '../../../shared/domain/members/thai-id';
import type { MemberConsent } from '../../../shared/api/privacy-types';
import type { ConsentMethod } from '../../../shared/domain/privacy/consent';

/** For a member who joined before the opening date: which of the two she was (issue 14 §4). */
export type OpeningDues = 'paid-through' | 'no-arrears';

/** The profile as the form holds it: the "no Thai ID" checkbox, and blanks where the contract wants null. */
export type MemberFormValues = Omit<
  MemberProfile,
  'paidThroughPeriod' | 'noArrearsAtOpening' | 'citizenId' | 'noIdReason' | 'villageId' | 'categories' | 'consent'
> & {
  consent?: ConsentFormValues;
  citizenId?: string;
  noId?: boolean;
  noIdReason?: string;
  villageId?: number | null;
  categories?: MemberProfile['categories'];
  openingDues?: OpeningDues;
  paidThroughPeriod?: string;
  /** The resolution that admitted her, when one is picked (registration). */
  approvalResolutionId?: number | null;
};

/** Her consent as the form asks it: given, refused or not recorded yet, and when given or refused, the day and how. */
export type ConsentFormValues = {
  answer?: 'given' | 'refused' | 'none';
  recordedOn?: string;
  method?: ConsentMethod;
  formNo?: string;
};

function consentOfForm(values: ConsentFormValues | undefined): MemberConsent | null {
  if (!values || (values.answer !== 'given' && values.answer !== 'refused')) return null;
  return {
    given: values.answer === 'given',
    recordedOn: values.recordedOn ?? '',
    method: values.method ?? 'paper-form',
    formNo: values.formNo ?? '',
  };
}

function consentToForm(consent: MemberConsent | null): ConsentFormValues {
  if (!consent) return { answer: 'none' };
  return { answer: consent.given ? 'given' : 'refused', recordedOn: consent.recordedOn, method: consent.method, formNo: consent.formNo };
}

/** The citizen ID is sent as its 13 digits: the form keeps dashes and spaces as she types them. */
function digitsOnly(text: string | undefined): string | null {
  const digits = normalizeThaiId(text ?? '');
  return digits === '' ? null : digits;
}

/**
 * The profile to send. The opening-dues choice counts only for a member approved before the fund's opening
 * date: moving the approval date later leaves a choice she made on screen behind, not sent.
 */
export function formValuesToProfile(values: MemberFormValues, openedOn: string | undefined): MemberProfile {
  const { noId, citizenId, noIdReason, paidThroughPeriod, openingDues, approvalResolutionId: _picked, consent, ...rest } = values;
  const isBeforeOpening = openedOn !== undefined && joinedBeforeOpening(rest.approvedOn, openedOn);
  return {
    ...rest,
    houseNo: rest.houseNo ?? '',
    villageId: rest.villageId ?? null,
    categories: rest.categories ?? [],
    soi: rest.soi ?? '',
    road: rest.road ?? '',
    subdistrict: rest.subdistrict ?? '',
    district: rest.district ?? '',
    province: rest.province ?? '',
    postcode: rest.postcode ?? '',
    phone: rest.phone ?? '',
    beneficiaries: (rest.beneficiaries ?? []).map((beneficiary) => ({ ...beneficiary, share: beneficiary.share ?? 1 })),
    citizenId: noId ? null : digitsOnly(citizenId),
    noIdReason: noId ? (noIdReason ?? '') : null,
    paidThroughPeriod: isBeforeOpening && openingDues === 'paid-through' && paidThroughPeriod ? paidThroughPeriod : null,
    noArrearsAtOpening: isBeforeOpening && openingDues === 'no-arrears',
    consent: consentOfForm(consent),
  };
}

export function profileToFormValues(profile: MemberProfile): MemberFormValues {
  const { citizenId, noIdReason, paidThroughPeriod, noArrearsAtOpening, consent, ...rest } = profile;
  // A member stored before the choice existed has neither: the form asks again rather than guess.
  const openingDues: OpeningDues | undefined = paidThroughPeriod ? 'paid-through' : noArrearsAtOpening ? 'no-arrears' : undefined;
  return {
    ...rest,
    citizenId: citizenId ?? '',
    noId: citizenId === null,
    noIdReason: noIdReason ?? '',
    paidThroughPeriod: paidThroughPeriod ?? '',
    consent: consentToForm(consent),
    ...(openingDues ? { openingDues } : {}),
  };
}

/** An application as the form holds it: the member form without the approval and the opening's dues. */
export type ApplicantFormValues = Omit<MemberFormValues, 'approvedOn' | 'approvalRef' | 'openingDues' | 'paidThroughPeriod'>;

/** The applicant's profile to send: as a member's, without what only the committee's approval gives. */
export function formValuesToApplicant(
  values: ApplicantFormValues,
): Omit<MemberProfile, 'approvedOn' | 'approvalRef' | 'paidThroughPeriod' | 'noArrearsAtOpening'> {
  const {
    approvedOn: _approvedOn,
    approvalRef: _approvalRef,
    paidThroughPeriod: _paid,
    noArrearsAtOpening: _none,
    ...applicant
  } = formValuesToProfile({ ...values, approvedOn: values.appliedOn, approvalRef: '' }, undefined);
  return applicant;
}
