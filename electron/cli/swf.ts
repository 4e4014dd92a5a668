import type { ApiResult } from '../../shared/api/api-result';
import type { OpenedFund } from '../../shared/api/app-contract';
import { contracts, describeMethods, sideOf } from './describe-methods';

const usage = `swf — SWF Ledger on the command line

  swf methods                               every API method with its input schema (JSON Schema), one per line
  swf call FUND_FILE METHOD ['JSON']        open a fund file, run one fund method, print the JSON result
  swf app METHOD ['JSON']                   run one file-level method (e.g. funds.create with a path location)
  swf --help                                this text

JSON defaults to {}. Methods that run as jobs draw a progress bar on stderr.
Funds, backups and the recent list live in SWF_HOME (default: ~/SWF Ledger, on Windows %USERPROFILE%\\SWF Ledger).
Exit status: 0 done, 1 the method answered an error (JSON on stderr, in Thai and English), 2 usage error.
`;

const usageError = 2;

function fail(message: string): number {
  process.stderr.write(`swf: ${message}\n\n${usage}`);
  return usageError;
}

function parseJson(text: string | undefined): { ok: true; value: unknown } | { ok: false } {
  if (text === undefined || text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The value goes to stdout as pretty UTF-8 JSON; an error goes to stderr with its code, field and both messages. */
function finish(result: ApiResult<unknown>): number {
  if (result.ok) {
    process.stdout.write(`${JSON.stringify(result.value ?? null, null, 2)}\n`);
    return 0;
  }
  process.stderr.write(`${JSON.stringify(result.error, null, 2)}\n`);
  return 1;
}

/** `swf …` (A2, A3): the same host as every other transport, with file-system paths ('path' mode). */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  if (command === 'methods') {
    if (rest.length > 0) return fail('"methods" takes no arguments');
    for (const line of describeMethods()) process.stdout.write(`${line}\n`);
    return 0;
  }
  if (command !== 'call' && command !== 'app') return fail(command === undefined ? 'no command given' : `unknown command "${command}"`);

  const [fundFile, method, json, ...extra] = command === 'call' ? rest : [undefined, ...rest];
  if (command === 'call' && !fundFile) return fail('call needs FUND_FILE METHOD');
  if (!method) return fail(`${command} needs a METHOD`);
  if (extra.length > 0) return fail('too many arguments (quote the JSON as one argument)');
  const side = sideOf(method);
  if (command === 'call' && side !== 'fund')
    return fail(`"${method}" is not a fund method${side ? ` (it is an ${side} method)` : ''}; see swf methods`);
  if (command === 'app' && side !== 'app')
    return fail(`"${method}" is not an app method${side ? ` (it is a ${side} method)` : ''}; see swf methods`);
  const input = parseJson(json);
  if (!input.ok) return fail('the input is not valid JSON');

  // Loaded only for calls: help, usage errors and `swf methods` stay quick without the database and i18n stack.
  const [{ createHost }, { defaultHome }, { runJob }] = await Promise.all([
    import('../backend/create-host'),
    import('../backend/fund-locations'),
    import('./run-job'),
  ]);
  const host = createHost({ home: defaultHome(), locationMode: 'path' });
  try {
    if (command === 'app') return finish(await host.dispatch('app', method, input.value));
    const opened = (await host.dispatch('app', 'funds.open', { location: fundFile })) as ApiResult<OpenedFund>;
    if (!opened.ok) return finish(opened);
    const fund = opened.value.handle;
    if (contracts.fund[method]?.job) return finish(await runJob(host, fund, method, input.value, (text) => process.stderr.write(text)));
    return finish(await host.dispatch('fund', method, input.value, fund));
  } finally {
    // Closing checkpoints the WAL, so the .swfund file alone holds everything once swf exits (A8).
    host.close();
  }
}

// `swf methods | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // The host answers failures as values; reaching here means it could not start (e.g. no migrations folder).
  const detail = error instanceof Error ? error.message : String(error);
  const { translateError } = await import('../backend/messages');
  process.stderr.write(`${JSON.stringify({ ...translateError({ code: 'internal' }), detail }, null, 2)}\n`);
  process.exitCode = 1;
}
