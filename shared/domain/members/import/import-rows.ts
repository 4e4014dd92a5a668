import type { CalendarDate, Period } from '../../calendar-date';
import { periodOfDate } from '../../calendar-date';
import { joinedBeforeOpening } from '../opening-dues';
import { columnLetter, type ImportRow } from '../../import/import-cells';
import { readImportDate, readImportMonth } from '../../import/import-dates';
import {
  dateOf,
  hasErrors,
  rowReader,
  textOf,
  type CellProblem as GenericCellProblem,
  type EvaluatedRowOf,
  type RowReader as GenericRowReader,
} from '../../import/import-row-reader';
import type { ImportField, ImportMapping } from './import-fields';
import { findVillageOf, importText, readCitizenId, readGender, readTitle, saysNoArrears, type VillageChoice } from './import-values';

/** One problem of one cell of the member sheet. */
export type CellProblem = GenericCellProblem<ImportField>;

/** A member as a row will be registered: the registration's own input (members.register), less what import never sets. */
export type ImportedProfile = {
  citizenId: string | null;
  noIdReason: string | null;
  title: string;
  firstName: string;
  lastName: string;
  gender: 'male' | 'female';
  birthDate: CalendarDate;
  houseNo: string;
  villageId: number | null;
  subdistrict: string;
  district: string;
  province: string;
  postcode: string;
  phone: string;
  appliedOn: CalendarDate;
  approvedOn: CalendarDate;
  approvalRef: string;
  paidThroughPeriod: Period | null;
  noArrearsAtOpening: boolean;
};

export type EvaluatedRow = EvaluatedRowOf<ImportField, ImportedProfile>;

/** What the fund already holds that a row is checked against. */
export type ImportFundFacts = {
  readonly today: CalendarDate;
  readonly foundedOn: CalendarDate;
  readonly openedOn: CalendarDate;
  /** Approvals from the opening date on cite a committee resolution (the fund's setting), which a sheet cannot. */
  readonly approvalsCiteResolution: boolean;
  readonly villages: readonly VillageChoice[];
  /** Citizen IDs held by a member (not voided) or a waiting application, with who holds it ("00012 นางสาย ใจดี"). */
  readonly heldIds: ReadonlyMap<string, string>;
  /** The approval's words for rows whose sheet gives none (typed once in the mapping step). */
  readonly defaultApprovalRef: string;
};

type RowReader = GenericRowReader<ImportField>;

/**
 * One row checked on its own: every mapped cell read and every problem kept (not only the first), so the
 * preview shows them all at once. Checks against other rows (duplicate IDs) come after, over the whole sheet.
 */
export function evaluateRow(row: ImportRow, mapping: ImportMapping, facts: ImportFundFacts): EvaluatedRow {
  const problems: CellProblem[] = [];
  const reader = rowReader(row, mapping, problems);
  const profile: Partial<ImportedProfile> = {};
  readIdentity(reader, profile);
  readPerson(reader, profile, facts);
  readAddress(reader, profile, facts);
  readMembership(reader, profile, facts);
  return { rowNumber: row.rowNumber, problems, profile };
}

function readIdentity(reader: RowReader, profile: Partial<ImportedProfile>): void {
  const idCell = reader.cell('citizenId');
  const reason = textOf(reader, 'noIdReason', false);
  const idText = textOf(reader, 'citizenId', false);
  profile.citizenId = null;
  profile.noIdReason = reason === '' ? null : reason;
  if (idText !== '' && idCell) {
    const id = readCitizenId(idCell);
    if (id.ok) profile.citizenId = id.citizenId;
    else reader.problem('citizenId', 'import-bad-thai-id', { text: idText });
    if (reason !== '') reader.problem('noIdReason', 'import-id-and-reason');
  } else if (reason === '') reader.problem(reader.column('citizenId') === null ? 'noIdReason' : 'citizenId', 'import-id-or-reason');
}

function readPerson(reader: RowReader, profile: Partial<ImportedProfile>, facts: ImportFundFacts): void {
  const titleText = textOf(reader, 'title', true);
  const title = titleText === '' ? undefined : readTitle(titleText);
  profile.title = title?.title ?? titleText;
  profile.firstName = textOf(reader, 'firstName', true);
  profile.lastName = textOf(reader, 'lastName', true);
  const genderCell = reader.cell('gender');
  const genderText = textOf(reader, 'gender', false);
  const written = genderCell && genderText !== '' ? readGender(genderCell) : undefined;
  if (genderText !== '' && !written) reader.problem('gender', 'import-gender-unreadable', { text: genderText });
  if (written && title && written !== title.gender)
    reader.problem('gender', 'import-title-gender', { title: title.title, text: genderText }, 'warning');
  const gender = written ?? title?.gender;
  if (gender) profile.gender = gender;
  else if (genderText === '' && titleText !== '')
    reader.problem(reader.column('gender') === null ? 'title' : 'gender', 'import-gender-unknown');
  profile.birthDate = dateOf(reader, 'birthDate', (cell) => readImportDate(cell, reader.era('birthDate'), facts.today), true);
}

