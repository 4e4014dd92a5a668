/**
 * The 16 welfare categories printed on CODI's fund status form, sections 5–6 (domain §(a)2), plus the fund's
 * own "other" lines. `formNumber` is the number printed on the form ([S2]); the keys are stable and never change.
 */
export const welfareCategoryKeys = [
  'BIRTH',
  'ILLNESS',
  'ELDERLY',
  'DEATH',
  'FUNERAL',
  'DISADV_DISABLED',
  'LIVELIHOOD',
  'EDUCATION',
  'CULTURE',
  'HOUSING',
  'DISASTER',
  'PUBLIC_BENEFIT',
  'ENVIRONMENT',
  'OTHER_PR',
  'OTHER_ORG_COMP',
  'OTHER_COVID',
  'OTHER',
] as const;

export type WelfareCategory = (typeof welfareCategoryKeys)[number];

export type WelfareCategoryInfo = {
  key: WelfareCategory;
  /** 1–16 as printed on the status form; null for the free "other" lines. */
  formNumber: number | null;
  nameTh: string;
  nameEn: string;
  /** Community/social welfare (domain §(g)13: categories 9, 11, 12, 13; status form §7). */
  community: boolean;
};

export const welfareCategories: readonly WelfareCategoryInfo[] = [
  { key: 'BIRTH', formNumber: 1, nameTh: 'เด็กแรกเกิด/คลอดบุตร', nameEn: 'Newborn / childbirth', community: false },
  { key: 'ILLNESS', formNumber: 2, nameTh: 'เจ็บป่วย/รักษาพยาบาล', nameEn: 'Illness / medical care', community: false },
  { key: 'ELDERLY', formNumber: 3, nameTh: 'ผู้สูงอายุ', nameEn: 'Elderly', community: false },
  { key: 'DEATH', formNumber: 4, nameTh: 'กรณีเสียชีวิต', nameEn: 'Death', community: false },
  { key: 'FUNERAL', formNumber: 5, nameTh: 'ค่าใช้จ่ายเกี่ยวกับงานศพ', nameEn: 'Funeral expenses', community: false },
  { key: 'DISADV_DISABLED', formNumber: 6, nameTh: 'คนด้อยโอกาส/พิการ', nameEn: 'Disadvantaged / disabled', community: false },
  { key: 'LIVELIHOOD', formNumber: 7, nameTh: 'พัฒนาอาชีพ', nameEn: 'Livelihood development', community: false },
  { key: 'EDUCATION', formNumber: 8, nameTh: 'การศึกษา', nameEn: 'Education', community: false },
  { key: 'CULTURE', formNumber: 9, nameTh: 'ประเพณีวัฒนธรรม', nameEn: 'Tradition / culture', community: true },
  { key: 'HOUSING', formNumber: 10, nameTh: 'ที่อยู่อาศัย ซ่อม/สร้าง', nameEn: 'Housing repair / building', community: false },
  { key: 'DISASTER', formNumber: 11, nameTh: 'ผู้ประสบภัยพิบัติ', nameEn: 'Disaster victims', community: true },
  { key: 'PUBLIC_BENEFIT', formNumber: 12, nameTh: 'กิจกรรมสาธารณประโยชน์', nameEn: 'Public-benefit activities', community: true },
  { key: 'ENVIRONMENT', formNumber: 13, nameTh: 'ทรัพยากรธรรมชาติและสิ่งแวดล้อม', nameEn: 'Natural resources / environment', community: true },
  { key: 'OTHER_PR', formNumber: 14, nameTh: 'อื่นๆ ประชาสัมพันธ์', nameEn: 'Other: public relations', community: false },
  { key: 'OTHER_ORG_COMP', formNumber: 15, nameTh: 'อื่นๆ ตอบแทนองค์กร', nameEn: 'Other: compensation to the organisation', community: false },
  { key: 'OTHER_COVID', formNumber: 16, nameTh: 'อื่นๆ โควิด-19', nameEn: 'Other: Covid-19', community: false },
  { key: 'OTHER', formNumber: null, nameTh: 'อื่นๆ', nameEn: 'Other', community: false },
];

export function isWelfareCategory(value: string): value is WelfareCategory {
  return (welfareCategoryKeys as readonly string[]).includes(value);
}

export function welfareCategoryInfo(key: WelfareCategory): WelfareCategoryInfo {
  const found = welfareCategories.find((category) => category.key === key);
  // Every key has a row (tested), so this fallback is never reached.
  return found ?? { key, formNumber: null, nameTh: key, nameEn: key, community: false };
}

/**
 * Whether a payout counts as community/social welfare (status form §7, domain §(g)13): categories 9, 11, 12
 * and 13, and any payout to a non-member whatever its category.
 */
export function isCommunityWelfare(category: WelfareCategory, recipientKind?: string): boolean {
  return recipientKind === 'non-member' || welfareCategoryInfo(category).community;
}
