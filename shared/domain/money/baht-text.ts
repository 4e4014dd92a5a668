/**
 * The amount in Thai words printed on receipts and vouchers (Decision 19, handbook §(f)3).
 * 'excel' (default) follows Excel's BAHTTEXT: a units digit of 1 reads "เอ็ด" whenever its six-digit group is
 * 10 or more (101 = หนึ่งร้อยเอ็ด). 'tens' reads "เอ็ด" only after a non-zero tens digit (101 = หนึ่งร้อยหนึ่ง).
 * Satang always follow the tens rule. Imports nothing: outside tools may load this file on its own.
 */
const digitWords = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const placeWords = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];

/** Reads 0 < value < 1,000,000. */
function readGroup(value: number, style: 'excel' | 'tens'): string {
  const digits = String(value).split('').map(Number).reverse();
  let words = '';
  for (let place = digits.length - 1; place >= 0; place -= 1) {
    const digit = digits[place] ?? 0;
    if (digit === 0) continue;
    if (place === 0) {
      const tens = digits[1] ?? 0;
      const useEt = digit === 1 && (style === 'excel' ? value >= 10 : tens !== 0);
      words += useEt ? 'เอ็ด' : (digitWords[digit] ?? '');
    } else if (place === 1) {
      words += digit === 1 ? 'สิบ' : digit === 2 ? 'ยี่สิบ' : `${digitWords[digit] ?? ''}สิบ`;
    } else {
      words += `${digitWords[digit] ?? ''}${placeWords[place] ?? ''}`;
    }
  }
  return words;
}

/** Groups of six digits joined by ล้าน. */
function readNumber(value: number, style: 'excel' | 'tens'): string {
  if (value === 0) return '';
  const groups: number[] = [];
  let rest = value;
  while (rest > 0) {
    groups.push(rest % 1_000_000);
    rest = Math.floor(rest / 1_000_000);
  }
  let words = '';
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index] ?? 0;
    if (group !== 0) words += readGroup(group, style);
    if (index > 0) words += 'ล้าน';
  }
  return words;
}

export function bahtText(satang: number, style: 'excel' | 'tens' = 'excel'): string {
  if (!Number.isSafeInteger(satang)) throw new RangeError('bahtText takes integer satang');
  if (satang < 0) return `ลบ${bahtText(-satang, style)}`;
  const baht = Math.floor(satang / 100);
  const rest = satang % 100;
  if (baht === 0 && rest === 0) return 'ศูนย์บาทถ้วน';
  const bahtPart = baht > 0 ? `${readNumber(baht, style)}บาท` : '';
  return rest === 0 ? `${bahtPart}ถ้วน` : `${bahtPart}${readNumber(rest, 'tens')}สตางค์`;
}
