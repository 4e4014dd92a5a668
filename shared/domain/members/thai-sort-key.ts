/**
 * A stored key whose plain code-unit order is Thai dictionary order (Decision 21), so SQL can ORDER BY it
 * with the default BINARY collation and an index. It imitates what `Intl.Collator('th')` does (ICU's Thai
 * rules), level by level, because the database has no Thai collation of its own:
 *
 * 1. primary: base letters. A leading vowel (เ แ โ ใ ไ) is moved after the consonant it precedes, so เกษม
 *    files under ก; ำ reads as า followed by nikhahit; Thai digits equal ASCII digits; Thai comes before
 *    Latin (the Thai collation puts its own script first); Latin letters lose case and accents here.
 *    Spaces and punctuation are left out entirely, as the collator ignores them.
 * 2. secondary: tone marks, thanthakhat, maitaikhu and Latin accents, in the order they occur, so they only
 *    break ties between names with the same letters (ก่อ after กอ, before ก้อ).
 * 3. tertiary: lower case before upper case.
 * 4. the text itself, so that two different names never share a key and ORDER BY is deterministic.
 *
 * Levels are joined by U+0001, lower than every weight, so a shorter level sorts first. Every weight is a
 * BMP code unit below U+D800: UTF-16 order then equals the UTF-8 byte order SQLite compares.
 */
const levelSeparator = '\u0001';
const commonWeight = '\u0002';
/** Upper case, and ำ typed as one character rather than as nikhahit + sara aa: both sort after the plain form. */
const variantWeight = '\u0003';

const thaiConsonant = /[\u0E01-\u0E2E]/;
const leadingVowel = /[\u0E40-\u0E44]/;
/** Thai marks with no primary weight, in the collator's secondary order: ๎ ์ ็ ่ ้ ๊ ๋. */
const thaiSecondaryOrder = '\u0E4E\u0E4C\u0E47\u0E48\u0E49\u0E4A\u0E4B';
/** Thai characters whose primary weight is not their own code unit. */
const thaiPrimaryRemap: Readonly<Record<string, string>> = {
  '\u0E4D': '\u0E2F', // nikhahit sorts after ฮ and before ะ (ฯ, whose slot this takes, is punctuation)
  '\u0E45': '\u0E32', // lakkhangyao is a second sara aa
  '\u0E3A': '\u0E45', // phinthu sorts after ไ
};
/** Spaces, punctuation, and ฯ and ๆ (letters by Unicode, ignored by the Thai collator). */
const ignored = /[\p{P}\p{Z}\p{Cc}\p{Cf}\u0E2F\u0E46]/u;

type Element = { primary: string; secondary: string; tertiary: string };

/** Primary weights below Thai: symbols (roughly by code point, ฿ last), then digits, Thai and ASCII alike. */
function symbolPrimary(code: number): string {
  return String.fromCharCode(0x10 + Math.min(code, 0xcff));
}

function digitPrimary(value: number): string {
  return String.fromCharCode(0xd30 + value);
}

/** The collation elements of one character; an empty list for characters the collator ignores. */
function elementsOf(character: string): Element[] {
  const code = character.codePointAt(0) ?? 0;
  const secondaryRank = thaiSecondaryOrder.indexOf(character);
  if (secondaryRank >= 0) return [{ primary: '', secondary: String.fromCharCode(0x10 + secondaryRank), tertiary: '' }];
  if (ignored.test(character)) return [];
  if (character === '\u0E33') {
    return [
      { primary: '\u0E32', secondary: commonWeight, tertiary: variantWeight },
      { primary: '\u0E2F', secondary: commonWeight, tertiary: commonWeight },
    ];
  }
  if (code >= 0x0e50 && code <= 0x0e59) return [{ primary: digitPrimary(code - 0x0e50), secondary: commonWeight, tertiary: commonWeight }];
  if (code >= 0x30 && code <= 0x39) return [{ primary: digitPrimary(code - 0x30), secondary: commonWeight, tertiary: commonWeight }];
  if (/\p{S}/u.test(character)) return [{ primary: symbolPrimary(code), secondary: commonWeight, tertiary: commonWeight }];
  if (code >= 0x0e01 && code <= 0x0e5b) {
    return [{ primary: thaiPrimaryRemap[character] ?? character, secondary: commonWeight, tertiary: commonWeight }];
  }
  if (/\p{M}/u.test(character)) {
    // A combining accent (after NFD): a secondary difference only.
    return [{ primary: '', secondary: String.fromCharCode(0x100 + (code & 0xfff)), tertiary: '' }];
  }
  const lower = character.toLowerCase();
  const lowerCode = lower.length === character.length ? (lower.codePointAt(0) ?? code) : code;
  return [
    {
      primary: String.fromCharCode(Math.min(0x1000 + lowerCode, 0xd7ff)),
      secondary: commonWeight,
      tertiary: lower !== character ? variantWeight : commonWeight,
    },
  ];
}

export function thaiSortKey(text: string): string {
  const characters = [...text.normalize('NFD')];
  const elements: Element[] = [];
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] ?? '';
    const next = characters[index + 1];
    if (leadingVowel.test(character) && next !== undefined && thaiConsonant.test(next)) {
      elements.push(...elementsOf(next), ...elementsOf(character));
      index += 1;
      continue;
    }
    if (character === '\u0E4D' && next === '\u0E32') {
      // Nikhahit typed before sara aa is how some keyboards spell ำ; the collator reads it as ำ too.
      elements.push(...elementsOf('\u0E33').map((element) => ({ ...element, tertiary: commonWeight })));
      index += 1;
      continue;
    }
    elements.push(...elementsOf(character));
  }
  const level = (pick: (element: Element) => string): string => elements.map(pick).join('');
  return [level((element) => element.primary), level((element) => element.secondary), level((element) => element.tertiary), text].join(
    levelSeparator,
  );
}
