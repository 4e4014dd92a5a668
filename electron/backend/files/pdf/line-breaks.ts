import { thaiMonthNames } from '../../../../shared/domain/buddhist-date';

/**
 * Line breaking for Thai, which writes no spaces between words: a break may fall between two Thai words as
 * ICU's dictionary finds them (Intl.Segmenter), or at a space, and nowhere else, so a word, a number or an
 * abbreviation like พ.ย. is never cut. The caller measures; this module only decides where lines end.
 */

export type Measure = (text: string) => number;

/** 'words' breaks between dictionary words; 'spaces' only at spaces (names: see DocumentColumn.wrap). */
export type WrapMode = 'words' | 'spaces';

export type WrappedText = {
  readonly lines: readonly string[];
  /** Set when a single word was wider than the line and had to be cut: the caller may prefer a smaller size. */
  readonly isWordCut: boolean;
};

const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

export function wrapText(text: string, width: number, measure: Measure, mode: WrapMode): WrappedText {
  const lines: string[] = [];
  let isWordCut = false;
  for (const paragraph of text.split('\n')) {
    if (measure(paragraph) <= width) {
      lines.push(paragraph);
      continue;
    }
    const filled = fill(pieces(paragraph, mode), width, measure, mode);
    lines.push(...filled.lines);
    isWordCut ||= filled.isWordCut;
  }
  return { lines, isWordCut };
}

/** Greedy filling: as many pieces as fit on each line; spaces at a line's end are dropped. */
function fill(parts: readonly string[], width: number, measure: Measure, mode: WrapMode): WrappedText {
  const lines: string[] = [];
  let isWordCut = false;
  let line = '';
  let space = '';
  for (const part of parts) {
    if (/^\s+$/.test(part)) {
      if (line !== '') space += part;
      continue;
    }
    const candidate = line === '' ? part : `${line}${space}${part}`;
    if (measure(candidate) <= width) {
      line = candidate;
    } else {
      if (line !== '') lines.push(line);
      line = part;
      if (measure(part) > width) {
        // One piece wider than the line: a name tries its dictionary words before its letters.
        const smaller = mode === 'spaces' ? fill(pieces(part, 'words'), width, measure, 'words') : cutGraphemes(part, width, measure);
        isWordCut = true;
        lines.push(...smaller.lines.slice(0, -1));
        line = smaller.lines[smaller.lines.length - 1] ?? '';
      }
    }
    space = '';
  }
  if (line !== '') lines.push(line);
  return { lines, isWordCut };
}

/** The last resort for one word wider than the line: cut between letters, never inside a letter with its marks. */
function cutGraphemes(word: string, width: number, measure: Measure): WrappedText {
  const lines: string[] = [];
  let line = '';
  for (const { segment } of graphemes.segment(word)) {
    if (line !== '' && measure(line + segment) > width) {
      lines.push(line);
      line = segment;
    } else {
      line += segment;
    }
  }
  if (line !== '') lines.push(line);
  return { lines, isWordCut: true };
}

/** The unbreakable pieces of a paragraph, with each run of spaces as a piece of its own. */
export function pieces(text: string, mode: WrapMode): string[] {
  if (mode === 'spaces') return keepTogether(text.split(/(\s+)/).filter((part) => part !== ''));
  const segments: string[] = [];
  for (const { segment } of words.segment(text)) {
    const previous = segments[segments.length - 1];
    if (previous !== undefined && !isSpace(segment) && !/\s$/.test(previous) && !isThaiWordBreak(previous, segment)) {
      segments[segments.length - 1] = previous + segment;
    } else {
      segments.push(segment);
    }
  }
  return keepTogether(segments);
}

const isSpace = (text: string) => /^\s+$/.test(text);

/**
 * Spaces that must not break, as a Thai typist would put a non-breaking space there: inside a date
 * (2 พ.ค. 2568, 25 พฤศจิกายน พ.ศ. 2569: a number beside a month or an abbreviation) and between หมู่ and its number.
 */
function keepTogether(segments: readonly string[]): string[] {
  const result: string[] = [];
  for (const segment of segments) {
    const space = result[result.length - 1];
    const before = result[result.length - 2];
    if (space !== undefined && before !== undefined && isSpace(space) && !isSpace(segment) && belongTogether(before, segment)) {
      result.splice(-2, 2, before + space + segment);
    } else {
      result.push(segment);
    }
  }
  return result;
}

const number = /^\d[\d,./]*$/;
const abbreviation = /^(?:[\u0e01-\u0e4e]{1,3}\.)+$/;

const monthNames: ReadonlySet<string> = new Set(thaiMonthNames.long);

function belongTogether(before: string, after: string): boolean {
  const last = before.split(/\s/).pop() ?? '';
  const first = after.split(/\s/)[0] ?? '';
  const isDatePart = (word: string) => abbreviation.test(word) || monthNames.has(word);
  if (number.test(last) && isDatePart(first)) return true;
  if (isDatePart(last) && (number.test(first) || abbreviation.test(first))) return true;
  return /หมู่(?:ที่)?$/.test(last) && number.test(first);
}

const thaiLetter = /[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]/;

/**
 * A break between two dictionary segments is allowed only between Thai letters: not beside a full stop
 * (พ.ย., น.ส.), a digit or Latin text, and never before ๆ or ฯ, which belong to the word before them.
 */
function isThaiWordBreak(before: string, after: string): boolean {
  return thaiLetter.test(before.slice(-1)) && thaiLetter.test(after.charAt(0));
}
