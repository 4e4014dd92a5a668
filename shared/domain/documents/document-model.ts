import type { CalendarDate } from '../calendar-date';

/**
 * A printable report as plain readonly data: what the backend's one PDF renderer and one Excel renderer draw,
 * and what a job may hand to a worker thread (A4). It holds values, not layout: money stays integer satang and
 * dates stay ISO text, so each renderer can format them for its medium (Thai text on paper, numbers and real
 * dates in a spreadsheet). Every label in it is already final Thai text: builders fill it from th.json.
 */
export type DocumentModel = {
  readonly title: string;
  /** Lines under the title: the fund's name, its address, "as of" and filter lines. */
  readonly headings: readonly string[];
  readonly facts: readonly DocumentFact[];
  readonly tables: readonly DocumentTable[];
  readonly notes: readonly string[];
  readonly signatures: readonly DocumentSignature[];
  readonly footer: DocumentFooter;
  /** Wide tables (a cash book, a trial balance) may ask for landscape paper. */
  readonly orientation: 'portrait' | 'landscape';
  /**
   * Files carried inside the PDF (its attachments panel), e.g. a member's data as JSON beside the printed page
   * (PDPA s.31: in a form another system can read). A spreadsheet has no place for them and leaves them out.
   */
  readonly attachments?: readonly DocumentAttachment[];
};

export type DocumentAttachment = { readonly name: string; readonly description: string; readonly content: string };

/**
 * What a column holds. text: any string; money: integer satang; count: a whole number; date: ISO
 * 'YYYY-MM-DD'; period: 'YYYY-MM'. A cell may also be null, printed empty.
 */
export type ColumnKind = 'text' | 'money' | 'count' | 'date' | 'period';

export type CellValue = string | number | null;

export type DocumentColumn = {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Relative share of the table's width (the renderers scale the shares to the page or to character widths). */
  readonly width: number;
  /** When left out: money and counts to the right, dates and periods centred, text to the left. */
  readonly align?: 'left' | 'center' | 'right';
  /**
   * Where a text too wide for its column may wrap. 'words' (the default) wraps between Thai words as a
   * dictionary finds them; 'spaces' only at spaces, for names: a dictionary cuts a surname like
   * ประเสริฐวงศ์ศักดิ์ into pieces, and a person's name must never be split inside a word.
   */
  readonly wrap?: 'words' | 'spaces';
};

export type DocumentRow = {
  readonly cells: readonly CellValue[];
  /** 'muted' greys a row out (a voided receipt), 'strong' prints it bold (a subtotal). */
  readonly emphasis?: 'muted' | 'strong';
  /**
   * Only these cells (by column) print bold, the rest plain: a two-sided table (§10) whose one side has a subtotal
   * where the other has an ordinary line. Left out, `emphasis` says how the whole row looks.
   */
  readonly strongCells?: readonly number[];
};

export type DocumentTable = {
  /** Printed above the table; also the Excel sheet's name (cut to 31 characters there). */
  readonly name: string;
  readonly columns: readonly DocumentColumn[];
  readonly rows: readonly DocumentRow[];
  /** Printed bold under the last row, one cell per column like any row. */
  readonly totals?: readonly CellValue[];
  /** Printed instead of an empty table, so a blank page never reads as a rendering failure. */
  readonly emptyText: string;
  /** A book printed over several pages carries its figures from page to page (see PageCarry). */
  readonly carry?: PageCarry;
};

/**
 * How a printed book carries its figures over a page break: each page that continues on the next ends with a
 * carried-forward row (ยอดยกไป) and the next page begins, under its header, with the same figures brought
 * forward (ยอดยกมา). Summed columns hold the sum of every row printed so far; the balance column holds the last
 * printed row's balance. Only paper has pages: a spreadsheet ignores it.
 */
export type PageCarry = {
  /** The column the label is printed in (a text column). */
  readonly labelColumn: number;
  readonly carriedLabel: string;
  readonly broughtLabel: string;
  /** Money or count columns summed over the rows printed so far. */
  readonly sumColumns: readonly number[];
  /** A running-balance column: the carried row repeats the balance of the last row printed. */
  readonly balanceColumn?: number;
};

/** A labelled value in the block under the headings, typed like a cell so a spreadsheet keeps numbers as numbers. */
export type DocumentFact = {
  readonly label: string;
  readonly value: CellValue;
  readonly kind: ColumnKind;
};

export type DocumentSignature = {
  /** The office that signs, e.g. เหรัญญิก. */
  readonly role: string;
  /** Printed in brackets under the line when known; otherwise a blank bracket to fill in by hand. */
  readonly name?: string;
};

export type DocumentFooter = {
  /** The day the document was produced; the renderer prints it with the page numbers on every page. */
  readonly printedOn: CalendarDate;
  /** Optional text at the start of the footer line, e.g. the fund's name. */
  readonly text?: string;
  /**
   * The audit chain's head when the document was made, as final text (issue 20 §1): a printed page can be matched
   * to the fund file later. Set on the committee's monthly money reports.
   */
  readonly chainHead?: string;
};

/** The footer line's text before the page number: the document's own text, the chain head, the printed-on date. */
export function footerLine(footer: DocumentFooter, printed: string, separator: string): string {
  return [footer.text, footer.chainHead, printed].filter((part) => part !== undefined && part !== '').join(separator);
}
