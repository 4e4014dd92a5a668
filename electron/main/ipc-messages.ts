import type { ApiResult } from '../../shared/api/api-result';
import type { JobStatus } from '../../shared/api/jobs-contract';
import type { ContractSide } from '../backend/host-types';

/** What main and the backend process say to each other over the utility process's port. */
export type BackendRequest = { id: number; side: ContractSide; method: string; input: unknown };
export type BackendMessage = { kind: 'reply'; id: number; result: ApiResult<unknown> } | { kind: 'progress'; status: JobStatus };
