import { sql } from 'kysely';
import type { CertificationSettings, KeptAssessment, KeptAssessmentSummary } from '../../../../shared/api/certification-types';
import type { Assessment, CriterionStatus } from '../../../../shared/domain/certification/assessment';
import type { PaymentFact } from '../../../../shared/domain/certification/welfare-criterion';
import { defineSqlStatement, defineStatement, param, type Connection } from '../execute';
import type { CertificationAssessmentsTable, CertificationSettingsTable } from '../schema';

/**
 * The facts of the certification self-assessment, each read by one short query over an index that exists
 * (issue 17 §5: under 200 ms on the 30,000-member, 10-year fund). Nothing here scans receipts or the journal.
 */

const selectSettings = defineStatement<Record<string, never>, CertificationSettingsTable>((db) =>
  db.selectFrom('certification_settings').selectAll().where('id', '=', 1),
);

export function readCertificationSettings(connection: Connection): CertificationSettings {
  const row = selectSettings.get(connection, {});
  if (!row) throw new Error('certification settings row missing');
  return {
    meetingMonths: row.meeting_months,
    payoutMonths: row.payout_months,
    minWelfareTypes: row.min_welfare_types,
    syncMonths: row.sync_months,
    coordinatorName: row.coordinator_name,
    coordinatorPhone: row.coordinator_phone,
    version: row.version,
  };
}

const updateSettings = defineStatement<Omit<CertificationSettingsTable, 'id'>>((db) =>
  db
    .updateTable('certification_settings')
    .set({
      meeting_months: param('meeting_months'),
      payout_months: param('payout_months'),
      min_welfare_types: param('min_welfare_types'),
      sync_months: param('sync_months'),
      coordinator_name: param('coordinator_name'),
      coordinator_phone: param('coordinator_phone'),
      version: param('version'),
    })
    .where('id', '=', 1),
);

export function saveCertificationSettings(connection: Connection, settings: CertificationSettings): void {
  updateSettings.run(connection, {
    meeting_months: settings.meetingMonths,
    payout_months: settings.payoutMonths,
    min_welfare_types: settings.minWelfareTypes,
    sync_months: settings.syncMonths,
    coordinator_name: settings.coordinatorName,
    coordinator_phone: settings.coordinatorPhone,
    version: settings.version,
  });
}

const isoShape = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";
/**
 * Members active at the end of the day whose birth or approval date is missing or not a date: the inner scan walks
 * the narrow covering index of members' dates; only the (rare) rows it finds are read for their status.
 */
const selectMissingDates = defineSqlStatement<{ as_of: string }, { count: number; first_no: string | null }>(
  () => sql`
    SELECT count(*) AS count, min(member_no) AS first_no
      FROM members
     WHERE id IN (
             SELECT id FROM members INDEXED BY members_dates
              WHERE approved_on <= ${param('as_of')} AND voided_on IS NULL
                AND (birth_date NOT GLOB ${sql.raw(isoShape)} OR approved_on NOT GLOB ${sql.raw(isoShape)}))
       AND (status = 'active' OR status_since > ${param('as_of')})`,
);

export function membersMissingDates(connection: Connection, asOf: string): { count: number; firstMemberNo: string | null } {
  const row = selectMissingDates.get(connection, { as_of: asOf });
  return { count: row?.count ?? 0, firstMemberNo: row?.first_no ?? null };
}

/**
 * The latest committee meeting held on or before the day whose record was entered (attendance, resolutions). A
 * record entered after the day still counts: the meeting was held then.
 */
const selectLastMeeting = defineSqlStatement<{ as_of: string }, { meeting_no: number; meeting_year: number; meeting_on: string }>(
  () => sql`
    SELECT meeting_no, meeting_year, meeting_on
      FROM meetings
     WHERE meeting_on <= ${param('as_of')} AND kind = 'committee' AND recorded_at IS NOT NULL
     ORDER BY meeting_on DESC, id DESC
     LIMIT 1`,
);

export function lastCommitteeMeeting(connection: Connection, asOf: string) {
  const row = selectLastMeeting.get(connection, { as_of: asOf });
  return row ? { meetingNo: row.meeting_no, meetingYear: row.meeting_year, meetingOn: row.meeting_on } : null;
}

/** The bylaw version in force on the day: the latest adopted on or before it (the higher number on the same day). */
const selectBylawInForce = defineSqlStatement<
  { as_of: string },
  { id: number; version_no: number; amendment_no: number; title: string; adopted_on: string }
>(
  () => sql`
    SELECT id, version_no, amendment_no, title, adopted_on
      FROM bylaw_versions
     WHERE adopted_on <= ${param('as_of')}
     ORDER BY adopted_on DESC, version_no DESC
     LIMIT 1`,
);
const selectClauseItems = defineSqlStatement<{ version_id: number }, { clause_item: string }>(
  () => sql`SELECT clause_item FROM bylaw_clauses WHERE bylaw_version_id = ${param('version_id')}`,
);

