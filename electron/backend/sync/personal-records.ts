import canonicalize from 'canonicalize';
import { personalEntry, personalRecord, type PersonalRecord } from '../../../shared/api/sync-personal-format';
import {
  readPersonalDependents,
  readPersonalMembers,
  readPersonalPayees,
  type PersonalMemberRow,
} from '../db/repositories/sync-personal-repository';
import type { Connection } from '../db/execute';
import { failure, type Failure, type LineReason } from './container-result';
import { LineSplitter, parseJsonBounded } from './jsonl';
import type { SyncLimits } from './limits';
import { isCanonical } from './manifest-signature';

/**
 * The plaintext of the full-data entry (Decision 18): one member a line, RFC 8785 canonical JSON, sorted by the
 * member's UUID like the members part, each line ending with a line feed. Built by the exporter in memory and
 * encrypted at once; read by the collector in memory after decryption, every line checked as a part's are.
 */

const day = /^\d{4}-\d{2}-\d{2}$/;

/** A 13-digit ID as typed (spaces and dashes ignored, Decision 5); anything else is not an ID and travels as null. */
function citizenIdOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{13}$/.test(digits) ? digits : null;
}

function beneficiariesOf(json: string): PersonalRecord['beneficiaries'] {
  const list = JSON.parse(json || '[]') as unknown;
  if (!Array.isArray(list)) return [];
  return list.map((item: Record<string, unknown>) => ({
    fullName: typeof item.fullName === 'string' ? item.fullName : '',
    relationship: typeof item.relationship === 'string' ? item.relationship : '',
    share: typeof item.share === 'number' ? item.share : 0,
    citizenId: citizenIdOf(item.citizenId),
    phone: typeof item.phone === 'string' && item.phone !== '' ? item.phone : null,
  }));
}

function group<T extends { memberUuid: string }>(rows: readonly T[]): Map<string, T[]> {
  const byMember = new Map<string, T[]>();
  for (const row of rows) byMember.set(row.memberUuid, [...(byMember.get(row.memberUuid) ?? []), row]);
  return byMember;
}

function recordOf(
  member: PersonalMemberRow,
  dependents: readonly { uuid: string; fullName: string; citizenId: string | null }[],
  payees: readonly { payoutUuid: string; payeeName: string }[],
): PersonalRecord {
  return {
    uuid: member.uuid,
    citizenId: citizenIdOf(member.citizenId),
    title: member.title,
    firstName: member.firstName,
    lastName: member.lastName,
    birthDate: day.test(member.birthDate) ? member.birthDate : null,
    phone: member.phone,
    address: member.address,
    beneficiaries: beneficiariesOf(member.beneficiariesJson),
    dependents: dependents.map(({ uuid, fullName, citizenId }) => ({ uuid, fullName, citizenId: citizenIdOf(citizenId) })),
    payees: payees.map(({ payoutUuid, payeeName }) => ({ payoutUuid, payeeName })),
  };
}

export type PersonalLines = { readonly bytes: Buffer; readonly records: number };

/**
 * Every member's personal line, read in the same moment as the parts (the caller's one synchronous stretch).
 * Each record is checked against the schema the collector applies, so a file the region would refuse after
 * decrypting is never written (the fund cannot read its own encrypted entry back). Answers the first line that
 * fails, numbered from 1.
 */
export function buildPersonalLines(connection: Connection): PersonalLines | { invalidLine: number; detail: string } {
  const dependents = group(readPersonalDependents(connection));
  const payees = group(readPersonalPayees(connection));
  const lines: string[] = [];
  for (const member of readPersonalMembers(connection)) {
    const record = recordOf(member, dependents.get(member.uuid) ?? [], payees.get(member.uuid) ?? []);
    const checked = personalRecord.safeParse(record);
    if (!checked.success)
      return { invalidLine: lines.length + 1, detail: checked.error.issues.map((issue) => issue.path.join('.')).join(', ') };
    lines.push(`${canonicalize(record) ?? ''}\n`);
  }
  return { bytes: Buffer.from(lines.join(''), 'utf8'), records: lines.length };
}

export type PersonalReadFailure = Failure<LineReason | 'record-invalid' | 'count-mismatch'> & { part: string; line?: number };

/**
 * The decrypted plaintext to records, each line within the line limit, UTF-8, JSON within the depth limit, its
 * schema, canonical and after the one before (strictly, by UUID); and as many as the manifest says.
 */
export function readPersonalLines(
  plaintext: Buffer,
  expectedRecords: number,
  limits: SyncLimits,
): { ok: true; records: PersonalRecord[] } | PersonalReadFailure {
  const records: PersonalRecord[] = [];
  let previous: string | undefined;
  const splitter = new LineSplitter<LineReason | 'record-invalid'>((line, lineNumber) => {
    const refused = (reason: LineReason | 'record-invalid', detail: string) => ({
      ...failure(reason, detail),
      part: personalEntry,
      line: lineNumber,
    });
    const parsed = parseJsonBounded(line, limits.jsonDepth);
    if (!parsed.ok) return refused(parsed.reason, parsed.detail);
    const record = personalRecord.safeParse(parsed.value);
    if (!record.success) return refused('record-invalid', record.error.issues.map((issue) => issue.path.join('.')).join(', '));
    if (!isCanonical(Buffer.from(line, 'utf8'), parsed.value)) return refused('record-invalid', 'the line is not canonical JSON');
    if (previous !== undefined && record.data.uuid <= previous) return refused('record-invalid', 'records are not in order');
    previous = record.data.uuid;
    records.push(record.data);
  }, limits.lineBytes);
  const pushed = splitter.push(plaintext) ?? splitter.end();
  // a line's own refusal carries its number already; the splitter's (length, encoding) only the entry's name
  if (pushed) return { part: personalEntry, ...pushed };
  if (records.length !== expectedRecords) {
    return { ...failure('count-mismatch', `${records.length} records; the manifest says ${expectedRecords}`), part: personalEntry };
  }
  return { ok: true, records };
}
