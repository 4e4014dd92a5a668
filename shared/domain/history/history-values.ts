import { toAsciiDigits, parseBaht } from '../money/money-format';
import { normalizeThaiId } from '../members/thai-id';
import type { ImportCell } from '../import/import-cells';
import { importText } from '../import/import-text';
import { textOf, type RowReader } from '../import/import-row-reader';

/** A member as a history sheet may name her: by member number or citizen ID, with what the rows are checked against. */
export type HistoryMember = {
  id: number;
  memberNo: string;
  citizenId: string | null;
  name: string;
  approvedOn: string;
};

/** The fund's members by the two ways a sheet names them, read once for a whole sheet. */
export type MemberDirectory = { byNo: ReadonlyMap<string, HistoryMember>; byCitizenId: ReadonlyMap<string, HistoryMember> };

/**
 * The member a cell names: a citizen ID (13 digits, dashes and spaces ignored) or a member number ("12" finds
 * 00012, since sheets drop leading zeros). Undefined when nobody in the fund has it.
 */
export function findHistoryMember(cell: ImportCell, members: MemberDirectory): HistoryMember | undefined {
  const text = toAsciiDigits(importText(cell));
  const digits = normalizeThaiId(text);
  if (/^\d{13}$/.test(digits)) return members.byCitizenId.get(digits);
  if (cell.kind === 'number' && /^\d{12}$/.test(digits)) return members.byCitizenId.get(`0${digits}`);
  const exact = members.byNo.get(text);
  if (exact) return exact;
  return /^\d+$/.test(text) ? members.byNo.get(String(Number(text)).padStart(5, '0')) : undefined;
}

/** An amount in baht, from a number cell or text ("1,200", "๑๒๐๐.๕๐"): satang, or undefined when it is not one. */
export function readAmount(cell: ImportCell): number | undefined {
  if (cell.kind === 'number') {
    const satang = Math.round(cell.value * 100);
    return Number.isSafeInteger(satang) && satang >= 0 && Math.abs(cell.value * 100 - satang) < 1e-6 ? satang : undefined;
  }
  return parseBaht(importText(cell));
}

/** A whole count (months, nights) within limits, from a number or text cell. */
export function readCount(cell: ImportCell, max: number): number | undefined {
  const value = cell.kind === 'number' ? cell.value : Number(toAsciiDigits(importText(cell)));
  return Number.isInteger(value) && value >= 1 && value <= max ? value : undefined;
}

/** The member a row's member cell names, or a problem on the cell (blank, or nobody in the fund has it). */
export function readHistoryMember(reader: RowReader<'member'>, members: MemberDirectory): HistoryMember | undefined {
  const text = textOf(reader, 'member', true);
  const cell = reader.cell('member');
  if (text === '' || !cell) return undefined;
  const member = findHistoryMember(cell, members);
  if (!member) reader.problem('member', 'history-member-not-found', { text });
  return member;
}

/** The row's amount in satang, or a problem on the cell (blank, zero, not an amount). */
export function readHistoryAmount(reader: RowReader<'amount'>): number | undefined {
  const text = textOf(reader, 'amount', true);
  const cell = reader.cell('amount');
  if (text === '' || !cell) return undefined;
  const amount = readAmount(cell);
  if (amount === undefined || amount === 0) {
    reader.problem('amount', 'history-amount-invalid', { text });
    return undefined;
  }
  return amount;
}