export function bylawInForce(connection: Connection, asOf: string) {
  const row = selectBylawInForce.get(connection, { as_of: asOf });
  if (!row) return null;
  return {
    versionNo: row.version_no,
    amendmentNo: row.amendment_no,
    title: row.title,
    adoptedOn: row.adopted_on,
    coveredItems: selectClauseItems.all(connection, { version_id: row.id }).map((item) => item.clause_item),
  };
}

/**
 * The latest voucher of one kind (its source) paid within the days given and not reversed by the last of them:
 * the index of vouchers by source and day is walked backwards from the day.
 */
const selectLastPayment = defineSqlStatement<
  { source_type: string; from: string; to: string },
  { id: number; voucher_no: string; paid_on: string }
>(
  () => sql`
    SELECT v.id, v.voucher_no, v.paid_on
      FROM payment_vouchers AS v
     WHERE v.source_type = ${param('source_type')} AND v.paid_on BETWEEN ${param('from')} AND ${param('to')}
       AND NOT EXISTS (SELECT 1 FROM voucher_reversals AS r WHERE r.voucher_id = v.id AND r.reversed_on <= ${param('to')})
     ORDER BY v.paid_on DESC, v.id DESC
     LIMIT 1`,
);

export function lastPayment(connection: Connection, sourceType: string, window: { from: string; to: string }): PaymentFact | null {
  const row = selectLastPayment.get(connection, { source_type: sourceType, ...window });
  return row ? { voucherId: row.id, voucherNo: row.voucher_no, paidOn: row.paid_on } : null;
}

/** Every rule version that has started by the day, with its welfare type's name and its optional last day. */
const selectRuleVersions = defineSqlStatement<
  { as_of: string },
  { type_id: number; name_th: string; effective_from: string; effective_to: string | null }
>(
  () => sql`
    SELECT t.id AS type_id, t.name_th, r.effective_from, json_extract(r.rule_json, '$.effectiveTo') AS effective_to
      FROM welfare_rule_versions AS r
      JOIN welfare_types AS t ON t.id = r.type_id
     WHERE r.effective_from <= ${param('as_of')}
     ORDER BY t.id, r.effective_from`,
);

export function startedRuleVersions(connection: Connection, asOf: string) {
  return selectRuleVersions.all(connection, { as_of: asOf }).map((row) => ({
    typeId: row.type_id,
    nameTh: row.name_th,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
  }));
}

const insertAssessment = defineStatement<Omit<CertificationAssessmentsTable, 'id'>>((db) =>
  db.insertInto('certification_assessments').values({
    uuid: param('uuid'),
    as_of: param('as_of'),
    computed_at: param('computed_at'),
    recorded_by: param('recorded_by'),
    statuses: param('statuses'),
    result_json: param('result_json'),
  }),
);

export function keepAssessment(
  connection: Connection,
  kept: { uuid: string; computedAt: string; recordedBy: string; assessment: Assessment },
): number {
  const result = insertAssessment.run(connection, {
    uuid: kept.uuid,
    as_of: kept.assessment.asOf,
    computed_at: kept.computedAt,
    recorded_by: kept.recordedBy,
    statuses: kept.assessment.criteria.map((criterion) => criterion.status).join(','),
    result_json: JSON.stringify(kept.assessment),
  });
  return Number(result.lastInsertRowid);
}

const selectKept = defineStatement<{ id: number }, CertificationAssessmentsTable>((db) =>
  db.selectFrom('certification_assessments').selectAll().where('id', '=', param('id')),
);
const selectHistory = defineStatement<Record<string, never>, Omit<CertificationAssessmentsTable, 'result_json'>>((db) =>
  db
    .selectFrom('certification_assessments')
    .select(['id', 'uuid', 'as_of', 'computed_at', 'recorded_by', 'statuses'])
    .orderBy('computed_at', 'desc')
    .orderBy('id', 'desc'),
);

export function findKeptAssessment(connection: Connection, id: number): KeptAssessment | undefined {
  const row = selectKept.get(connection, { id });
  if (!row) return undefined;
  return { ...summaryOf(row), assessment: JSON.parse(row.result_json) as Assessment };
}

export function listKeptAssessments(connection: Connection): KeptAssessmentSummary[] {
  return selectHistory.all(connection, {}).map((row) => ({ ...summaryOf(row), statuses: row.statuses.split(',') as CriterionStatus[] }));
}

function summaryOf(row: Omit<CertificationAssessmentsTable, 'result_json'>) {
  return { id: row.id, uuid: row.uuid, asOf: row.as_of, computedAt: row.computed_at, recordedBy: row.recorded_by };
}
