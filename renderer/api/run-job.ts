import type { ApiResult } from '../../shared/api/api-result';
import type { JobStatus } from '../../shared/api/jobs-contract';
import { bothLanguages } from '../app/i18n';
import { api } from './client';

/** Starts a job and polls its status every 250 ms (A4: web mode polls; the page stays usable meanwhile). */
export async function runJob<T>(method: string, input: unknown, onProgress: (status: JobStatus) => void): Promise<ApiResult<T>> {
  const started = await api.jobs['jobs.start']({ method, input });
  if (!started.ok) return started;
  for (;;) {
    const status = await api.jobs['jobs.status']({ jobId: started.value.jobId });
    if (!status.ok) return status;
    onProgress(status.value);
    if (status.value.state === 'succeeded') return { ok: true, value: status.value.result as T };
    if (status.value.state !== 'running') {
      return { ok: false, error: status.value.error ?? { code: 'internal', message: bothLanguages('ui.common.jobFailed') } };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
