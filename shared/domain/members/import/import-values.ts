import { toAsciiDigits } from '../../money/money-format';
import { isValidThaiId, normalizeThaiId } from '../thai-id';
import { thaiTitles, titleInfo, type TitleInfo } from '../titles';
import type { ImportCell } from '../../import/import-cells';
import { importText } from '../../import/import-text';

export { importText };

export type IdReading = { ok: true; citizenId: string } | { ok: false; code: 'bad-thai-id' };

/**
 * A citizen ID with or without dashes or spaces, in Thai or Arabic digits. A number cell drops a leading 0 (IDs
 * of people without registration status, Decision 5), so a 12-digit number is read with it put back.
 */
export function readCitizenId(cell: ImportCell): IdReading {
  let digits = normalizeThaiId(toAsciiDigits(importText(cell)));
  if (cell.kind === 'number' && /^\d{12}$/.test(digits)) digits = `0${digits}`;
  return isValidThaiId(digits) ? { ok: true, citizenId: digits } : { ok: false, code: 'bad-thai-id' };
}

const genderWords: Readonly<Record<string, 'male' | 'female'>> = {
  ชาย: 'male',
  ช: 'male',
  male: 'male',
  m: 'male',
  หญิง: 'female',
  ญ: 'female',
  female: 'female',
  f: 'female',
};

export function readGender(cell: ImportCell): 'male' | 'female' | undefined {
  return genderWords[importText(cell).toLowerCase().replace(/\.$/, '')];
}

/** A title as written, its abbreviations too (น.ส., ด.ช.); undefined for a title the fund's forms do not know. */
export function readTitle(text: string): TitleInfo | undefined {
  const cleaned = text.replace(/\s/g, '');
  const exact = titleInfo(cleaned);
  if (exact) return exact;
  const lower = cleaned.toLowerCase();
  return thaiTitles.find((info) => info.keywords.some((word) => word.toLowerCase() === lower || `${word.toLowerCase()}.` === lower));
}

/** Words that say a member owed nothing on the opening date, in the paid-through column (Decision 7's other choice). */
export function saysNoArrears(text: string): boolean {
  return /^(ไม่ค้าง(ชำระ|ส่ง)?|ไม่มีค้าง|none|no arrears)$/i.test(text.trim());
}

export type VillageChoice = { id: number; moo: number | null; name: string };

/**
 * A village of the fund's register by what a sheet writes: its หมู่ ("3", "หมู่ 3", "ม.3", "หมู่ที่ 3") or its name
 * (with or without "บ้าน"). Undefined when none or more than one fits.
 */
export function findVillageOf(text: string, villages: readonly VillageChoice[]): VillageChoice | undefined {
  const cleaned = toAsciiDigits(text).normalize('NFC').trim();
  const moo = /^(?:หมู่(?:ที่)?|ม\.)?\s*(\d{1,3})$/.exec(cleaned);
  if (moo) {
    const found = villages.filter((village) => village.moo === Number(moo[1]));
    return found.length === 1 ? found[0] : undefined;
  }
  const bare = (name: string) => name.replace(/\s/g, '').replace(/^บ้าน/, '');
  const found = villages.filter((village) => bare(village.name) === bare(cleaned));
  return found.length === 1 ? found[0] : undefined;
}
