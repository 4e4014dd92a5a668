import type { AccessLogRow } from '../../../../shared/api/privacy-types';
import type { AccessScreen } from '../../../../shared/domain/privacy/consent';
import type { RetentionStatus } from '../../../../shared/domain/privacy/retention';
import { defineStatement, param, type Connection } from '../execute';

const insertAccessStatement = defineStatement<{ member_id: number; looked_at: string; actor: string; screen: string; call_id: string }>(
  (db) =>
    db.insertInto('member_access_log').values({
      member_id: param('member_id'),
      looked_at: param('looked_at'),
      actor: param('actor'),
      screen: param('screen'),
      call_id: param('call_id'),
    }),
);

export type AccessLogEntry = { memberId: number; at: string; actor: string; screen: AccessScreen; callId: string };

/** One look at a member's full personal data (the log a member may ask to see, issue 20 §3). */
export function insertAccessLog(connection: Connection, entry: AccessLogEntry): number {
  return Number(
    insertAccessStatement.run(connection, {
      member_id: entry.memberId,
      looked_at: entry.at,
      actor: entry.actor,
      screen: entry.screen,
      call_id: entry.callId,
    }).lastInsertRowid,
  );
}

const selectAccessLog = defineStatement<{ member_id: number }, { id: number; at: string; actor: string; screen: string }>((db) =>
  db
    .selectFrom('member_access_log')
    .select(['id', 'looked_at as at', 'actor', 'screen'])
    .where('member_id', '=', param('member_id'))
    .orderBy('id', 'desc'),
);

/** Who looked at a member's full data, newest first. */
export function listAccessLog(connection: Connection, memberId: number): AccessLogRow[] {
  return selectAccessLog.all(connection, { member_id: memberId }).map((row) => ({ ...row, screen: row.screen as AccessScreen }));
}

const selectKeepYears = defineStatement<Record<string, never>, { personal_keep_years: number }>((db) =>
  db.selectFrom('fund').select('personal_keep_years').where('id', '=', 1),
);

export function readKeepYears(connection: Connection): number {
  return selectKeepYears.get(connection, {})?.personal_keep_years ?? 10;
}

const updateKeepYearsStatement = defineStatement<{ years: number }>((db) =>
  db
    .updateTable('fund')
    .set({ personal_keep_years: param('years') })
    .where('id', '=', 1),
);

export function updateKeepYears(connection: Connection, years: number): void {
  updateKeepYearsStatement.run(connection, { years });
}

export type RetentionCandidate = {
  id: number;
  memberNo: string;
  fullName: string;
  status: RetentionStatus;
  endedOn: string;
};

const selectCandidates = defineStatement<
  Record<string, never>,
  { id: number; member_no: string; title: string; first_name: string; last_name: string; status: string; status_since: string }
>((db) =>
  db
    .selectFrom('members')
    .select(['id', 'member_no', 'title', 'first_name', 'last_name', 'status', 'status_since'])
    .where('status', 'in', ['resigned', 'deceased'])
    .where('voided_on', 'is', null)
    .where('personal_cleared_on', 'is', null)
    .orderBy('status_since')
    .orderBy('member_seq'),
);

/**
 * Members whose membership ended by resignation or death and whose personal fields are still kept: the
 * retention review judges each one's day (a lapsed member may still return, so she is never listed).
 */
export function retentionCandidates(connection: Connection): RetentionCandidate[] {
  return selectCandidates.all(connection, {}).map((row) => ({
    id: row.id,
    memberNo: row.member_no,
    fullName: `${row.title}${row.first_name} ${row.last_name}`,
    status: row.status as RetentionStatus,
    endedOn: row.status_since,
  }));
}

const markClearedStatement = defineStatement<{ id: number; cleared_on: string; cleared_ref: string }>((db) =>
  db
    .updateTable('members')
    .set({ personal_cleared_on: param('cleared_on'), personal_cleared_ref: param('cleared_ref') })
    .where('id', '=', param('id')),
);

const clearVersionsStatement = defineStatement<{ member_id: number; profile_json: string }>((db) =>
  db
    .updateTable('member_versions')
    .set({ profile_json: param('profile_json') })
    .where('member_id', '=', param('member_id')),
);

const clearDependentsStatement = defineStatement<{ member_id: number }>((db) =>
  db.updateTable('member_dependents').set({ full_name: '—', citizen_id: null }).where('member_id', '=', param('member_id')),
);

const clearApplicationStatement = defineStatement<{ member_id: number; first_name: string; profile_json: string }>((db) =>
  db
    .updateTable('applications')
    .set({
      citizen_id: null,
      title: '',
      first_name: param('first_name'),
      last_name: '',
      search_text: '',
      profile_json: param('profile_json'),
    })
    .where('member_id', '=', param('member_id')),
);

export type PersonalClearing = {
  memberId: number;
  /** What stands for her name in her application's copy: her member number (§(e): names and IDs → member number). */
  memberNo: string;
  clearedOn: string;
  decisionRef: string;
  /** Her profile as it is after clearing, written over every saved version and her application's copy. */
  clearedProfileJson: string;
};

/**
 * Marks a member's record cleared (the use case has written her cleared profile through the member repository)
 * and clears the other copies the fund keeps: every saved version, her dependents' names and IDs, her
 * application form. What identifies her, nothing that money rows rest on.
 */
export function clearPersonalCopies(connection: Connection, clearing: PersonalClearing): void {
  markClearedStatement.run(connection, { id: clearing.memberId, cleared_on: clearing.clearedOn, cleared_ref: clearing.decisionRef });
  clearVersionsStatement.run(connection, { member_id: clearing.memberId, profile_json: clearing.clearedProfileJson });
  clearDependentsStatement.run(connection, { member_id: clearing.memberId });
  clearApplicationStatement.run(connection, {
    member_id: clearing.memberId,
    first_name: clearing.memberNo,
    profile_json: clearing.clearedProfileJson,
  });
}
