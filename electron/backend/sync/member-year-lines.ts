import { memberYearRecord } from '../../../shared/api/sync-format';
import { syncRecordReaders as read, type MemberYearSyncRow } from '../db/repositories/sync-records-repository';
import type { Connection } from '../db/execute';
import type { PartLines } from './export-records';

/**
 * The member-years part, the file's largest (a 30,000-member, ten-year fund has about 260,000 lines), written
 * straight from its rows: no record object, no generic canonicaliser, no schema parse per line, which together
 * were most of the export's time and garbage. Each line is exactly `canonicalize(record)` and each check exactly
 * what `memberYearRecord` and `recordOrderKey` decide (a property test holds the three
 * together: tests/electron/backend/sync/member-year-lines.test.ts), so the collector reads what it always did.
 */

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/** Whether `memberYearRecord` accepts the row's record: its four checks, without building the record. */
function memberYearAccepted(row: MemberYearSyncRow): boolean {
  return (
    typeof row.member_uuid === 'string' &&
    uuidPattern.test(row.member_uuid) &&
    isWhole(row.fiscal_year) &&
    isWhole(row.months) &&
    row.months >= 0 &&
    isWhole(row.contributed_satang)
  );
}

/** A refused row's fields as the generic check names them: the schema itself says, for the one row it refuses. */
function problemFields(row: MemberYearSyncRow): string {
  const record = {
    memberUuid: row.member_uuid,
    fiscalYear: row.fiscal_year,
    months: row.months,
    contributedSatang: row.contributed_satang,
  };
  const checked = memberYearRecord.safeParse(record);
  return checked.success ? '' : checked.error.issues.map((issue) => issue.path.join('.')).join(', ');
}

/** The line of a checked row: RFC 8785 sorts the four keys as written here, and a checked UUID needs no escape. */
function memberYearLine(row: MemberYearSyncRow): string {
  return `{"contributedSatang":${row.contributed_satang},"fiscalYear":${row.fiscal_year},"memberUuid":"${row.member_uuid}","months":${row.months}}`;
}

/** The year as `recordOrderKey` pads it, compared only between two years of one member. */
const paddedYear = (year: number) => String(year).padStart(6, '0');

/**
 * `recordOrderKey(previous) < recordOrderKey(next)`, without building either key: checked UUIDs all have 36
 * characters, so the key's first 36 decide unless the member is the same, and then the padded years do.
 */
function inOrder(previous: MemberYearSyncRow, next: MemberYearSyncRow): boolean {
  if (previous.member_uuid !== next.member_uuid) return previous.member_uuid < next.member_uuid;
  return paddedYear(previous.fiscal_year) < paddedYear(next.fiscal_year);
}

/**
 * The part as the fund holds it: when every row is one whose line and order SQLite builds exactly as
 * `memberYearLines` would (counted by one cheap query), SQLite builds the lines; otherwise the rows are read and
 * checked one by one, so the first refused row is named as before. Unique member UUIDs and the totals' key
 * (member, year) make SQL's order strictly increasing in the exporter's order for such rows.
 */
export function memberYearPart(connection: Connection): PartLines {
  if (read.memberYearsOutsideLines(connection) === 0)
    return { name: 'records/member-years.jsonl', lines: read.memberYearLines(connection) };
  return memberYearLines(read.memberYears(connection));
}

export function memberYearLines(rows: Iterable<MemberYearSyncRow>): PartLines {
  const part: PartLines = { name: 'records/member-years.jsonl', lines: [] };
  let previous: MemberYearSyncRow | undefined;
  let index = 0;
  for (const row of rows) {
    index += 1;
    if (!part.problem) {
      if (!memberYearAccepted(row)) part.problem = { line: index, detail: problemFields(row) };
      else if (previous && !inOrder(previous, row)) part.problem = { line: index, detail: 'records are not in order' };
      previous = row;
    }
    // A refused row's line is never written: the export stops at the first problem.
    part.lines.push(memberYearLine(row));
  }
  return part;
}
