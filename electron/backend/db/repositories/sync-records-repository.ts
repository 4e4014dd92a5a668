import { sql } from 'kysely';
import { defineSqlStatement, type Connection } from '../execute';

/**
 * The rows a sync file carries (issue 18, Decision 17), each part read by one query in the order the file
 * writes it: by UUID, or the totals by their keys. Only what travels is selected: names, addresses, phones,
 * payees and descriptions never leave these queries (Decision 18); the citizen ID leaves only to be hashed under
 * the fund's secret by the exporter, in memory.
 */

const birthYear = (column: string) =>
  sql.raw(`CASE WHEN ${column} GLOB '[0-9][0-9][0-9][0-9]-*' THEN CAST(substr(${column}, 1, 4) AS INTEGER) END`);

export type MemberSyncRow = {
  uuid: string;
  citizen_id: string | null;
  birth_year: number | null;
  gender: 'male' | 'female';
  categories: string | null;
  village_code: string | null;
  applied_on: string | null;
  approved_on: string | null;
  status: string;
  status_since: string | null;
  voided: number;
};
const selectMembers = defineSqlStatement<Record<string, never>, MemberSyncRow>(
  () => sql`
    SELECT m.uuid, nullif(m.citizen_id, '') AS citizen_id, ${birthYear('m.birth_date')} AS birth_year, m.gender,
           (SELECT group_concat(category, ',') FROM (SELECT category FROM member_categories
             WHERE member_id = m.id ORDER BY category)) AS categories,
           v.code AS village_code, m.applied_on, m.approved_on, m.status, m.status_since,
           m.voided_on IS NOT NULL AS voided
      FROM members AS m LEFT JOIN villages AS v ON v.id = m.village_id
     ORDER BY m.uuid`,
);

export type StatusEventSyncRow = {
  uuid: string;
  member_uuid: string;
  kind: string;
  effective_on: string;
  lapse_reason: string | null;
  voided: number;
};
const selectStatusEvents = defineSqlStatement<Record<string, never>, StatusEventSyncRow>(
  () => sql`
    SELECT e.uuid, m.uuid AS member_uuid, e.kind, e.effective_on, e.lapse_reason, e.voided_on IS NOT NULL AS voided
      FROM member_status_events AS e JOIN members AS m ON m.id = e.member_id
     ORDER BY e.uuid`,
);

export type DependentSyncRow = {
  uuid: string;
  member_uuid: string;
  relationship: string;
  gender: string | null;
  birth_year: number | null;
};
const selectDependents = defineSqlStatement<Record<string, never>, DependentSyncRow>(
  () => sql`
    SELECT d.uuid, m.uuid AS member_uuid, d.relationship, d.gender, ${birthYear('d.birth_date')} AS birth_year
      FROM member_dependents AS d JOIN members AS m ON m.id = d.member_id
     ORDER BY d.uuid`,
);

export type WelfareTypeSyncRow = { uuid: string; code: string; category: string; name_th: string; name_en: string };
const selectWelfareTypes = defineSqlStatement<Record<string, never>, WelfareTypeSyncRow>(
  () => sql`SELECT uuid, code, category, name_th, name_en FROM welfare_types ORDER BY uuid`,
);

export type ClaimSyncRow = {
  uuid: string;
  claim_no: string | null;
  member_uuid: string;
  type_uuid: string;
  for_dependent: number;
  event_date: string;
  state: string;
  computed_satang: number;
  reversed: number;
};
const selectClaims = defineSqlStatement<Record<string, never>, ClaimSyncRow>(
  () => sql`
    SELECT c.uuid, c.claim_no, m.uuid AS member_uuid, t.uuid AS type_uuid, c.dependent_id IS NOT NULL AS for_dependent,
           c.event_date, c.state, c.computed_satang, c.reversed
      FROM welfare_claims AS c JOIN members AS m ON m.id = c.member_id JOIN welfare_types AS t ON t.id = c.type_id
     ORDER BY c.uuid`,
);

