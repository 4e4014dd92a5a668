import type { MemberProfile } from '../../../shared/api/fund-types';
import { normalizeThaiId } from '../../../shared/domain/members/thai-id';

/** The profile as the form holds it: the "no Thai ID" checkbox, and blanks where the contract wants null. */
export type MemberFormValues = Omit<MemberProfile, 'paidThroughPeriod' | 'citizenId' | 'noIdReason' | 'moo'> & {
  citizenId?: string;
  noId?: boolean;
  noIdReason?: string;
  moo?: number | null;
  paidThroughPeriod?: string;
};

/** The citizen ID is sent as its 13 digits: the form keeps dashes and spaces as she types them. */
function digitsOnly(text: string | undefined): string | null {
  const digits = normalizeThaiId(text ?? '');
  return digits === '' ? null : digits;
}

export function formValuesToProfile(values: MemberFormValues): MemberProfile {
  const { noId, citizenId, noIdReason, paidThroughPeriod, ...rest } = values;
  return {
    ...rest,
    houseNo: rest.houseNo ?? '',
    moo: rest.moo ?? null,
    village: rest.village ?? '',
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
    paidThroughPeriod: paidThroughPeriod ? paidThroughPeriod : null,
  };
}

export function profileToFormValues(profile: MemberProfile): MemberFormValues {
  const { citizenId, noIdReason, paidThroughPeriod, ...rest } = profile;
  return {
    ...rest,
    citizenId: citizenId ?? '',
    noId: citizenId === null,
    noIdReason: noIdReason ?? '',
    paidThroughPeriod: paidThroughPeriod ?? '',
  };
}
