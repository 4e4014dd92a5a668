import type { ApiResult } from '../../shared/api/api-result';
import type { JobStatus } from '../../shared/api/jobs-contract';
import type { ContractSide } from '../backend/host-types';

/** What main and the backend process say to each other over the utility process's port. */
export type BackendRequest = { kind: 'call'; id: number; side: ContractSide; method: string; input: unknown; fund?: string };
/** Asks the backend to close the fund (checkpointing its WAL, A8) and exit. */
export type BackendClose = { kind: 'close' };
export type BackendCommand = BackendRequest | BackendClose;
export type BackendMessage = { kind: 'reply'; id: number; result: ApiResult<unknown> } | { kind: 'progress'; status: JobStatus };

/** The IPC channels between the preload and main. */
export const callChannel = 'swf:call';
export const progressChannel = 'swf:progress';
