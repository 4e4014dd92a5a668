import { isValidIsoDate, type CalendarDate } from '../calendar-date';
import { ageOn } from '../welfare/durations';

/**
 * Thai titles (คำนำหน้านาม) say a person's gender and whether they are a child: เด็กชาย/เด็กหญิง under 15,
 * นาย/นาง/นางสาว from 15 (พ.ร.บ.ชื่อบุคคล). The register form suggests the gender from the title and asks once
 * when the two disagree or the title does not fit the age; it never refuses, because people and records differ.
 */
export type TitleInfo = { title: string; gender: 'male' | 'female'; isChild: boolean; keywords: readonly string[] };

export const thaiTitles: readonly TitleInfo[] = [
  { title: 'นาย', gender: 'male', isChild: false, keywords: ['Mr'] },
  { title: 'นาง', gender: 'female', isChild: false, keywords: ['Mrs'] },
  { title: 'นางสาว', gender: 'female', isChild: false, keywords: ['น.ส.', 'Miss', 'Ms'] },
  { title: 'เด็กชาย', gender: 'male', isChild: true, keywords: ['ด.ช.', 'Master'] },
  { title: 'เด็กหญิง', gender: 'female', isChild: true, keywords: ['ด.ญ.', 'Miss'] },
];

/** The age from which a child's title gives way to an adult's. */
export const adultTitleAge = 15;

export function titleInfo(title: string | undefined): TitleInfo | undefined {
  return thaiTitles.find((info) => info.title === title?.trim());
}

/** What the register form asks about before saving, each at most once. */
export type TitleDoubt =
  | { code: 'title-gender'; title: string; expected: 'male' | 'female' }
  | { code: 'adult-title-for-child'; title: string; age: number }
  | { code: 'child-title-for-adult'; title: string; age: number };

export function titleDoubts(
  person: { title?: string; gender?: 'male' | 'female'; birthDate?: CalendarDate },
  today: CalendarDate,
): TitleDoubt[] {
  const info = titleInfo(person.title);
  if (!info) return [];
  const doubts: TitleDoubt[] = [];
  if (person.gender && person.gender !== info.gender) doubts.push({ code: 'title-gender', title: info.title, expected: info.gender });
  const birthDate = person.birthDate;
  if (birthDate && isValidIsoDate(birthDate) && birthDate <= today) {
    const age = ageOn(birthDate, today);
    if (info.isChild && age >= adultTitleAge) doubts.push({ code: 'child-title-for-adult', title: info.title, age });
    if (!info.isChild && age < adultTitleAge) doubts.push({ code: 'adult-title-for-child', title: info.title, age });
  }
  return doubts;
}