export type PayoutSyncRow = {
  uuid: string;
  claim_uuid: string;
  paid_on: string;
  gross_satang: number;
  deducted_satang: number;
  reversed: number;
};
const selectPayouts = defineSqlStatement<Record<string, never>, PayoutSyncRow>(
  () => sql`
    SELECT p.uuid, c.uuid AS claim_uuid, v.paid_on, p.gross_satang, p.deducted_satang,
           EXISTS (SELECT 1 FROM voucher_reversals AS r WHERE r.voucher_id = p.voucher_id) AS reversed
      FROM welfare_payments AS p JOIN welfare_claims AS c ON c.id = p.claim_id JOIN payment_vouchers AS v ON v.id = p.voucher_id
     ORDER BY p.uuid`,
);

export type CommunityPaymentSyncRow = {
  uuid: string;
  category: string;
  paid_on: string;
  amount_satang: number;
  beneficiaries: number | null;
  reversed: number;
};
const selectCommunityPayments = defineSqlStatement<Record<string, never>, CommunityPaymentSyncRow>(
  () => sql`
    SELECT a.uuid, a.category, v.paid_on, v.amount_satang, a.beneficiaries_count AS beneficiaries,
           EXISTS (SELECT 1 FROM voucher_reversals AS r WHERE r.voucher_id = a.voucher_id) AS reversed
      FROM community_activities AS a JOIN payment_vouchers AS v ON v.id = a.voucher_id
     ORDER BY a.uuid`,
);

export type TermSyncRow = { uuid: string; term_no: number; starts_on: string; ends_on: string };
const selectTerms = defineSqlStatement<Record<string, never>, TermSyncRow>(
  () => sql`SELECT uuid, term_no, starts_on, ends_on FROM committee_terms ORDER BY uuid`,
);

export type SeatSyncRow = {
  uuid: string;
  term_uuid: string;
  position: string;
  community_role: string;
  member_uuid: string | null;
  starts_on: string;
  ends_on: string | null;
};
const selectSeats = defineSqlStatement<Record<string, never>, SeatSyncRow>(
  () => sql`
    SELECT s.uuid, t.uuid AS term_uuid, s.position, s.community_role, m.uuid AS member_uuid, s.starts_on, s.ends_on
      FROM committee_seats AS s JOIN committee_terms AS t ON t.id = s.term_id LEFT JOIN members AS m ON m.id = s.member_id
     ORDER BY s.uuid`,
);

export type MeetingSyncRow = {
  uuid: string;
  kind: string;
  meeting_no: number;
  meeting_year: number;
  meeting_on: string;
  held: number;
  present: number;
  resolutions: number;
};
const selectMeetings = defineSqlStatement<Record<string, never>, MeetingSyncRow>(
  () => sql`
    SELECT g.uuid, g.kind, g.meeting_no, g.meeting_year, g.meeting_on, g.recorded_at IS NOT NULL AS held,
           (SELECT count(*) FROM meeting_attendees AS a WHERE a.meeting_id = g.id AND a.is_present = 1) AS present,
           (SELECT count(*) FROM meeting_resolutions AS r WHERE r.meeting_id = g.id) AS resolutions
      FROM meetings AS g
     ORDER BY g.uuid`,
);

export type BylawSyncRow = {
  uuid: string;
  version_no: number;
  amendment_no: number | null;
  adopted_on: string;
  clause_items: string | null;
  voided: number;
};
const selectBylaws = defineSqlStatement<Record<string, never>, BylawSyncRow>(
  () => sql`
    SELECT b.uuid, b.version_no, b.amendment_no, b.adopted_on,
           (SELECT group_concat(clause_item, ',') FROM (SELECT clause_item FROM bylaw_clauses
             WHERE bylaw_version_id = b.id ORDER BY clause_item)) AS clause_items,
           b.voided_at IS NOT NULL AS voided
      FROM bylaw_versions AS b
     ORDER BY b.uuid`,
);

export type GrantSyncRow = {
  uuid: string;
  source: string;
  status: string;
  requested_on: string | null;
  approved_on: string | null;
  received_on: string | null;
  amount_requested_satang: number | null;
  amount_approved_satang: number | null;
  received_satang: number | null;
};
const selectGrants = defineSqlStatement<Record<string, never>, GrantSyncRow>(
  () => sql`
    SELECT uuid, source, status, requested_on, approved_on, received_on, amount_requested_satang,
           amount_approved_satang, received_satang
      FROM external_grants
     ORDER BY uuid`,
);

