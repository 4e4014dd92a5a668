import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FundProfile } from '../../../../shared/api/fund-types';
import type { ArrearsDocumentRow } from '../../../../electron/backend/files/reports/arrears-document';

export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'swf-documents-'));
}

export const fundProfile: FundProfile = {
  uuid: '00000000-0000-4000-8000-000000000001',
  name: 'กองทุนสวัสดิการชุมชนตำบลหนองบัวลำภู',
  fundCode: '86021400001',
  isCodeProvisional: false,
  level: 'tambon',
  provinceCode: '86',
  provinceName: 'ชุมพร',
  districtCode: '8602',
  districtName: 'ท่าแซะ',
  subdistrictCode: '860214',
  subdistrictName: 'หนองบัวลำภู',
  address: 'ที่ทำการ อบต.หนองบัวลำภู',
  postcode: '86140',
  foundedOn: '2006-01-01',
  openedOn: '2024-01-01',
  fiscalYearStartMonth: 10,
  receiptPrefix: 'RC',
  version: 1,
};

const titles = ['นาย', 'นาง', 'นางสาว'];
const firstNames = ['สมศรี', 'ประเสริฐ', 'บุญเรือง', 'น้ำฝน', 'ลำดวน', 'กิ่งกาญจน์', 'ชำนาญ', 'ปิ่นแก้ว', 'ฟ้าใส', 'ญาณิศา', 'ฐิติพร'];
/** Long surnames of the kind a dictionary would cut into pieces. */
const lastNames = ['ประเสริฐวงศ์ศักดิ์สกุลไทย', 'ใจดี', 'ทองคำ', 'ศรีสุวรรณภูมิ', 'เพชรรัตน์', 'บุญญาศิริวัฒนกุล', 'ฟุ้งเฟื่อง', 'ค้ำจุน', 'กู้เกียรติ'];
const villages = ['บ้านหนองบัว', 'บ้านน้ำตกเจ็ดสาวน้อย', 'บ้านท่าข้าม'];

export function memberName(index: number): string {
  return `${titles[index % titles.length]}${firstNames[index % firstNames.length]} ${lastNames[index % lastNames.length]}`;
}

/** An arrears list as the use case will hand it over: most behind first is not needed for rendering. */
export function arrearsRows(count: number): ArrearsDocumentRow[] {
  return Array.from({ length: count }, (_, index) => {
    const months = (index % 14) + 3;
    return {
      memberId: index + 1,
      memberNo: String(index + 1).padStart(5, '0'),
      fullName: memberName(index),
      villageId: (index % 9) + 1,
      moo: (index % 9) + 1,
      village: villages[index % villages.length] ?? '',
      arrearsMonths: months,
      oldestUnpaid: `2025-${String((index % 12) + 1).padStart(2, '0')}`,
      // 1,234.50 baht on the first row: thousands separator and satang both show.
      owedSatang: index === 0 ? 123450 : months * 3000 + (index % 3) * 50,
    };
  });
}
