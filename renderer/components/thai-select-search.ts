import type { SelectProps } from 'antd';
import { choiceRank } from '../../shared/domain/text/choice-search';

/** An option may carry other words it answers to (abbreviations, English): `{ value, label, keywords }`. */
type SearchableOption = { label?: unknown; title?: unknown; value?: unknown; keywords?: readonly string[] };

function textsOf(option: SearchableOption | undefined): string[] {
  if (!option) return [];
  const texts = [option.label, option.title].filter((text): text is string => typeof text === 'string');
  if (texts.length === 0 && (typeof option.value === 'string' || typeof option.value === 'number')) texts.push(String(option.value));
  return [...texts, ...(option.keywords ?? [])];
}

function rankOf(query: string, option: SearchableOption | undefined): number {
  return choiceRank(query, textsOf(option)) ?? Number.POSITIVE_INFINITY;
}

/**
 * Every dropdown takes typing (issue 14 §16), set once for the app in its ConfigProvider: the Thai-aware match of
 * shared/domain/text/choice-search.ts, exact choices first, so typing "นาง" and Enter chooses นาง.
 */
export const thaiSelectSearch: Exclude<SelectProps['showSearch'], boolean | undefined> = {
  filterOption: (input, option) => choiceRank(input, textsOf(option)) !== undefined,
  filterSort: (left, right, { searchValue }) => (searchValue === '' ? 0 : rankOf(searchValue, left) - rankOf(searchValue, right)),
};
