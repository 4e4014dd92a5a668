import type { MemberDetail } from '../../../shared/api/fund-types';
import type { MemberDataExport, PersonalData } from '../../../shared/api/privacy-types';
import type { Connection } from '../db/execute';
import { listClaims } from '../db/repositories/claim-repository';
import { readFundProfile } from '../db/repositories/fund-repository';
import { listAccessLog } from '../db/repositories/privacy-repository';
import { villageLabel } from '../messages';
import { claimView } from './claims';
import { loadMemberHistory } from './member-facts';

/**
 * Everything the fund holds about one member, read for her data export: her record and personal fields, her
 * consent, dependents, every receipt (voided ones with their day), every welfare claim with what was paid, and
 * who looked at her data. The access log is read after the export's own look was logged, so it shows too.
 */
export function memberDataOf(connection: Connection, member: MemberDetail, madeAt: string, today: string): MemberDataExport {
  const fund = readFundProfile(connection);
  const history = loadMemberHistory(connection, member.id);
  const periods = new Map<number, string[]>();
  for (const month of history?.history.paidMonths ?? []) {
    if (month.receiptId !== null) periods.set(month.receiptId, [...(periods.get(month.receiptId) ?? []), month.period]);
  }
  const claims = listClaims(connection, { memberId: member.id, offset: 0, limit: Number.MAX_SAFE_INTEGER }).rows.map((claim) =>
    claimView(connection, claim, today),
  );
  return {
    format: 'swf-member-data-v1',
    madeAt,
    fund: { uuid: fund.uuid, name: fund.name },
    member: {
      memberNo: member.memberNo,
      title: member.title,
      firstName: member.firstName,
      lastName: member.lastName,
      gender: member.gender,
      village: member.village ? villageLabel(member.village) : '',
      appliedOn: member.appliedOn,
      approvedOn: member.approvedOn,
      approvalRef: member.approvalRef,
      status: member.status,
      statusSince: member.statusSince,
      categories: member.categories,
      personalClearedOn: member.personalClearedOn,
    },
    personal: personalDataOf(member),
    consent: member.consent,
    dependents: member.dependents.map(({ fullName, relationship, gender, birthDate, citizenId }) => ({
      fullName,
      relationship,
      gender,
      birthDate,
      citizenId,
    })),
    receipts: (history?.receipts ?? []).map((receipt) => ({
      receiptNo: receipt.receiptNo,
      receivedOn: receipt.receivedOn,
      periods: (periods.get(receipt.receiptId) ?? []).sort(),
      totalSatang: receipt.totalSatang,
      entryFee: receipt.hasEntryFee,
      voidedOn: receipt.void?.voidedOn ?? null,
    })),
    welfare: claims.map((claim) => ({
      claimNo: claim.claimNo,
      type: claim.typeName.th,
      eventDate: claim.eventDate,
      state: claim.reversal ? 'reversed' : claim.state,
      amountSatang: claim.amountSatang,
      payments: claim.payments.map(({ voucherNo, paidOn, payeeName, netSatang }) => ({ voucherNo, paidOn, payeeName, netSatang })),
    })),
    accessLog: listAccessLog(connection, member.id),
  };
}

/** The fields lists and the member page mask until someone asks (the same in a reveal and in her export). */
export function personalDataOf(member: MemberDetail): PersonalData {
  return {
    memberId: member.id,
    citizenId: member.citizenId,
    noIdReason: member.noIdReason,
    birthDate: member.birthDate,
    houseNo: member.houseNo,
    soi: member.soi,
    road: member.road,
    subdistrict: member.subdistrict,
    district: member.district,
    province: member.province,
    postcode: member.postcode,
    phone: member.phone,
    beneficiaries: member.beneficiaries,
  };
}
