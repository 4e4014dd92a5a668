import { thaiIdCheckDigit } from '../../../shared/domain/members/thai-id';
import { pick } from './seeded-random';

/**
 * Who lives in the demo fund: common Thai given names and family names, titles by gender and age, and the
 * villages of one ตำบล with DOPA-style codes (the ตำบล's 6 digits and the หมู่ in 2, as the villages register
 * checks them). Made up from common parts, so no real person is described.
 */
const womenNames = [
  'สมศรี',
  'มาลี',
  'วิไล',
  'บุญเรือน',
  'สุนีย์',
  'ประไพ',
  'จันทร์เพ็ญ',
  'แสงเดือน',
  'นงลักษณ์',
  'อำไพ',
  'ทองใบ',
  'สายทอง',
  'พรทิพย์',
  'รัตนา',
  'กาญจนา',
  'ศิริพร',
] as const;
const menNames = [
  'สมชาย',
  'บุญมี',
  'ประเสริฐ',
  'สมศักดิ์',
  'วิชัย',
  'ทองดี',
  'เกษม',
  'ไพโรจน์',
  'อำนวย',
  'สุรชัย',
  'บุญส่ง',
  'ชัยวัฒน์',
  'มานพ',
  'สมบัติ',
  'ประยูร',
  'สุวิทย์',
] as const;
const familyNames = [
  'ใจดี',
  'มีสุข',
  'ทองคำ',
  'แก้วมณี',
  'บุญเรือง',
  'ศรีสุข',
  'เพชรรัตน์',
  'รักษ์ไทย',
  'สุขสวัสดิ์',
  'ชูศรี',
  'อินทร์แก้ว',
  'พรหมมา',
  'คงสมบูรณ์',
  'ศรีวงศ์',
  'บุญมา',
  'ทองอินทร์',
  'แสงทอง',
  'วงศ์ใหญ่',
  'จันทร์หอม',
  'นาคสุข',
] as const;

export type DemoPerson = { title: string; firstName: string; lastName: string; gender: 'female' | 'male'; birthDate: string };

/** A person drawn from the seed: always seven draws, so a change of names never shifts the rest of the fund. */
export function drawPerson(random: () => number, joinYear: number): DemoPerson {
  const isWoman = random() < 0.55;
  const firstName = isWoman ? pick(random, womenNames) : pick(random, menNames);
  const lastName = pick(random, familyNames);
  const age = 18 + Math.floor(random() * 55);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const isMarried = random() < 0.7;
  const title = isWoman ? (isMarried ? 'นาง' : 'นางสาว') : 'นาย';
  const birthDate = `${joinYear - age}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { title, firstName, lastName, gender: isWoman ? 'female' : 'male', birthDate };
}

/** A valid citizen ID from a running number: first digit 1, check digit computed (domain.md §(f)1). */
export function citizenIdFor(serial: number): string {
  const first12 = `1${String(100000000000 + serial).slice(1)}`.slice(0, 12);
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

/** The demo fund's place: ตำบลทรัพย์อนันต์, อำเภอท่าแซะ, จังหวัดชุมพร (its DOPA codes 86 / 8602 / 860214). */
export const demoPlace = {
  provinceCode: '86',
  provinceName: 'ชุมพร',
  districtCode: '8602',
  districtName: 'ท่าแซะ',
  subdistrictCode: '860214',
  subdistrictName: 'ทรัพย์อนันต์',
  postcode: '86140',
} as const;

/** The villages register of the demo ตำบล: หมู่ 1–10, their households and population. */
export const demoVillages = [
  { moo: 1, name: 'บ้านหนองบัว', households: 182 },
  { moo: 2, name: 'บ้านทรัพย์อนันต์', households: 240 },
  { moo: 3, name: 'บ้านคลองใหญ่', households: 156 },
  { moo: 4, name: 'บ้านเขาแดง', households: 98 },
  { moo: 5, name: 'บ้านนาโพธิ์', households: 131 },
  { moo: 6, name: 'บ้านห้วยทราย', households: 175 },
  { moo: 7, name: 'บ้านบางมะพร้าว', households: 120 },
  { moo: 8, name: 'บ้านดอนยาง', households: 143 },
  { moo: 9, name: 'บ้านท่าข้าม', households: 88 },
  { moo: 10, name: 'บ้านสวนหลวง', households: 110 },
].map((village) => ({
  ...village,
  code: `${demoPlace.subdistrictCode}${String(village.moo).padStart(2, '0')}`,
  population: village.households * 3,
}));
