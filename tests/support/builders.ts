import type { z } from 'zod';
import type { appContract } from '../../shared/api/app-contract';
import type { applicantProfileInput, memberProfileInput } from '../../shared/api/fund-contract';
import { citizenIdFor } from '../../electron/backend/demo/demo-people';

type CreateInput = z.input<(typeof appContract)['funds.create']['input']>;
/** The member form; a registration may also cite the resolution that admitted her. */
type MemberInput = z.input<typeof memberProfileInput> & { approvalResolutionId?: number | null };
type ApplicantInput = z.input<typeof applicantProfileInput>;

export { citizenIdFor };

/** A fund like ทรัพย์อนันต์ (domain.md §(c)): 1 baht a day, 30 a month or 365 a year, 20 baht entry fee. */
export function fundInput(location: string, overrides: Partial<CreateInput['profile']> = {}): CreateInput {
  return {
    location,
    profile: {
      name: 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์',
      level: 'tambon',
      provinceCode: '86',
      provinceName: 'ชุมพร',
      districtCode: '8602',
      districtName: 'ท่าแซะ',
      subdistrictCode: '860214',
      subdistrictName: 'ทรัพย์อนันต์',
      address: 'ที่ทำการ อบต.ทรัพย์อนันต์',
      postcode: '86140',
      foundedOn: '2006-01-01',
      openedOn: '2024-01-01',
      ...overrides,
    },
    plan: { effectiveFrom: '2024-01-01', monthlySatang: 3000, entryFeeSatang: 2000, bundles: [{ months: 12, priceSatang: 36500 }] },
    // Tests that do not look at meetings approve with words; those about citations turn the setting on.
    approvalsCiteResolution: false,
  };
}

const firstNames = ['สมชาย', 'สมหญิง', 'บุญมี', 'ประเสริฐ', 'มาลี', 'วิไล', 'เกษม', 'แสงเดือน', 'โสภา', 'ไพโรจน์', 'ใจดี', 'อำนวย'];
const lastNames = ['ใจดี', 'รักษ์ไทย', 'มีสุข', 'ทองคำ', 'แก้วมณี', 'บุญเรือง', 'ศรีสุข', 'เพชรรัตน์'];

export function memberInput(serial: number, overrides: Partial<MemberInput> = {}): MemberInput {
  return {
    citizenId: citizenIdFor(serial),
    title: serial % 2 === 0 ? 'นาง' : 'นาย',
    firstName: firstNames[serial % firstNames.length] ?? 'สมชาย',
    lastName: `${lastNames[serial % lastNames.length] ?? 'ใจดี'}${serial}`,
    gender: serial % 2 === 0 ? 'female' : 'male',
    birthDate: '1970-05-15',
    houseNo: `${serial}`,
    phone: '0812345678',
    appliedOn: '2024-01-10',
    approvedOn: '2024-01-20',
    approvalRef: 'มติคณะกรรมการ ครั้งที่ 1/2567',
    beneficiaries: [{ fullName: 'นางสมศรี ใจดี', relationship: 'บุตร', share: 1 }],
    ...overrides,
  };
}

/** An application on the form: the member form's person, applying on 2026-11-05, before any approval. */
export function applicantInput(serial: number, overrides: Partial<ApplicantInput> = {}): ApplicantInput {
  const { approvedOn: _approvedOn, approvalRef: _approvalRef, ...person } = memberInput(serial);
  return { ...person, appliedOn: '2026-11-05', ...overrides };
}
