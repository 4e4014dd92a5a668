import { createHash, createHmac, createSecretKey } from 'node:crypto';
import { recordParts, type RecordPartName } from '../../../shared/api/sync-format';
import { recordOrderKey } from '../../../shared/api/sync-record-keys';
import { syncRecordReaders as read } from '../db/repositories/sync-records-repository';
import type { Connection } from '../db/execute';
import { canonicalLineWriter } from './canonical-line';
import { memberYearPart } from './member-year-lines';

/**
 * The record parts of a sync file: each row as RFC 8785 canonical JSON, one a line, in the order its query gives
 * (by UUID, totals by key), so the same data gives the same bytes (Decision 17). Member rows are pseudonymous
 * (Decision 18): the citizen ID goes out only as an HMAC under the fund's own secret, which never leaves the file;
 * a plain hash would not do, as every possible ID can be hashed.
 */

export type BuiltPart = { name: RecordPartName; bytes: Buffer; records: number; sha256: string };

/**
 * A part's records as lines (canonical JSON, no newline), in the part's order; `problem`
 * names the first record the collector would refuse (its shape or its place in the order), found here so that the
 * file's read-back need only check what the disk could have changed (every hash and count).
 */
export type PartLines = { name: RecordPartName; lines: string[]; problem?: { line: number; detail: string } };

const flag = (value: number) => value === 1;
const list = (joined: string | null) => (joined === null || joined === '' ? [] : joined.split(','));

/** Row by row (so no row outlives its line), each mapped to its record, checked, and written as its line. */
function lines<Row>(name: RecordPartName, rows: Iterable<Row>, toRecord: (row: Row) => Readonly<Record<string, unknown>>): PartLines {
  const schema = recordParts[name];
  const line = canonicalLineWriter(Object.keys(schema.shape));
  const part: PartLines = { name, lines: [] };
  let previous: string | undefined;
  let index = 0;
  for (const row of rows) {
    const record = toRecord(row);
    index += 1;
    if (!part.problem) {
      const checked = schema.safeParse(record);
      const order = recordOrderKey(record);
      if (!checked.success) part.problem = { line: index, detail: checked.error.issues.map((issue) => issue.path.join('.')).join(', ') };
      else if (previous !== undefined && order <= previous) part.problem = { line: index, detail: 'records are not in order' };
      previous = order;
    }
    part.lines.push(line(record));
  }
  return part;
}

/** The part's entry: its lines, each ended by a newline, with the count and hash the manifest lists. */
export function builtPart(name: RecordPartName, partLines: readonly string[]): BuiltPart {
  const bytes = Buffer.from(partLines.length === 0 ? '' : `${partLines.join('\n')}\n`, 'utf8');
  return { name, bytes, records: partLines.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Every part but the removed one, read from the fund in one moment (the caller holds a read transaction). */
export function buildRecordLines(connection: Connection, memberSecret: string): PartLines[] {
  const secret = createSecretKey(Buffer.from(memberSecret, 'hex'));
  const pseudonym = (citizenId: string | null) =>
    citizenId === null ? null : createHmac('sha256', secret).update(citizenId, 'utf8').digest('hex');
  return [
    lines('records/members.jsonl', read.members(connection), (row) => ({
      uuid: row.uuid,
      citizenIdHmac: pseudonym(row.citizen_id),
      birthYear: row.birth_year,
      gender: row.gender,
      categories: list(row.categories),
      villageCode: row.village_code,
      appliedOn: row.applied_on,
      approvedOn: row.approved_on,
      status: row.status,
      statusSince: row.status_since,
      voided: flag(row.voided),
    })),
    lines('records/status-events.jsonl', read.statusEvents(connection), (row) => ({
      uuid: row.uuid,
      memberUuid: row.member_uuid,
      kind: row.kind,
      effectiveOn: row.effective_on,
      lapseReason: row.lapse_reason,
      voided: flag(row.voided),
    })),
    lines('records/dependents.jsonl', read.dependents(connection), (row) => ({
      uuid: row.uuid,
      memberUuid: row.member_uuid,
      relationship: row.relationship,
      gender: row.gender,
      birthYear: row.birth_year,
    })),
    lines('records/welfare-types.jsonl', read.welfareTypes(connection), (row) => ({
      uuid: row.uuid,
      code: row.code,
      category: row.category,
      nameTh: row.name_th,
      nameEn: row.name_en,
    })),
    lines('records/claims.jsonl', read.claims(connection), (row) => ({
      uuid: row.uuid,
      claimNo: row.claim_no,
      memberUuid: row.member_uuid,
      welfareTypeUuid: row.type_uuid,
      forDependent: flag(row.for_dependent),
      eventOn: row.event_date,
      state: row.state,
      computedSatang: row.computed_satang,
      reversed: flag(row.reversed),
    })),
    lines('records/payouts.jsonl', read.payouts(connection), (row) => ({
      uuid: row.uuid,
      claimUuid: row.claim_uuid,
      paidOn: row.paid_on,
      grossSatang: row.gross_satang,
      deductedSatang: row.deducted_satang,
      reversed: flag(row.reversed),
    })),
    lines('records/community-payments.jsonl', read.communityPayments(connection), (row) => ({
      uuid: row.uuid,
      category: row.category,
      paidOn: row.paid_on,
      amountSatang: row.amount_satang,
      beneficiaries: row.beneficiaries,
      reversed: flag(row.reversed),
    })),
    lines('records/committee-terms.jsonl', read.terms(connection), (row) => ({
      uuid: row.uuid,
      termNo: row.term_no,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
    })),
    lines('records/committee-seats.jsonl', read.seats(connection), (row) => ({
      uuid: row.uuid,
      termUuid: row.term_uuid,
      position: row.position,
      communityRole: row.community_role,
      memberUuid: row.member_uuid,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
    })),
    lines('records/meetings.jsonl', read.meetings(connection), (row) => ({
      uuid: row.uuid,
      kind: row.kind,
      meetingNo: row.meeting_no,
      meetingYear: row.meeting_year,
      meetingOn: row.meeting_on,
      held: flag(row.held),
      present: row.present,
      resolutions: row.resolutions,
    })),
    lines('records/bylaw-versions.jsonl', read.bylaws(connection), (row) => ({
      uuid: row.uuid,
      versionNo: row.version_no,
      amendmentNo: row.amendment_no,
      adoptedOn: row.adopted_on,
      clauseItems: list(row.clause_items),
      voided: flag(row.voided),
    })),
    lines('records/grants.jsonl', read.grants(connection), (row) => ({
      uuid: row.uuid,
      source: row.source,
      status: row.status,
      requestedOn: row.requested_on,
      approvedOn: row.approved_on,
      receivedOn: row.received_on,
      requestedSatang: row.amount_requested_satang,
      approvedSatang: row.amount_approved_satang,
      receivedSatang: row.received_satang,
    })),
    lines('records/account-months.jsonl', read.accountMonths(connection), (row) => ({
      account: row.account_code,
      month: row.period,
      debitSatang: row.debit_satang,
      creditSatang: row.credit_satang,
    })),
    memberYearPart(connection),
  ];
}