export type AccountMonthSyncRow = { account_code: string; period: string; debit_satang: number; credit_satang: number };
/** The journal's own per-account monthly totals (kept by the posting core), so no entry is read. */
const selectAccountMonths = defineSqlStatement<Record<string, never>, AccountMonthSyncRow>(
  () => sql`
    SELECT account_code, period, debit_satang, credit_satang
      FROM account_month_totals
     WHERE debit_satang <> 0 OR credit_satang <> 0
     ORDER BY account_code, period`,
);

export type MemberYearSyncRow = { member_uuid: string; fiscal_year: number; months: number; contributed_satang: number };
/**
 * Receipts not voided, per member and the fiscal year they were received in: money and months paid, from the
 * kept totals (migration 0032) rather than two million receipts; a year whose receipts were all voided is left out.
 */
const selectMemberYears = defineSqlStatement<Record<string, never>, MemberYearSyncRow>(
  () => sql`
    SELECT m.uuid AS member_uuid, t.fiscal_year, t.months, t.satang AS contributed_satang
      FROM member_year_totals AS t JOIN members AS m ON m.id = t.member_id
     WHERE t.satang > 0
     ORDER BY m.uuid, t.fiscal_year`,
);

const uuidGlob = [8, 4, 4, 4, 12].map((length) => '[0-9a-f]'.repeat(length)).join('-');
const safeInteger = 2 ** 53 - 1;

/**
 * The member-years lines built by SQLite itself (sync/member-year-lines.ts explains when they may be used): the
 * same canonical JSON the exporter writes, as text, so 260,000 rows cross into JavaScript as one string each.
 * SQLite writes an integer as JavaScript does for every safe integer, and the rows counted below are the only ones
 * whose line or order could differ from the exporter's own.
 */
const selectMemberYearLines = defineSqlStatement<Record<string, never>, { line: string }>(
  () => sql`
    SELECT '{"contributedSatang":' || t.satang || ',"fiscalYear":' || t.fiscal_year || ',"memberUuid":"' || m.uuid ||
           '","months":' || t.months || '}' AS line
      FROM member_year_totals AS t JOIN members AS m ON m.id = t.member_id
     WHERE t.satang > 0
     ORDER BY m.uuid, t.fiscal_year`,
);

/** Rows the SQL-built lines may not stand for: a UUID of another shape, a year outside 0–999999, an unsafe integer. */
const countMemberYearsOutsideLines = defineSqlStatement<Record<string, never>, { count: number }>(
  () => sql`
    SELECT count(*) AS count
      FROM member_year_totals AS t JOIN members AS m ON m.id = t.member_id
     WHERE t.satang > 0
       AND NOT (typeof(m.uuid) = 'text' AND m.uuid GLOB ${sql.lit(uuidGlob)}
            AND typeof(t.fiscal_year) = 'integer' AND t.fiscal_year BETWEEN 0 AND 999999
            AND typeof(t.months) = 'integer' AND t.months BETWEEN 0 AND ${sql.lit(safeInteger)}
            AND typeof(t.satang) = 'integer' AND t.satang <= ${sql.lit(safeInteger)})`,
);

/** Every part's rows, read inside one read transaction by the caller so the file is one moment of the fund. */
export const syncRecordReaders = {
  members: (connection: Connection) => selectMembers.iterate(connection, {}),
  statusEvents: (connection: Connection) => selectStatusEvents.all(connection, {}),
  dependents: (connection: Connection) => selectDependents.all(connection, {}),
  welfareTypes: (connection: Connection) => selectWelfareTypes.all(connection, {}),
  claims: (connection: Connection) => selectClaims.all(connection, {}),
  payouts: (connection: Connection) => selectPayouts.all(connection, {}),
  communityPayments: (connection: Connection) => selectCommunityPayments.all(connection, {}),
  terms: (connection: Connection) => selectTerms.all(connection, {}),
  seats: (connection: Connection) => selectSeats.all(connection, {}),
  meetings: (connection: Connection) => selectMeetings.all(connection, {}),
  bylaws: (connection: Connection) => selectBylaws.all(connection, {}),
  grants: (connection: Connection) => selectGrants.all(connection, {}),
  accountMonths: (connection: Connection) => selectAccountMonths.iterate(connection, {}),
  memberYears: (connection: Connection) => selectMemberYears.iterate(connection, {}),
  memberYearLines: (connection: Connection) => selectMemberYearLines.column(connection, {}),
  memberYearsOutsideLines: (connection: Connection) => countMemberYearsOutsideLines.get(connection, {})?.count ?? 0,
};
