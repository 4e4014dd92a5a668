import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberYearRecord } from '../../../../shared/api/sync-format';
import { recordOrderKey } from '../../../../shared/api/sync-record-keys';
import type { MemberYearSyncRow } from '../../../../electron/backend/db/repositories/sync-records-repository';
import { syncRecordReaders } from '../../../../electron/backend/db/repositories/sync-records-repository';
import { memberYearLines, memberYearPart } from '../../../../electron/backend/sync/member-year-lines';
import { runs, testSeed } from '../../../support/seed';
import { buildWorld } from '../../../support/write-examples';

/**
 * The member-years part is written without the generic path (record object, zod, canonicalize, order key); these
 * hold it to that path exactly: the same bytes for every good row, the same first problem for every bad one.
 */

const seed = testSeed('member-year-lines');
const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const goodUuid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((parts) => parts.join('-'));
const memberUuid = fc.oneof(
  { weight: 8, arbitrary: goodUuid },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: goodUuid.map((uuid) => uuid.toUpperCase()) },
);
const number = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -5, max: 2_000_000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 53, -(2 ** 53), 2 ** 53 - 1, 0.5, -0) },
);
const row = fc.record({
  member_uuid: memberUuid,
  fiscal_year: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 2000, max: 2040 }) }, { weight: 1, arbitrary: number }),
  months: number,
  contributed_satang: number,
});

/** What the generic path decides for the same rows: `lines()` in export-records.ts with the part's schema. */
function generic(rows: readonly MemberYearSyncRow[]) {
  const lines: string[] = [];
  let problem: { line: number; detail: string } | undefined;
  let previous: string | undefined;
  rows.forEach((each, index) => {
    const record = {
      memberUuid: each.member_uuid,
      fiscalYear: each.fiscal_year,
      months: each.months,
      contributedSatang: each.contributed_satang,
    };
    if (!problem) {
      const checked = memberYearRecord.safeParse(record);
      const order = recordOrderKey(record);
      if (!checked.success) problem = { line: index + 1, detail: checked.error.issues.map((issue) => issue.path.join('.')).join(', ') };
      else if (previous !== undefined && order <= previous) problem = { line: index + 1, detail: 'records are not in order' };
      previous = order;
    }
    if (!problem) lines.push(canonicalize(record) ?? '');
  });
  return { lines, problem };
}

describe('member-year lines (issue 18, the export written without records)', () => {
  it('give the generic path’s bytes and first problem for any rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const fast = memberYearLines(rows);
        const slow = generic(rows);
        expect(fast.problem).toEqual(slow.problem);
        if (!slow.problem) expect(fast.lines).toEqual(slow.lines);
      }),
      { seed, numRuns: runs(400) },
    );
  });

  it('accept sorted good rows and give the lines the collector parses back', () => {
    const uuid = '0a1b2c3d-0000-4000-8000-00000000000';
    const rows = [`${uuid}1`, `${uuid}1`, `${uuid}2`].map((member, index) => ({
      member_uuid: member,
      fiscal_year: 2024 + index,
      months: 12,
      contributed_satang: 36_000,
    }));
    const part = memberYearLines(rows);
    expect(part.problem).toBeUndefined();
    expect(part.lines.map((line) => memberYearRecord.parse(JSON.parse(line)))).toEqual(
      rows.map((each) => ({
        memberUuid: each.member_uuid,
        fiscalYear: each.fiscal_year,
        months: 12,
        contributedSatang: 36_000,
      })),
    );
  });

  it('names the first row out of order and the fields of a bad row', () => {
    const good = { member_uuid: '0a1b2c3d-0000-4000-8000-000000000001', fiscal_year: 2025, months: 1, contributed_satang: 3000 };
    expect(memberYearLines([good, good]).problem).toEqual({ line: 2, detail: 'records are not in order' });
    expect(memberYearLines([good, { ...good, fiscal_year: 2026, months: -1, contributed_satang: 0.5 }]).problem).toEqual({
      line: 2,
      detail: 'months, contributedSatang',
    });
  });

  it('are built by SQLite when every row allows it, and read row by row when one does not, with the same lines', async () => {
    const world = await buildWorld();
    try {
      const db = world.backend.db();
      const rowByRow = () => memberYearLines(syncRecordReaders.memberYears(db));
      expect(syncRecordReaders.memberYearsOutsideLines(db)).toBe(0);
      const built = memberYearPart(db);
      expect(built.lines.length).toBeGreaterThan(0);
      expect(built).toEqual(rowByRow());
      // A year of seven digits: SQL orders it as a number, the exporter as padded text; the rows are read instead.
      db.prepare('INSERT INTO member_year_totals (member_id, fiscal_year, months, satang) VALUES (?, 1000000, 1, 100)').run(
        world.paid.memberId,
      );
      expect(syncRecordReaders.memberYearsOutsideLines(db)).toBe(1);
      expect(memberYearPart(db)).toEqual(rowByRow());
      expect(memberYearPart(db).lines.some((line) => line.includes('"fiscalYear":1000000'))).toBe(true);
    } finally {
      world.backend.close();
    }
  });
});
