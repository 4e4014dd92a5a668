/**
 * A stored key whose plain code-unit order is Thai dictionary order (Decision 21), so SQL can ORDER BY it.
 * Primary level: base letters, with a leading vowel (เ แ โ ใ ไ) moved after the consonant it precedes;
 * tone marks and other diacritics only break ties (a secondary level appended after a separator).
 */
const leadingVowels = /[เแโใไ]/;
const diacritics = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
const toneAndMarks = /[\u0E47-\u0E4E]/;

export function thaiSortKey(text: string): string {
  const characters = [...text.normalize('NFC').toLowerCase()];
  let primary = '';
  let secondary = '';
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] ?? '';
    const next = characters[index + 1];
    if (leadingVowels.test(character) && next !== undefined && /[\u0E01-\u0E2E]/.test(next)) {
      primary += next + character;
      secondary += '\u0001\u0001';
      index += 1;
      continue;
    }
    if (toneAndMarks.test(character)) {
      secondary += character;
      continue;
    }
    primary += character;
    secondary += diacritics.test(character) ? character : '\u0001';
  }
  return `${primary}\u0000${secondary}`;
}
