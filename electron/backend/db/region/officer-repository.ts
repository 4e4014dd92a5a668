import type { OfficerAction } from '../../../../shared/api/region-types';
import { defineStatement, param, type Connection } from '../execute';
import { regionQueryBuilder as region } from './region-repository';

/** A fund's key replaced after an officer confirmed the new fingerprint (a lost laptop, issue 18 §4). */
const repinStatement = defineStatement<{ fundUuid: string; publicKey: string; fingerprint: string }>(() =>
  region
    .updateTable('funds')
    .set({ public_key: param('publicKey'), fingerprint: param('fingerprint') })
    .where('fund_uuid', '=', param('fundUuid')),
);

export function repinFundKey(connection: Connection, fund: { fundUuid: string; publicKey: string; fingerprint: string }): void {
  repinStatement.run(connection, fund);
}

const latestActions = defineStatement<
  { limit: number },
  {
    id: number;
    at: string;
    officer: string;
    action: OfficerAction['action'];
    fund_uuid: string;
    detail: string;
    code: string | null;
    name: string | null;
  }
>(() =>
  region
    .selectFrom('officer_actions')
    .leftJoin('funds', 'funds.fund_uuid', 'officer_actions.fund_uuid')
    .select([
      'officer_actions.id',
      'officer_actions.at',
      'officer_actions.officer',
      'officer_actions.action',
      'officer_actions.fund_uuid',
      'officer_actions.detail',
      'funds.code',
      'funds.name',
    ])
    .orderBy('officer_actions.id', 'desc')
    .limit(param<number>('limit')),
);

/** The officers' log, latest first: what was pinned, re-based or re-pinned, by whom, when and why. */
export function listOfficerActions(connection: Connection, limit: number): OfficerAction[] {
  return latestActions.all(connection, { limit }).map((row) => {
    const detail = JSON.parse(row.detail) as { reason?: unknown; fingerprint?: unknown };
    return {
      id: row.id,
      at: row.at,
      officer: row.officer,
      action: row.action,
      fundUuid: row.fund_uuid,
      code: row.code ?? '',
      name: row.name ?? '',
      reason: typeof detail.reason === 'string' ? detail.reason : null,
      fingerprint: typeof detail.fingerprint === 'string' ? detail.fingerprint : null,
    };
  });
}
