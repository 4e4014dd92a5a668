import type { MemberProfile } from './fund-types';

const profileKeys = [
  'citizenId',
  'noIdReason',
  'title',
  'firstName',
  'lastName',
  'gender',
  'birthDate',
  'houseNo',
  'villageId',
  'soi',
  'road',
  'subdistrict',
  'district',
  'province',
  'postcode',
  'phone',
  'appliedOn',
  'approvedOn',
  'approvalRef',
  'paidThroughPeriod',
  'noArrearsAtOpening',
  'beneficiaries',
  'categories',
  'consent',
] as const satisfies readonly (keyof MemberProfile)[];

/**
 * The editable profile of a member record, picked by name: what `members.update` takes back. Picking (not
 * omitting) keeps new read-only fields of the record from leaking into an edit.
 */
export function profileOfMember(member: MemberProfile): MemberProfile {
  return Object.fromEntries(profileKeys.map((key) => [key, member[key]])) as MemberProfile;
}
