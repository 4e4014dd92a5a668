import type { CalendarDate } from '../calendar-date';
import type { BenefitRuleVersion, RequiredDocument, WelfareType } from './rules';

/**
 * Editable starting points built from real bylaws (domain §(c) "Waiting periods and benefits"). A new fund copies
 * a template, then changes the numbers; the copy is ordinary rule data. Amounts are satang.
 */
export type WelfareTemplate = {
  key: string;
  nameTh: string;
  nameEn: string;
  /** The welfare types, each with one rule version starting on `effectiveFrom`. */
  build: (effectiveFrom: CalendarDate) => WelfareType[];
};

/** Default waiting period in a fund app: 180 days (ธาตุเชิงชุม welfare form). */
export const defaultWaitingDays = 180;

const doc = (key: string, nameTh: string, nameEn: string): RequiredDocument => ({ key, nameTh, nameEn });
const idCard = doc('id-card', 'สำเนาบัตรประจำตัวประชาชน', 'Copy of the ID card');

function version(
  effectiveFrom: CalendarDate,
  rest: Omit<BenefitRuleVersion, 'effectiveFrom' | 'waitingDays' | 'maxArrearsMonths'> & Partial<BenefitRuleVersion>,
): BenefitRuleVersion {
  return { effectiveFrom, waitingDays: defaultWaitingDays, maxArrearsMonths: 3, ...rest };
}

/**
 * "1 baht a day" fund (สัจจะวันละบาท): birth, hospital, elderly and education from the ชะมวง bylaws [S10];
 * death scaled by years from the Sadao scale ("ข้อ 17.6") [S19]; 180-day waiting period; at most 3 months in
 * arrears (Decision 11's template default).
 */
export function oneBahtADayWelfareTypes(effectiveFrom: CalendarDate): WelfareType[] {
  return [
    {
      code: 'birth',
      category: 'BIRTH',
      nameTh: 'คลอดบุตร (ทำขวัญเด็กแรกเกิด)',
      nameEn: 'Childbirth (newborn gift)',
      versions: [
        version(effectiveFrom, {
          amount: { kind: 'per-event', amountSatang: 1_000_00 }, // ชะมวง: 1,000 baht
          recipients: ['member', 'dependent'],
          requiredDocuments: [doc('birth-certificate', 'สำเนาสูติบัตร', 'Copy of the birth certificate'), idCard],
        }),
      ],
    },
    {
      code: 'hospital',
      category: 'ILLNESS',
      nameTh: 'เจ็บป่วยนอนโรงพยาบาล',
      nameEn: 'Hospital stay',
      versions: [
        version(effectiveFrom, {
          // ชะมวง: 200 baht a night, at most 600 baht a stay, at most 1,000 baht a fiscal year.
          amount: { kind: 'per-unit', unit: 'night', perUnitSatang: 200_00, maxAmountPerEventSatang: 600_00 },
          yearlyCap: { amountSatang: 1_000_00 },
          recipients: ['member'],
          requiredDocuments: [
            doc('hospital-certificate', 'ใบรับรองแพทย์/หลักฐานการนอนโรงพยาบาล', 'Medical certificate / proof of the hospital stay'),
            idCard,
          ],
        }),
      ],
    },
    {
      code: 'elderly',
      category: 'ELDERLY',
      nameTh: 'ผู้สูงอายุ (รายปี)',
      nameEn: 'Elderly allowance (yearly)',
      versions: [
        version(effectiveFrom, {
          // ชะมวง: 200 baht a year after at least 3 years of membership; elderly = 60 or over (domain §(a)2 3.3).
          amount: { kind: 'per-event', amountSatang: 200_00 },
          minMembershipYears: 3,
          ageMin: 60,
          yearlyCap: { count: 1 },
          recipients: ['member'],
          requiredDocuments: [idCard],
        }),
      ],
    },
    {
      code: 'education',
      category: 'EDUCATION',
      nameTh: 'ทุนการศึกษา',
      nameEn: 'Education grant',
      versions: [
        version(effectiveFrom, {
          // ชะมวง: 500 baht for a member or a member's child with GPA ≥ 3.5 finishing ป.6, ม.3, ม.6 or entering a public university.
          amount: { kind: 'per-event', amountSatang: 500_00 },
          recipients: ['member', 'dependent'],
          requiredDocuments: [doc('school-report', 'สำเนาผลการเรียน (เกรดเฉลี่ย 3.5 ขึ้นไป)', 'Copy of the school report (GPA 3.5 or more)')],
        }),
      ],
    },
    {
      code: 'death',
      category: 'DEATH',
      nameTh: 'เสียชีวิต (ตามอายุสมาชิก)',
      nameEn: 'Death benefit (by years of membership)',
      versions: [
        version(effectiveFrom, {
          // Sadao "ข้อ 17.6": < 180 days nothing (the waiting period); 180–364 days 1,500; 1–<2 y 3,000; 2–<5 y 6,000;
          // 5–<8 y 10,000; 8–<12 y 12,000; 12–<15 y 20,000; ≥ 15 y 20,000 + 500 for each year beyond 15.
          amount: {
            kind: 'by-membership-years',
            tiers: [
              { fromYears: 0, amountSatang: 1_500_00 },
              { fromYears: 1, amountSatang: 3_000_00 },
              { fromYears: 2, amountSatang: 6_000_00 },
              { fromYears: 5, amountSatang: 10_000_00 },
              { fromYears: 8, amountSatang: 12_000_00 },
              { fromYears: 12, amountSatang: 20_000_00 },
              { fromYears: 15, amountSatang: 20_000_00, extraPerYear: { amountSatang: 500_00, beyondYears: 15 } },
            ],
          },
          lifetimeCap: { count: 1 },
          recipients: ['beneficiary'],
          requiredDocuments: [
            doc('death-certificate', 'สำเนาใบมรณบัตร', 'Copy of the death certificate'),
            doc('beneficiary-id-card', 'สำเนาบัตรประจำตัวประชาชนผู้รับผลประโยชน์', "Copy of the beneficiary's ID card"),
          ],
        }),
      ],
    },
  ];
}

export const welfareTemplates: readonly WelfareTemplate[] = [
  {
    key: 'one-baht-a-day',
    nameTh: 'กองทุนสัจจะวันละบาท (ตามระเบียบชะมวง และอัตราศพของสะเดา)',
    nameEn: '"1 baht a day" fund (ชะมวง bylaws, Sadao death scale)',
    build: oneBahtADayWelfareTypes,
  },
];
