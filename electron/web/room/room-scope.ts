import { fundContract } from '../../../shared/api/fund-contract';
import type { ApiCall } from '../listener';

/**
 * What a participant's token reaches (issue 19 §4): her own copy's fund contract, and three app methods of her own.
 * Everything else on the trainer's machine — other funds, the recent list, create/open/save a copy/restore, the
 * regional workspaces, other participants' copies and jobs — is refused here, in the server, before the host.
 */
const ownAppMethods = { 'funds.current': 'current', 'room.me': 'me', 'room.resetMine': 'resetMine' } as const;
export type OwnAppMethod = (typeof ownAppMethods)[keyof typeof ownAppMethods];

/** Fund methods that reach outside the copy: a backup copied to a folder the trainer chose. */
const outsideFundMethods: ReadonlySet<string> = new Set(['backups.copyTo']);

export type ScopeDecision =
  | { refuse: { status: 403; code: string } }
  | { own: OwnAppMethod }
  /** Passed to the host for her own fund; `jobStart` when the answer names a job she may follow afterwards. */
  | { dispatch: { fund: string; jobStart: boolean } };

function refuse(code: string): ScopeDecision {
  return { refuse: { status: 403, code } };
}

function isFundMethod(method: unknown): boolean {
  return typeof method === 'string' && Object.hasOwn(fundContract, method) && !outsideFundMethods.has(method);
}

export function participantScope(call: ApiCall, own: { handle: string | undefined; jobs: ReadonlySet<string> }): ScopeDecision {
  if (call.side === 'app') {
    const method = Object.hasOwn(ownAppMethods, call.method) ? ownAppMethods[call.method as keyof typeof ownAppMethods] : undefined;
    return method ? { own: method } : refuse('room-scope');
  }
  if (call.side !== 'fund' && call.side !== 'jobs') return refuse('room-scope');
  if (own.handle === undefined) return refuse('room-copy-not-ready');
  if (call.fund !== own.handle) return refuse('room-not-your-fund');
  if (call.side === 'fund') return isFundMethod(call.method) ? { dispatch: { fund: own.handle, jobStart: false } } : refuse('room-scope');
  const input = (call.input ?? {}) as { method?: unknown; jobId?: unknown };
  if (call.method === 'jobs.start')
    return isFundMethod(input.method) ? { dispatch: { fund: own.handle, jobStart: true } } : refuse('room-scope');
  if (call.method === 'jobs.status' || call.method === 'jobs.cancel')
    return typeof input.jobId === 'string' && own.jobs.has(input.jobId)
      ? { dispatch: { fund: own.handle, jobStart: false } }
      : refuse('room-not-your-job');
  return refuse('room-scope');
}
