import { randomUUID } from 'node:crypto';
import type { ApiResult } from '../../../shared/api/api-result';
import type { JobStatus } from '../../../shared/api/jobs-contract';

/** What a running job may do: report progress, and yield so that read calls are served between its chunks. */
export type JobContext = {
  progress: (done: number, total: number, stage: string) => void;
  /** Lets the event loop run; throws JobCancelledError if the user cancelled, before anything was written. */
  checkpoint: () => Promise<void>;
};

export class JobCancelledError extends Error {
  constructor() {
    super('job-cancelled');
  }
}

type Running = { status: JobStatus; cancelled: boolean; finished: Promise<void> };

const keepFinished = 50;

/**
 * One job at a time per open fund (A4). Jobs start at once and answer a job id; their status is polled (web
 * mode) or pushed to listeners (Electron). The host holds write calls until the running job has finished.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Running>();
  private current: Running | undefined;
  private readonly listeners = new Set<(status: JobStatus) => void>();

  onProgress(listener: (status: JobStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when no job is running: where write calls wait. */
  async idle(): Promise<void> {
    while (this.current) await this.current.finished;
  }

  isBusy(): boolean {
    return this.current !== undefined;
  }

  start(method: string, run: (context: JobContext) => Promise<ApiResult<unknown>>): JobStatus {
    const status: JobStatus = { jobId: randomUUID(), method, state: 'running', done: 0, total: 0, stage: 'starting' };
    const running: Running = { status, cancelled: false, finished: Promise.resolve() };
    const context: JobContext = {
      progress: (done, total, stage) => {
        Object.assign(status, { done, total, stage });
        this.emit(status);
      },
      checkpoint: async () => {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (running.cancelled) throw new JobCancelledError();
      },
    };
    running.finished = run(context).then((result) => {
      if (result.ok)
        Object.assign(status, {
          state: 'succeeded',
          result: result.value,
          done: status.total || 1,
          total: status.total || 1,
          stage: 'done',
        });
      else
        Object.assign(status, {
          state: result.error.code === 'job-cancelled' ? 'cancelled' : 'failed',
          error: result.error,
          stage: 'done',
        });
      this.current = undefined;
      this.emit(status);
      this.forgetOldJobs();
    });
    this.current = running;
    this.jobs.set(status.jobId, running);
    this.emit(status);
    return { ...status };
  }

  status(jobId: string): JobStatus | undefined {
    const running = this.jobs.get(jobId);
    return running && { ...running.status };
  }

  async wait(jobId: string): Promise<JobStatus | undefined> {
    const running = this.jobs.get(jobId);
    if (!running) return undefined;
    await running.finished;
    return { ...running.status };
  }

  cancel(jobId: string): JobStatus | undefined {
    const running = this.jobs.get(jobId);
    if (!running) return undefined;
    if (running.status.state === 'running') running.cancelled = true;
    return { ...running.status };
  }

  private emit(status: JobStatus): void {
    for (const listener of this.listeners) listener({ ...status });
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - keepFinished))) this.jobs.delete(job.status.jobId);
  }
}
