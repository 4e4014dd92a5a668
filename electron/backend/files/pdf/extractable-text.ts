/**
 * Makes Thai text copy, search and extract correctly from the PDFs pdfkit writes with Sarabun.
 *
 * pdfkit writes one ToUnicode entry per glyph and takes the glyph's text from fontkit's glyph cache, which keeps
 * whatever code points the glyph had the first time it was shaped. Sarabun draws SARA AM (ำ) as NIKHAHIT plus
 * SARA AA, so after "ทำ" every real "า" in the file extracted as nothing (pdf.js then shows the raw code, "\u0003"),
 * and words like ค้างชำระ or ลำภู could not be found in the file. Here, after shaping:
 * - each glyph's text comes from the font's own character map (so า is always "า"), or for a substituted glyph
 *   (a small tone mark, a tailless ญ) from the character it replaced;
 * - the SARA AA that came out of a SARA AM carries "ำ", and the mark it was split from keeps its tone mark only;
 *   a NIKHAHIT left with no text of its own is drawn as the font's precomposed ำ instead, which looks the same;
 * - the subset keeps one glyph per (outline, text) pair, so the same outline may be embedded twice under two codes.
 *
 * This reaches into pdfkit's EmbeddedFont and fontkit's GlyphRun (pdfkit is pinned to an exact version); the
 * shape is checked when a font is first used, and the PDF tests read the text back with pdf.js.
 */

type Glyph = { readonly id: number; readonly codePoints: readonly number[]; readonly advanceWidth: number };
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
type GlyphRun = { glyphs: Glyph[]; positions: Position[] };
type FontkitFont = {
  layout: (text: string, features?: unknown) => GlyphRun;
  readonly characterSet: readonly number[];
  glyphForCodePoint: (codePoint: number) => Glyph;
};
type EmbeddedFont = {
  readonly font: FontkitFont;
  readonly subset: { includeGlyph: (id: number) => number; readonly glyphs: number[] };
  readonly unicode: number[][];
  readonly widths: number[];
  readonly scale: number;
  layout: (text: string, features?: unknown) => { glyphs: Glyph[]; positions: Position[] };
  encode: (text: string, features?: unknown) => [string[], Position[]];
};

const saraAa = 0x0e32;
const saraAm = 0x0e33;
const nikhahit = 0x0e4d;

const prepared = new WeakSet<object>();

/** Call once a pdfkit font is current (`doc.font(...)` done); later calls for the same font do nothing. */
export function makeTextExtractable(font: unknown): void {
  if (!isEmbeddedFont(font)) throw new Error('pdfkit font internals are not as expected: Thai text would not extract correctly');
  if (prepared.has(font)) return;
  prepared.add(font);
  const texts = glyphTexts(font.font);
  const shape = font.font.layout.bind(font.font);
  font.font.layout = (text, features) => separateSaraAm(shape(text, features), text, font.font, texts);
  font.encode = (text, features) => encodeByText(font, texts, text, features);
}

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof EmbeddedFont, unknown>>;
  const inner = candidate.font as Partial<Record<keyof FontkitFont, unknown>> | undefined;
  const subset = candidate.subset as Partial<Record<'includeGlyph' | 'glyphs', unknown>> | undefined;
  return (
    typeof candidate.encode === 'function' &&
    typeof candidate.layout === 'function' &&
    Array.isArray(candidate.unicode) &&
    Array.isArray(candidate.widths) &&
    typeof candidate.scale === 'number' &&
    typeof inner?.layout === 'function' &&
    typeof inner.glyphForCodePoint === 'function' &&
    Array.isArray(inner.characterSet) &&
    typeof subset?.includeGlyph === 'function' &&
    Array.isArray(subset.glyphs)
  );
}

type GlyphTexts = {
  /** The text each glyph of the character map stands for; the first code point wins (space over no-break space). */
  readonly byId: ReadonlyMap<number, string>;
  /** Texts set for one occurrence of a glyph (the SARA AA of a SARA AM, a mark that gave its NIKHAHIT away). */
  readonly overrides: WeakMap<Glyph, string>;
  readonly saraAaId: number;
  /** Subset codes by glyph and text, and the glyphs already in the subset under some code. */
  readonly codes: Map<string, number>;
  readonly embeddedIds: Set<number>;
};

function glyphTexts(font: FontkitFont): GlyphTexts {
  const byId = new Map<number, string>();
  for (const codePoint of [...font.characterSet].sort((left, right) => left - right)) {
    const id = font.glyphForCodePoint(codePoint).id;
    if (id !== 0 && !byId.has(id)) byId.set(id, String.fromCodePoint(codePoint));
  }
  return { byId, overrides: new WeakMap(), saraAaId: font.glyphForCodePoint(saraAa).id, codes: new Map(), embeddedIds: new Set() };
}