function readAddress(reader: RowReader, profile: Partial<ImportedProfile>, facts: ImportFundFacts): void {
  profile.houseNo = textOf(reader, 'houseNo', false);
  profile.subdistrict = textOf(reader, 'subdistrict', false);
  profile.district = textOf(reader, 'district', false);
  profile.province = textOf(reader, 'province', false);
  profile.postcode = textOf(reader, 'postcode', false).replace(/\s/g, '');
  if (profile.postcode !== '' && !/^\d{5}$/.test(profile.postcode))
    reader.problem('postcode', 'import-bad-postcode', { text: profile.postcode });
  profile.phone = textOf(reader, 'phone', false);
  const villageText = textOf(reader, 'village', false);
  profile.villageId = null;
  if (villageText !== '') {
    const village = findVillageOf(villageText, facts.villages);
    if (village) profile.villageId = village.id;
    else reader.problem('village', 'import-village-not-found', { text: villageText });
  }
}

function readMembership(reader: RowReader, profile: Partial<ImportedProfile>, facts: ImportFundFacts): void {
  const approvedOn = dateOf(reader, 'approvedOn', (cell) => readImportDate(cell, reader.era('approvedOn'), facts.today), true);
  const appliedOn =
    reader.column('appliedOn') === null
      ? approvedOn
      : (dateOf(reader, 'appliedOn', (cell) => readImportDate(cell, reader.era('appliedOn'), facts.today), false) ?? approvedOn);
  if (approvedOn) profile.approvedOn = approvedOn;
  if (appliedOn) profile.appliedOn = appliedOn;
  const ref = textOf(reader, 'approvalRef', false);
  profile.approvalRef = ref === '' ? facts.defaultApprovalRef : ref;
  if (profile.approvalRef === '') reader.problem('approvalRef', 'import-required');
  const birthDate = profile.birthDate;
  const joinedOn = appliedOn ?? approvedOn;
  if (birthDate && joinedOn && birthDate >= joinedOn) reader.problem('birthDate', 'import-birth-after-joining', { birthDate, joinedOn });
  if (approvedOn && appliedOn && approvedOn < appliedOn) reader.problem('approvedOn', 'approval-before-application', { appliedOn });
  if (approvedOn && approvedOn < facts.foundedOn) reader.problem('approvedOn', 'date-before-founding', { foundedOn: facts.foundedOn });
  if (approvedOn && !joinedBeforeOpening(approvedOn, facts.openedOn) && facts.approvalsCiteResolution)
    reader.problem('approvedOn', 'import-needs-resolution', { openedOn: facts.openedOn });
  readOpeningDues(reader, profile, facts, approvedOn);
}

/** Decision 7: a member who joined before the opening date comes with the month she paid through, or "nothing owed". */
function readOpeningDues(
  reader: RowReader,
  profile: Partial<ImportedProfile>,
  facts: ImportFundFacts,
  approvedOn: string | undefined,
): void {
  profile.paidThroughPeriod = null;
  profile.noArrearsAtOpening = false;
  const cell = reader.cell('paidThrough');
  const text = importText(cell);
  if (text !== '' && saysNoArrears(text)) profile.noArrearsAtOpening = true;
  else if (text !== '') {
    const period = dateOf(reader, 'paidThrough', (found) => readImportMonth(found, reader.era('paidThrough'), facts.today), false);
    if (period) profile.paidThroughPeriod = period;
    if (period && approvedOn && period < periodOfDate(approvedOn) && period !== previousPeriod(periodOfDate(approvedOn)))
      reader.problem('paidThrough', 'import-paid-through-before-joining', { period });
  }
  if (!approvedOn) return;
  if (joinedBeforeOpening(approvedOn, facts.openedOn)) {
    if (text === '') reader.problem('paidThrough', 'import-opening-dues-required', { openedOn: facts.openedOn });
  } else if (text !== '') reader.problem('paidThrough', 'import-paid-through-not-allowed', { openedOn: facts.openedOn });
}

function previousPeriod(period: Period): Period {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * Checks across rows: a citizen ID written on several rows is a problem on each of them (naming the others),
 * and one already held in the fund is a problem on its row.
 */
export function markDuplicates(rows: readonly EvaluatedRow[], mapping: ImportMapping, facts: ImportFundFacts): void {
  const column = mapping.find((entry) => entry.field === 'citizenId')?.column ?? null;
  const rowsById = new Map<string, number[]>();
  for (const row of rows) {
    const id = row.profile.citizenId;
    if (id) rowsById.set(id, [...(rowsById.get(id) ?? []), row.rowNumber]);
  }
  for (const row of rows) {
    const id = row.profile.citizenId;
    if (!id) continue;
    const cell = column === null ? '' : `${columnLetter(column)}${row.rowNumber}`;
    const same = (rowsById.get(id) ?? []).filter((number) => number !== row.rowNumber);
    if (same.length > 0)
      row.problems.push({
        column,
        field: 'citizenId',
        code: 'import-duplicate-in-file',
        params: { cell, importField: 'citizenId', rows: same.join(', ') },
        severity: 'error',
      });
    const holder = facts.heldIds.get(id);
    if (holder !== undefined)
      row.problems.push({
        column,
        field: 'citizenId',
        code: 'import-duplicate-in-fund',
        params: { cell, importField: 'citizenId', holder },
        severity: 'error',
      });
  }
}

export { hasErrors };
