import { guessFieldOf, type ColumnMapping } from '../../import/import-columns';

/**
 * The member fields a sheet's columns can fill (issue 19 §1). Each column is one field at most, and each field
 * comes from one column at most. Dates and the paid-through month say how their years are written.
 */
export const importFields = [
  'citizenId',
  'noIdReason',
  'title',
  'firstName',
  'lastName',
  'gender',
  'birthDate',
  'houseNo',
  'village',
  'subdistrict',
  'district',
  'province',
  'postcode',
  'phone',
  'appliedOn',
  'approvedOn',
  'approvalRef',
  'paidThrough',
] as const;
export type ImportField = (typeof importFields)[number];

/** Fields whose cells are dates or months, read by the column's calendar. */
export const dateFields: readonly ImportField[] = ['birthDate', 'appliedOn', 'approvedOn', 'paidThrough'];

export { importEras, headerKey, type ImportEra } from '../../import/import-columns';

/** A field that must have a column; the others may be left out. Gender may come from the title instead. */
export const requiredFields: readonly ImportField[] = ['title', 'firstName', 'lastName', 'birthDate', 'approvedOn'];

/** Which column fills which field. */
export type ImportMapping = ColumnMapping<ImportField>;

/**
 * The header words each field answers to, in the template and in the sheets funds keep (compared without
 * spaces, dots and case). The template's own headers come first.
 */
export const headerWords: Readonly<Record<ImportField, readonly string[]>> = {
  citizenId: ['เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'เลขบัตร', 'บัตรประชาชน', 'citizenid', 'idcard', 'nationalid'],
  noIdReason: ['เหตุที่ไม่มีเลขประจำตัว', 'เหตุที่ไม่มีเลขบัตร', 'noidreason'],
  title: ['คำนำหน้าชื่อ', 'คำนำหน้า', 'title', 'prefix'],
  firstName: ['ชื่อ', 'firstname', 'name'],
  lastName: ['นามสกุล', 'สกุล', 'lastname', 'surname'],
  gender: ['เพศ', 'gender', 'sex'],
  birthDate: ['วันเกิด', 'วันเดือนปีเกิด', 'วัน/เดือน/ปีเกิด', 'birthdate', 'dateofbirth', 'dob'],
  houseNo: ['บ้านเลขที่', 'เลขที่', 'houseno'],
  village: ['หมู่ที่', 'หมู่', 'หมู่บ้าน', 'หมู่บ้าน/ชุมชน', 'ชุมชน', 'village', 'moo'],
  subdistrict: ['ตำบล', 'subdistrict', 'tambon'],
  district: ['อำเภอ', 'district', 'amphoe'],
  province: ['จังหวัด', 'province'],
  postcode: ['รหัสไปรษณีย์', 'postcode', 'zip'],
  phone: ['โทรศัพท์', 'เบอร์โทร', 'เบอร์โทรศัพท์', 'phone', 'tel'],
  appliedOn: ['วันที่สมัคร', 'วันสมัคร', 'appliedon', 'applicationdate'],
  approvedOn: ['วันที่เป็นสมาชิก', 'วันที่อนุมัติ', 'วันเข้าเป็นสมาชิก', 'วันที่เข้าเป็นสมาชิก', 'approvedon', 'joined'],
  approvalRef: ['มติที่อนุมัติ', 'อ้างอิงการอนุมัติ', 'มติ', 'approvalref'],
  paidThrough: ['ส่งเงินสมทบถึงเดือน', 'ชำระถึงเดือน', 'จ่ายถึงเดือน', 'ส่งถึงเดือน', 'paidthrough'],
};

/** The field a header names, when it names one: the person's earlier choice for that header first, then the usual words. */
export function guessField(header: string, remembered: ReadonlyMap<string, ImportField>): ImportField | undefined {
  return guessFieldOf(header, remembered, importFields, headerWords);
}
