import type { ApiError, ApiResult } from '../../shared/api/api-result';
import type { JobStatus } from '../../shared/api/jobs-contract';
import type { BackendHost } from '../backend/host-types';
import { translateError } from '../backend/messages';

const barWidth = 30;

/** `[#####     ]  50% stage`: one line on stderr, redrawn in place, so stdout keeps only the JSON result. */
export function progressLine(status: Pick<JobStatus, 'done' | 'total' | 'stage'>): string {
  const fraction = status.total > 0 ? Math.min(1, Math.max(0, status.done / status.total)) : 0;
  const filled = Math.round(fraction * barWidth);
  return `[${'#'.repeat(filled)}${' '.repeat(barWidth - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${status.stage}`;
}

/**
 * jobs.start nests the method's input under `input`, so the host names a bad field `input.x`; on the command
 * line the JSON given is the method's own input, and the field is `x`.
 */
function withOwnField(error: ApiError): ApiError {
  return error.field?.startsWith('input.') ? { ...error, field: error.field.slice('input.'.length) } : error;
}

/**
 * Runs a `job: true` fund method the way A4 describes for `swf call`: start it, poll jobs.status every 100 ms
 * and draw the progress bar on stderr until it ends. Ctrl-C asks the job to cancel instead of killing the
 * process in the middle of the fund file.
 */
export async function runJob(
  host: BackendHost,
  fund: string,
  method: string,
  input: unknown,
  write: (text: string) => void,
): Promise<ApiResult<unknown>> {
  const started = (await host.dispatch('jobs', 'jobs.start', { method, input }, fund)) as ApiResult<{ jobId: string }>;
  if (!started.ok) return { ok: false, error: withOwnField(started.error) };
  const jobId = started.value.jobId;
  const cancel = () => void host.dispatch('jobs', 'jobs.cancel', { jobId }, fund);
  process.on('SIGINT', cancel);
  try {
    let width = 0;
    for (;;) {
      const status = (await host.dispatch('jobs', 'jobs.status', { jobId }, fund)) as ApiResult<JobStatus>;
      if (!status.ok) return status;
      const line = progressLine(status.value);
      write(`\r${line.padEnd(width)}`);
      width = line.length;
      if (status.value.state !== 'running') {
        write('\n');
        if (status.value.state === 'succeeded') return { ok: true, value: status.value.result };
        return {
          ok: false,
          error: status.value.error ?? translateError({ code: status.value.state === 'cancelled' ? 'job-cancelled' : 'internal' }),
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    process.off('SIGINT', cancel);
  }
}
