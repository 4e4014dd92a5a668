/**
 * What a person types into a name, a payee or a note is printed on receipts and vouchers and read aloud at
 * meetings, so characters that print nothing, or that change how the rest of the line reads, are refused
 * rather than stored: control characters (NUL included), bidirectional controls (the "Trojan source" marks that
 * reorder what is shown), halves of a character (lone surrogates, which no font can draw), and text made only of
 * invisible characters (a name that looks blank on paper). Thai needs none of them.
 */
export type TextProblem = 'control-character' | 'direction-control' | 'lone-surrogate' | 'only-invisible';

/** Multi-line notes keep their line breaks and tabs; names and payees are one line. */
export type TextKind = 'line' | 'note';

const controlCharacters = /\p{Cc}/u;
const controlsButLineBreaks = /[^\P{Cc}\n\t]/u;
const directionControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// With the `u` flag a surrogate half is matched only when it stands alone; a proper pair is one code point.
const loneSurrogates = /\p{Cs}/u;
// Spaces of every kind, format characters (zero-width space and joiners, BOM, soft hyphen) and the blank
// letters some keyboards produce (Hangul fillers, the blank Braille pattern).
const invisibleCharacters = /^[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

export function textProblem(text: string, kind: TextKind = 'line'): TextProblem | undefined {
  if ((kind === 'note' ? controlsButLineBreaks : controlCharacters).test(text)) return 'control-character';
  if (directionControls.test(text)) return 'direction-control';
  if (loneSurrogates.test(text)) return 'lone-surrogate';
  if (text !== '' && invisibleCharacters.test(text)) return 'only-invisible';
  return undefined;
}

/** The form text is stored in: Unicode NFC, trimmed, so one name is one string however it was typed. */
export function storedText(text: string): string {
  return text.normalize('NFC').trim();
}
