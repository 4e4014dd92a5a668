import { toAsciiDigits } from '../money/money-format';

/**
 * How a typed query finds a choice in a dropdown, the Thai way (issue 14 §16): NFC, Thai digits as Arabic ones,
 * case, spaces, dots and zero-width characters ignored, so "นาง" finds นาง, "นส" or "น.ส." finds นางสาว, and
 * "๑" finds 1. The rank puts the exact choice before the choices it begins, and those before the rest, so typing
 * a whole title and pressing Enter picks that title and not a longer one (นาง, not นางสาว).
 */
export function searchKey(text: string): string {
  return toAsciiDigits(text.normalize('NFC'))
    .toLocaleLowerCase('th')
    .replace(/[\s.\u200B-\u200D\u2060\uFEFF]/gu, '');
}

/** 0 exact, 1 begins with the query, 2 contains it; undefined when no text of the choice matches. */
export function choiceRank(query: string, texts: readonly string[]): number | undefined {
  const wanted = searchKey(query);
  if (wanted === '') return 2;
  let best: number | undefined;
  for (const text of texts) {
    const key = searchKey(text);
    const rank = key === wanted ? 0 : key.startsWith(wanted) ? 1 : key.includes(wanted) ? 2 : undefined;
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}
