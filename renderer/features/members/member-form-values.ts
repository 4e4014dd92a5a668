import type { MemberProfile } from '../../../shared/api/fund-types';

export type MemberFormValues = Omit<MemberProfile, 'paidThroughPeriod' | 'citizenId' | 'noIdReason'> & {
  citizenId?: string;
  noId?: boolean;
  noIdReason?: string;
  paidThroughPeriod?: string;
};

/** The paid-through month is typed in B.E. (2567-09) and sent as the Gregorian period (2024-09). */
function toPeriod(text: string | undefined): string | null {
  const match = /^(\d{4})-(\d{1,2})$/.exec((text ?? '').trim());
  if (!match) return text?.trim() ? text.trim() : null;
  const year = Number(match[1]);
  return `${year >= 2400 ? year - 543 : year}-${String(Number(match[2])).padStart(2, '0')}`;
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
    beneficiaries: rest.beneficiaries ?? [],
    citizenId: noId ? null : (citizenId ?? null),
    noIdReason: noId ? (noIdReason ?? '') : null,
    paidThroughPeriod: toPeriod(paidThroughPeriod),
  };
}

export function profileToFormValues(profile: MemberProfile): MemberFormValues {
  const { citizenId, noIdReason, paidThroughPeriod, ...rest } = profile;
  return {
    ...rest,
    citizenId: citizenId ?? '',
    noId: citizenId === null,
    noIdReason: noIdReason ?? '',
    paidThroughPeriod: paidThroughPeriod ? `${Number(paidThroughPeriod.slice(0, 4)) + 543}-${paidThroughPeriod.slice(5, 7)}` : '',
  };
}
