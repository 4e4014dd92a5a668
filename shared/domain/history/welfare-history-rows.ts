import type { CalendarDate } from '../calendar-date';
import type { ImportRow } from '../import/import-cells';
import type { ColumnMapping } from '../import/import-columns';
import { readImportDate } from '../import/import-dates';
import { dateOf, problemAt, rowReader, textOf, type EvaluatedRowOf } from '../import/import-row-reader';
import { importText } from '../import/import-text';
import { readCount, readHistoryAmount, readHistoryMember, type MemberDirectory } from './history-values';

/**
 * Welfare history (issue 19 §2): one welfare payment per row — the member, the welfare type, the event date,
 * the amount and, for a type that pays per night or day, the units. Before the opening date it is memo-only
 * history that counts toward yearly and lifetime caps from day one. From the opening date on a payout posts
 * money and needs the committee's approval, so such a row is refused: it is recorded as a claim in the app.
 */
export const welfareHistoryFields = ['member', 'welfareType', 'eventDate', 'amount', 'units'] as const;
export type WelfareHistoryField = (typeof welfareHistoryFields)[number];

export const welfareHistoryRequired: readonly WelfareHistoryField[] = ['member', 'welfareType', 'eventDate', 'amount'];
export const welfareHistoryDateFields: readonly WelfareHistoryField[] = ['eventDate'];

export const welfareHistoryWords: Readonly<Record<WelfareHistoryField, readonly string[]>> = {
  member: ['สมาชิก', 'เลขที่สมาชิก', 'เลขสมาชิก', 'รหัสสมาชิก', 'เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'member', 'memberno'],
  welfareType: ['ประเภทสวัสดิการ', 'สวัสดิการ', 'ประเภท', 'welfaretype', 'type'],
  eventDate: ['วันที่เกิดเหตุ', 'วันที่', 'วันที่จ่าย', 'eventdate', 'date'],
  amount: ['จำนวนเงิน', 'เงิน', 'บาท', 'ยอดเงิน', 'amount'],
  units: ['จำนวนคืน', 'จำนวนวัน', 'คืน', 'วัน', 'units', 'nights', 'days'],
};

export type WelfareTypeChoice = { id: number; code: string; nameTh: string; nameEn: string; perUnit: boolean };

export type WelfareHistoryRow = {
  memberId: number;
  member: string;
  typeId: number;
  welfareType: string;
  eventDate: CalendarDate;
  amountSatang: number;
  units: number | null;
};

export type WelfareHistoryFacts = {
  today: CalendarDate;
  openedOn: CalendarDate;
  members: MemberDirectory;
  types: readonly WelfareTypeChoice[];
  /** Payments already in history: "memberId:typeId:eventDate". */
  held: ReadonlySet<string>;
};

export type EvaluatedWelfareRow = EvaluatedRowOf<WelfareHistoryField, WelfareHistoryRow>;

/** The welfare type a cell names: by its code or its Thai or English name, spaces ignored. */
export function findWelfareType(text: string, types: readonly WelfareTypeChoice[]): WelfareTypeChoice | undefined {
  const key = text.replace(/\s/g, '').toLowerCase();
  return types.find((type) => [type.code, type.nameTh, type.nameEn].some((name) => name.replace(/\s/g, '').toLowerCase() === key));
}

export function evaluateWelfareRow(
  row: ImportRow,
  mapping: ColumnMapping<WelfareHistoryField>,
  facts: WelfareHistoryFacts,
): EvaluatedWelfareRow {
  const problems: EvaluatedWelfareRow['problems'] = [];
  const reader = rowReader(row, mapping, problems);
  const profile: Partial<WelfareHistoryRow> = {};
  const member = readHistoryMember(reader, facts.members);
  if (member) {
    profile.memberId = member.id;
    profile.member = `${member.memberNo} ${member.name}`;
  }
  const typeText = textOf(reader, 'welfareType', true);
  const type = typeText === '' ? undefined : findWelfareType(typeText, facts.types);
  if (typeText !== '' && !type) reader.problem('welfareType', 'history-welfare-type-not-found', { text: typeText });
  if (type) {
    profile.typeId = type.id;
    profile.welfareType = type.nameTh;
  }
  const eventDate = dateOf(reader, 'eventDate', (cell) => readImportDate(cell, reader.era('eventDate'), facts.today), true);
  if (eventDate) profile.eventDate = eventDate;
  if (eventDate && eventDate >= facts.openedOn) reader.problem('eventDate', 'history-welfare-after-opening', { openedOn: facts.openedOn });
  if (eventDate && member && eventDate < member.approvedOn)
    reader.problem('eventDate', 'history-welfare-before-membership', { approvedOn: member.approvedOn });
  const amount = readHistoryAmount(reader);
  if (amount !== undefined) profile.amountSatang = amount;
  const unitsCell = reader.cell('units');
  const unitsText = importText(unitsCell);
  profile.units = null;
  if (unitsCell && unitsText !== '') {
    const units = readCount(unitsCell, 366);
    if (units === undefined) reader.problem('units', 'history-units-invalid', { text: unitsText });
    else profile.units = units;
  }
  if (type?.perUnit && profile.units === null && unitsText === '') reader.problem('units', 'history-units-required', { type: type.nameTh });
  if (
    profile.memberId !== undefined &&
    profile.typeId !== undefined &&
    eventDate &&
    facts.held.has(`${profile.memberId}:${profile.typeId}:${eventDate}`)
  )
    reader.problem('eventDate', 'history-welfare-in-fund', { eventDate });
  return { rowNumber: row.rowNumber, problems, profile };
}

/** The same member, type and event date on two rows is one payment written twice. */
export function markWelfareDuplicates(rows: readonly EvaluatedWelfareRow[], mapping: ColumnMapping<WelfareHistoryField>): void {
  const rowsOf = new Map<string, number[]>();
  const keyOf = (row: EvaluatedWelfareRow) => {
    const { memberId, typeId, eventDate } = row.profile;
    return memberId === undefined || typeId === undefined || !eventDate ? undefined : `${memberId}:${typeId}:${eventDate}`;
  };
  for (const row of rows) {
    const key = keyOf(row);
    if (key) rowsOf.set(key, [...(rowsOf.get(key) ?? []), row.rowNumber]);
  }
  for (const row of rows) {
    const key = keyOf(row);
    const others = key ? (rowsOf.get(key) ?? []).filter((number) => number !== row.rowNumber) : [];
    if (others.length > 0)
      row.problems.push(problemAt(row.rowNumber, mapping, 'eventDate', 'history-welfare-twice-in-file', { rows: others.join(', ') }));
  }
}
