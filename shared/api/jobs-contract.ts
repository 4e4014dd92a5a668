import { z } from 'zod';
import type { ApiError } from './api-result';
import { out, type ClientOf, type Contract } from './contract-kit';

/** The third small contract (A4): long use cases start as jobs and report progress. */
export type JobState = 'running' | 'succeeded' | 'failed' | 'cancelled';
export type JobStatus = {
  jobId: string;
  method: string;
  state: JobState;
  done: number;
  total: number;
  stage: string;
  result?: unknown;
  error?: ApiError;
};

export const jobsContract = {
  'jobs.start': {
    input: z.strictObject({ method: z.string().min(1).max(100), input: z.unknown() }),
    output: out<{ jobId: string }>(),
  },
  'jobs.status': { input: z.strictObject({ jobId: z.string().min(1).max(100) }), output: out<JobStatus>(), read: true },
  'jobs.cancel': { input: z.strictObject({ jobId: z.string().min(1).max(100) }), output: out<JobStatus>() },
} as const satisfies Contract;

export type JobsContract = typeof jobsContract;
export type JobsApi = ClientOf<JobsContract>;