/**
 * What one occurrence of a glyph stands for: its own text when set, else the character that maps to it, else
 * (a substituted glyph: a small tone mark, a tailless ญ, a ligature) the characters it was made from, with the
 * part of a SARA AM counted as NIKHAHIT so that separateSaraAm can hand the ำ to the SARA AA.
 */
function textOf(glyph: Glyph, texts: GlyphTexts): string {
  const override = texts.overrides.get(glyph);
  if (override !== undefined) return override;
  const mapped = texts.byId.get(glyph.id);
  if (mapped !== undefined) return mapped;
  const text = String.fromCodePoint(...glyph.codePoints.map((codePoint) => (codePoint === saraAm ? nikhahit : codePoint)));
  return text === '' ? '\ufffd' : text;
}

/** One occurrence of a glyph with its own text; everything else (outline, metrics) is the shared glyph's. */
function withText(glyph: Glyph, text: string, texts: GlyphTexts): Glyph {
  const copy = Object.create(glyph) as Glyph;
  texts.overrides.set(copy, text);
  return copy;
}

/** Gives each ำ that the font split into NIKHAHIT and SARA AA a glyph that can carry its text (see the top). */
function separateSaraAm(run: GlyphRun, text: string, font: FontkitFont, texts: GlyphTexts): GlyphRun {
  if (!text.includes('\u0e33')) return run;
  // The SARA AA glyphs come out in the order of the า and ำ that made them.
  const sources = [...text].filter((character) => character === '\u0e32' || character === '\u0e33');
  const aaIndexes = run.glyphs.flatMap((glyph, index) => (glyph.id === texts.saraAaId ? [index] : []));
  if (aaIndexes.length !== sources.length) return run;
  const glyphs = [...run.glyphs];
  const positions = [...run.positions];
  const dropped = new Set<number>();
  aaIndexes.forEach((index, order) => {
    if (sources[order] !== '\u0e33') return;
    const markIndex = nikhahitBefore(glyphs, positions, index, texts);
    const aa = glyphs[index];
    if (!aa) return;
    if (markIndex === undefined) {
      glyphs[index] = withText(aa, '\u0e33', texts);
      return;
    }
    const mark = glyphs[markIndex];
    const rest = mark ? textOf(mark, texts).replace('\u0e4d', '') : '';
    if (mark && rest !== '') {
      glyphs[markIndex] = withText(mark, rest, texts);
      glyphs[index] = withText(aa, '\u0e33', texts);
      return;
    }
    // A bare NIKHAHIT would be left with no text, which a ToUnicode map cannot express: use the precomposed ำ.
    glyphs[index] = font.glyphForCodePoint(saraAm);
    const markPosition = positions[markIndex];
    const aaPosition = positions[index];
    if (markPosition && aaPosition) positions[index] = { ...aaPosition, xAdvance: aaPosition.xAdvance + markPosition.xAdvance };
    dropped.add(markIndex);
  });
  if (dropped.size > 0) {
    run.glyphs = glyphs.filter((_glyph, index) => !dropped.has(index));
    run.positions = positions.filter((_position, index) => !dropped.has(index));
  } else {
    run.glyphs = glyphs;
    run.positions = positions;
  }
  return run;
}

/** The zero-width mark just before a SARA AA that carries the NIKHAHIT split off it (alone or with a tone mark). */
function nikhahitBefore(glyphs: readonly Glyph[], positions: readonly Position[], index: number, texts: GlyphTexts): number | undefined {
  for (let before = index - 1; before >= 0; before -= 1) {
    const glyph = glyphs[before];
    if (!glyph || (positions[before]?.xAdvance ?? 0) !== 0) return undefined;
    if (textOf(glyph, texts).includes('\u0e4d')) return before;
  }
  return undefined;
}

/** pdfkit's own encode, except that the subset code of a glyph depends on its outline and its text together. */
function encodeByText(font: EmbeddedFont, texts: GlyphTexts, text: string, features: unknown): [string[], Position[]] {
  const { glyphs, positions } = font.layout(text, features);
  const encoded = glyphs.map((glyph) => {
    const glyphText = textOf(glyph, texts);
    const key = `${glyph.id}:${glyphText}`;
    let code = texts.codes.get(key);
    if (code === undefined) {
      code = texts.embeddedIds.has(glyph.id) ? font.subset.glyphs.push(glyph.id) - 1 : font.subset.includeGlyph(glyph.id);
      texts.embeddedIds.add(glyph.id);
      texts.codes.set(key, code);
      font.widths[code] = glyph.advanceWidth * font.scale;
      font.unicode[code] = [...glyphText].map((character) => character.codePointAt(0) ?? 0xfffd);
    }
    return code.toString(16).padStart(4, '0');
  });
  return [encoded, positions];
}
