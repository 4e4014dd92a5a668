import type { ApiResult } from '../../shared/api/api-result';
import type { JobStatus } from '../../shared/api/jobs-contract';
import { createHost } from '../backend/create-host';
import { defaultHome } from '../backend/fund-locations';
import type { BackendHost } from '../backend/host-types';
import { contracts, describeMethods, sideOf } from './describe-methods';

const usage = `swf — SWF Ledger on the command line

  swf methods                               every API method with its input schema (JSON Schema)
  swf call FUND_FILE METHOD ['JSON']        run one fund method on a fund file, print the JSON result
  swf app METHOD ['JSON']                   run one file-level method (funds.create with a path, …)

Exit status: 0 done, 1 the method answered an error (printed on stderr in Thai and English), 2 usage.
`;

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return {};
  return JSON.parse(text);
}

/** Draws `[#####     ] 50% stage` on stderr while a job runs (A4). */
function drawProgress(status: JobStatus): void {
  const fraction = status.total > 0 ? Math.min(1, status.done / status.total) : 0;
  const filled = Math.round(fraction * 30);
  process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(30 - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${status.stage}   `);
}

async function runJob(host: BackendHost, method: string, input: unknown): Promise<ApiResult<unknown>> {
  const started = (await host.dispatch('jobs', 'jobs.start', { method, input })) as ApiResult<{ jobId: string }>;
  if (!started.ok) return started;
  for (;;) {
    const status = (await host.dispatch('jobs', 'jobs.status', { jobId: started.value.jobId })) as ApiResult<JobStatus>;
    if (!status.ok) return status;
    drawProgress(status.value);
    if (status.value.state !== 'running') {
      process.stderr.write('\n');
      return status.value.state === 'succeeded' ? { ok: true, value: status.value.result } : { ok: false, error: status.value.error ?? { code: 'internal', message: { th: '', en: '' } } };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function finish(result: ApiResult<unknown>): number {
  if (result.ok) {
    print(result.value);
    return 0;
  }
  process.stderr.write(`${JSON.stringify(result.error, null, 2)}\n`);
  return 1;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'methods' && rest.length === 0) {
    for (const line of describeMethods()) process.stdout.write(`${line}\n`);
    return 0;
  }
  if (command !== 'call' && command !== 'app') {
    process.stderr.write(usage);
    return command === '--help' || command === 'help' ? 0 : 2;
  }
  const [fundFile, method, json] = command === 'call' ? rest : [undefined, rest[0], rest[1]];
  if (!method || (command === 'call' && !fundFile)) {
    process.stderr.write(usage);
    return 2;
  }
  const side = sideOf(method);
  if ((command === 'call' && side !== 'fund') || (command === 'app' && side !== 'app')) {
    process.stderr.write(`swf: unknown ${command === 'call' ? 'fund' : 'app'} method "${method}" (see swf methods)\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = parseJson(json);
  } catch {
    process.stderr.write('swf: the input is not valid JSON\n');
    return 2;
  }
  const host = createHost({ home: defaultHome(), locationMode: 'path' });
  try {
    if (command === 'app') return finish(await host.dispatch('app', method, input));
    const opened = await host.dispatch('app', 'funds.open', { location: fundFile });
    if (!opened.ok) return finish(opened);
    const spec = contracts.fund[method];
    return finish(spec?.job ? await runJob(host, method, input) : await host.dispatch('fund', method, input));
  } finally {
    host.close();
  }
}

// `swf methods | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
