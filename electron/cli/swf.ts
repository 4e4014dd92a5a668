import type { ApiResult } from '../../shared/api/api-result';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChosenFolder, OpenedFund, ReceivedFile } from '../../shared/api/app-contract';
import type { BackendHost } from '../backend/host-types';
import { contracts, describeMethods, sideOf } from './describe-methods';

const usage = `swf — SWF Ledger on the command line

  swf methods                               every API method with its input schema (JSON Schema), one per line
  swf call FUND_FILE METHOD ['JSON']        open a fund file, run one fund method, print the JSON result
  swf app METHOD ['JSON']                   run one file-level method (e.g. funds.create with a path location)
  swf sync export FUND_FILE OUT_DIR [--incremental] [--full-data KEY_FILE]
                                            write the fund's signed sync file (.swfsync) into OUT_DIR; with
                                            --incremental only what changed since its last file; with
                                            --full-data, members' names and IDs go too, encrypted to the regional
                                            workspace's key file (.swfkey)
  swf sync verify FILES...                   check sync files: a line per file, ok or the reason; exit 1 if any fails
  swf region import WORKSPACE FILES_OR_FOLDERS...
                                            import sync files (each .swfsync of a folder) into a regional workspace
                                            (.swregion, made if missing): a line per file, imported, already imported,
                                            waiting for its fingerprint to be confirmed, or the reason; exit 1 if any
                                            is refused
  swf region pin WORKSPACE FUND_UUID FINGERPRINT
                                            confirm a new fund's key fingerprint and import its waiting files
  swf region rebase WORKSPACE FUND_UUID REASON
                                            accept the fund's next file whatever its sequence (a restored fund)
  swf region key WORKSPACE OUT_FILE         write the workspace's public key file (.swfkey) for funds' full-data files
  swf region summary WORKSPACE [--xlsx OUT] [--province CODE] [--district CODE] [--day YYYY-MM-DD]
                                            the region's table and the funds to follow up; --xlsx writes it to Excel
  swf --help                                this text

  --out PATH   where a file the method makes is saved (an export: .pdf, .xlsx, .swfsync): a file name, or a folder
               to save it in under its own name; default: its own name here
  --in PATH    a file the method reads: named by the file id put into the JSON as "fileId"
  --folder PATH  a folder the method writes into (backups.copyTo, a USB drive): its id goes into the JSON as "folderId"
  --user NAME  who is at the terminal, by her name among the fund's people; her PIN is asked for (nothing shown) when
               she has one. A fund with several people refuses every call without it; a fund with one never asks

JSON defaults to {}. Methods that run as jobs draw a progress bar on stderr.
Funds, backups and the recent list live in SWF_HOME (default: ~/SWF Ledger, on Windows %USERPROFILE%\\SWF Ledger).
A welfare decision's explanation lines carry their Thai and English sentences ("text") beside the codes.
A read method opens the fund only to look (nothing migrated or written); a file that cannot be changed, is damaged
or has a foreign -wal beside it is still read, with a note on stderr.
Exit status: 0 done, 1 the method answered an error (JSON on stderr, in Thai and English) or judged a claim
not eligible (welfare.decide, recordClaim, recheckClaim: the answer on stdout, the reason on stderr), 2 usage error.
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

/**
 * A fund method's answer: explanation lines with their sentences; a claim judged not eligible is answered as
 * such, its reason on stderr in Thai and English and exit status 1, not as a success paying 0 baht.
 */
async function finishFund(method: string, result: ApiResult<unknown>): Promise<number> {
  if (!result.ok) return finish(result);
  const { ineligibility, withSentences } = await import('./explain');
  const status = finish({ ok: true, value: withSentences(result.value) });
  const refused = ineligibility(method, result.value);
  if (!refused) return status;
  process.stderr.write(`${refused.th}\n${refused.en}\n`);
  return 1;
}

type PathOptions = { outPath?: string; inPath?: string; folderPath?: string; user?: string };
type FileOptions = ({ ok: true; rest: string[] } & PathOptions) | { ok: false; problem: string };

const pathOptions: Readonly<Record<string, keyof PathOptions>> = {
  '--out': 'outPath',
  '--in': 'inPath',
  '--folder': 'folderPath',
  '--user': 'user',
};

/** `--out PATH`, `--in PATH`, `--folder PATH` and `--user NAME`, wherever they stand; the rest are the command's own arguments. */
function takeFileOptions(argv: readonly string[]): FileOptions {
  const rest: string[] = [];
  const found: PathOptions = {};
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const option = Object.hasOwn(pathOptions, argument) ? pathOptions[argument] : undefined;
    if (option === undefined) {
      rest.push(argument);
      continue;
    }
    const value = argv[index + 1];
    if (value === undefined || value === '')
      return { ok: false, problem: `${argument} needs a ${argument === '--user' ? 'NAME' : 'PATH'}` };
    found[option] = value;
    index += 1;
  }
  return { ok: true, rest, ...found };
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** `swf sync …` (issue 18 §5): export is a fund call saved into a folder; verify reads files alone. */
async function syncCommand(rest: readonly string[]): Promise<number> {
  const [action, ...files] = rest;
  if (action === 'verify') {
    if (files.length === 0) return fail('sync verify needs FILES');
    const { verifyFiles } = await import('./sync-commands');
    return verifyFiles(files, (text) => process.stdout.write(text));
  }
  if (action === 'export') {
    const incremental = files.includes('--incremental');
    const options = takeNamedOptions(
      files.filter((argument) => argument !== '--incremental'),
      ['--full-data'],
    );
    if (typeof options === 'string') return fail(options);
    const [fundFile, outFolder, ...extra] = options.rest;
    if (!fundFile || !outFolder || extra.length > 0)
      return fail('sync export needs FUND_FILE OUT_DIR [--incremental] [--full-data KEY_FILE]');
    const keyFile = options.found['full-data'];
    const { exportInput } = await import('./sync-commands');
    const input = exportInput(keyFile);
    if (!input.ok) return fail(input.problem);
    mkdirSync(outFolder, { recursive: true });
    const call = { ...input.value, kind: incremental ? 'incremental' : 'full' };
    return main(['call', fundFile, 'sync.export', JSON.stringify(call), '--out', outFolder]);
  }
  return fail(action === undefined ? 'sync needs export or verify' : `unknown sync command "${action}"`);
}

/** `--name VALUE` options of `swf region summary`; anything else left as it was. */
function takeNamedOptions(argv: readonly string[], names: readonly string[]): { rest: string[]; found: Record<string, string> } | string {
  const rest: string[] = [];
  const found: Record<string, string> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (!names.includes(argument)) {
      rest.push(argument);
      continue;
    }
    const value = argv[index + 1];
    if (value === undefined || value === '') return `${argument} needs a value`;
    found[argument.slice(2)] = value;
    index += 1;
  }
  return { rest, found };
}

/** `swf region …` (issue 18 §5): the regional workspace, for regional staff. */
async function regionCommand(rest: readonly string[]): Promise<number> {
  try {
    return await regionAction(rest);
  } catch (error) {
    // A workspace that cannot be opened (not a workspace, missing, open elsewhere) is told in both languages.
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string') throw error;
    const { translateError } = await import('../backend/messages');
    const params = (error as { params?: Record<string, string | number> }).params ?? {};
    process.stderr.write(`${JSON.stringify(translateError({ code, params }), null, 2)}\n`);
    return 1;
  }
}

async function regionAction(rest: readonly string[]): Promise<number> {
  const [action, workspace, ...more] = rest;
  const write = (text: string) => process.stdout.write(text);
  const commands = await import('./region-commands');
  if (action === 'import') {
    if (!workspace || more.length === 0) return fail('region import needs WORKSPACE FILES_OR_FOLDERS...');
    return commands.importCommand(workspace, more, write, (text) => process.stderr.write(text));
  }
  if (action === 'pin') {
    const [fundUuid, ...fingerprint] = more;
    if (!workspace || !fundUuid || fingerprint.length === 0) return fail('region pin needs WORKSPACE FUND_UUID FINGERPRINT');
    return commands.pinCommand(workspace, fundUuid, fingerprint.join(' '), write);
  }
  if (action === 'rebase') {
    const [fundUuid, ...reason] = more;
    if (!workspace || !fundUuid || reason.length === 0) return fail('region rebase needs WORKSPACE FUND_UUID REASON');
    return commands.rebaseCommand(workspace, fundUuid, reason.join(' '), write);
  }
  if (action === 'key') {
    const [outFile, ...extra] = more;
    if (!workspace || !outFile || extra.length > 0) return fail('region key needs WORKSPACE OUT_FILE');
    return commands.keyCommand(workspace, outFile, write);
  }
  if (action === 'summary') {
    const options = takeNamedOptions(more, ['--xlsx', '--province', '--district', '--day']);
    if (typeof options === 'string') return fail(options);
    if (!workspace || options.rest.length > 0) return fail('region summary needs WORKSPACE [--xlsx OUT]');
    const { xlsx, province, district, day } = options.found;
    return commands.summaryCommand(
      workspace,
      {
        ...(xlsx === undefined ? {} : { xlsx }),
        ...(province === undefined ? {} : { provinceCode: province }),
        ...(district === undefined ? {} : { districtCode: district }),
        ...(day === undefined ? {} : { day }),
      },
      write,
    );
  }
  return fail(action === undefined ? 'region needs import, pin, rebase, key or summary' : `unknown region command "${action}"`);
}

/**
 * A method that made a file (an export) answers its id; on the command line the file is then saved, to
 * `--out` or under its own name in the current folder, and the answer says where.
 */
async function saveProducedFile(host: BackendHost, result: ApiResult<unknown>, outPath: string | undefined): Promise<ApiResult<unknown>> {
  if (!result.ok) return result;
  const produced = result.value as { fileId?: unknown; fileName?: unknown } | null;
  if (typeof produced?.fileId !== 'string' || typeof produced.fileName !== 'string') return result;
  const location = resolve(outPath === undefined ? produced.fileName : isFolder(outPath) ? join(outPath, produced.fileName) : outPath);
  const saved = (await host.dispatch('app', 'files.save', { fileId: produced.fileId, location })) as ApiResult<{ location: string }>;
  return saved.ok ? { ok: true, value: { ...produced, savedTo: saved.value.location } } : saved;
}

/** `swf …` (A2, A3): the same host as every other transport, with file-system paths ('path' mode). */
export async function main(argv: readonly string[]): Promise<number> {
  const options = takeFileOptions(argv);
  if (!options.ok) return fail(options.problem);
  const [command, ...rest] = options.rest;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  if (command === 'methods') {
    if (rest.length > 0) return fail('"methods" takes no arguments');
    for (const line of describeMethods()) process.stdout.write(`${line}\n`);
    return 0;
  }
  if (command === 'sync') return syncCommand(rest);
  if (command === 'region') return regionCommand(rest);
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
  const host = createHost({ home: defaultHome(), locationMode: 'path', holder: 'cli' });
  try {
    let methodInput = input.value;
    if (options.inPath !== undefined) {
      // A file read by the method travels as a path here (A2: the transport names files its own way).
      const received = (await host.dispatch('app', 'files.receive', { location: resolve(options.inPath) })) as ApiResult<ReceivedFile>;
      if (!received.ok) return finish(received);
      methodInput = { ...(methodInput as Record<string, unknown>), fileId: received.value.fileId };
    }
    if (options.folderPath !== undefined) {
      // A folder written into ("Copy to…" a USB drive) is chosen by path here, as Electron's folder dialog does.
      const chosen = (await host.dispatch('app', 'files.folder', { location: resolve(options.folderPath) })) as ApiResult<ChosenFolder>;
      if (!chosen.ok) return finish(chosen);
      methodInput = { ...(methodInput as Record<string, unknown>), folderId: chosen.value.folderId };
    }
    if (command === 'app') return finish(await host.dispatch('app', method, methodInput));
    // A method that only reads opens the fund only to look: the file is neither migrated nor written, so
    // inspecting a fund from the command line never locks its owner's older app out (issue 15 §5).
    const lookOnly = contracts.fund[method]?.read === true;
    const opened = (await host.dispatch('app', 'funds.open', { location: fundFile, readOnly: lookOnly })) as ApiResult<OpenedFund>;
    if (!opened.ok) return finish(opened);
    if (opened.value.readOnly && opened.value.readOnly.reason !== 'requested')
      process.stderr.write(`swf: ${fundFile} is open read-only (${opened.value.readOnly.reason})\n`);
    const fund = opened.value.handle;
    if (options.user !== undefined) {
      const { choosePerson } = await import('./choose-person');
      const chosen = await choosePerson(host, fund, options.user);
      if (!chosen.ok) return finish(chosen);
    }
    const result = contracts.fund[method]?.job
      ? await runJob(host, fund, method, methodInput, (text) => process.stderr.write(text))
      : await host.dispatch('fund', method, methodInput, fund);
    return await finishFund(method, await saveProducedFile(host, result, options.outPath));
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
