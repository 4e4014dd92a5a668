import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appContract } from '../../../shared/api/app-contract';
import { fundContract } from '../../../shared/api/fund-contract';
import { jobsContract } from '../../../shared/api/jobs-contract';
import { regionContract } from '../../../shared/api/region-contract';
import type { ApiError } from '../../../shared/api/api-result';
import type { OpenedFund } from '../../../shared/api/app-contract';
import type { CollectionBatch, MemberDetail, MemberRow, Paged } from '../../../shared/api/fund-types';
import { citizenIdFor, fundInput, memberInput } from '../../support/builders';

/** What a JSON Schema line of `swf methods` holds, as far as these tests read it. */
type JsonSchema = { type: string; $schema: string; properties: Record<string, unknown>; required: string[] };
/** The CLI prints JSON; each test says which contract type it expects back. */
const json = <T>(text: string): T => JSON.parse(text) as T;

const root = resolve(import.meta.dirname, '../../..');
const home = mkdtempSync(join(tmpdir(), 'swf-cli-'));
/** The real bin, as `npx swf` runs it: plain JS that loads the TypeScript entry through tsx (A15). */
const swf = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'swf.js'), ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, SWF_HOME: home },
  });

/** The same, started without waiting, so independent checks run side by side. */
function swfAsync(...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'swf.js'), ...args], {
      cwd: tmpdir(),
      env: { ...process.env, SWF_HOME: home },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => done({ status, stderr }));
  });
}

// Each `swf` is a new process loading the TypeScript through tsx (2–3 s on a loaded 2-core machine): a test of 20
// commands needs more than the backend's 60 s.
describe('swf command line', { timeout: 180_000 }, () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('swf methods: one line per method of every contract (the regional workspace’s too), name<TAB>JSON Schema of its input', () => {
    const result = swf('methods');
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const names = lines.map((line) => line.split('\t')[0]);
    expect(names.sort()).toEqual(
      [...Object.keys(appContract), ...Object.keys(fundContract), ...Object.keys(jobsContract), ...Object.keys(regionContract)].sort(),
    );
    const schemas = new Map(lines.map((line) => [line.split('\t')[0], json<JsonSchema>(line.split('\t')[1] ?? '')]));
    for (const [name, schema] of schemas) {
      expect(schema, name).toMatchObject({ type: 'object' });
      expect(schema.$schema, name).toMatch(/json-schema\.org/);
    }
    // refine()d strings (dates, periods) still print as strings.
    expect(schemas.get('collection.createBatch')?.properties.collectedOn).toMatchObject({ type: 'string' });
    expect(schemas.get('funds.create')?.required).toEqual(expect.arrayContaining(['location', 'profile', 'plan']));
  });

  it('swf --help prints the usage on stdout and exits 0', () => {
    const result = swf('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('swf call FUND_FILE METHOD');
    expect(result.stdout).toContain('swf app METHOD');
  });

  it('creates a fund with swf app, runs fund methods and a job with swf call, and reports errors with exit status 1', () => {
    const file = join(home, 'cli.swfund');
    const created = swf('app', 'funds.create', JSON.stringify(fundInput(file, { openedOn: '2024-01-01' })));
    expect(created.status, created.stderr).toBe(0);
    expect(json<OpenedFund>(created.stdout).profile.name).toBe('กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์');
    // Closed on exit with a checkpoint: the .swfund file alone holds the fund.
    expect(existsSync(`${file}-wal`)).toBe(false);

    const fund = swf('call', file, 'fund.get', '{}');
    expect(fund.status, fund.stderr).toBe(0);
    // Pretty UTF-8 JSON: Thai text as itself, not \u escapes.
    expect(fund.stdout).toContain('  "name": "กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์"');
    expect(json<unknown>(swf('call', file, 'fund.get').stdout)).toEqual(json<unknown>(fund.stdout));

    const registered = swf('call', file, 'members.register', JSON.stringify(memberInput(7)));
    expect(registered.status, registered.stderr).toBe(0);
    const member = json<MemberDetail>(registered.stdout);
    expect(member.memberNo).toBe('00001');

    const badInput = swf('call', file, 'members.register', JSON.stringify({ ...memberInput(9), birthDate: '2024-02-30' }));
    expect(badInput.status).toBe(1);
    expect(badInput.stdout).toBe('');
    const inputError = json<ApiError>(badInput.stderr);
    expect(inputError).toMatchObject({
      code: 'bad-input',
      field: 'birthDate',
      message: { th: expect.stringMatching(/[\u0E00-\u0E7F]/), en: expect.any(String) },
    });

    const duplicate = swf('call', file, 'members.register', JSON.stringify(memberInput(8, { citizenId: citizenIdFor(7) })));
    expect(duplicate.status).toBe(1);
    const error = json<ApiError>(duplicate.stderr);
    expect(error).toMatchObject({ code: 'duplicate-thai-id', field: 'citizenId' });
    expect(error.message.th).toContain('เลขประจำตัวประชาชน');
    expect(error.message.en).toContain('Thai citizen ID');

    const batch = json<CollectionBatch>(swf('call', file, 'collection.createBatch', JSON.stringify({ collectedOn: '2024-02-25' })).stdout);
    expect(
      swf('call', file, 'collection.setLine', JSON.stringify({ batchId: batch.id, memberId: member.id, monthCount: 1, amountSatang: 3000 }))
        .status,
    ).toBe(0);
    // A job method: the field of a bad input is named as the method's own, not as jobs.start's `input.…`.
    const badJob = swf('call', file, 'collection.post', JSON.stringify({ requestId: 'cli-post-0001', accountCode: '3100' }));
    expect(badJob.status).toBe(1);
    expect(json<ApiError>(badJob.stderr)).toMatchObject({ code: 'bad-input', field: 'batchId' });
    const posted = swf(
      'call',
      file,
      'collection.post',
      JSON.stringify({ batchId: batch.id, requestId: 'cli-post-0001', accountCode: '3100' }),
    );
    expect(posted.status, posted.stderr).toBe(0);
    expect(json<CollectionBatch>(posted.stdout).receiptRange?.first).toMatch(/^RC\d{4}-000001$/);
    expect(posted.stderr).toMatch(/\r\[#{30}\] 100% /);

    const search = swf('call', file, 'members.search', '{"query":"00001"}');
    expect(json<Paged<MemberRow>>(search.stdout).total).toBe(1);

    // A method that makes a file saves it where --out says (paths are how the command line names files).
    const out = join(home, 'ค้างส่ง.xlsx');
    const exported = swf('call', file, 'exports.arrears', JSON.stringify({ minMonths: 1, format: 'xlsx' }), '--out', out);
    expect(exported.status, exported.stderr).toBe(0);
    expect(json<{ savedTo: string; format: string }>(exported.stdout)).toMatchObject({ savedTo: out, format: 'xlsx' });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    // --in names a file the method reads by path; here the file-level describe shows what arrived.
    const described = swf('app', 'files.describe', '{}', '--in', out);
    expect(json<{ name: string; bytes: number }>(described.stdout)).toMatchObject({ name: 'ค้างส่ง.xlsx', bytes: statSync(out).size });
    expect(swf('call', file, 'exports.arrears', '{}', '--out').status).toBe(2);
  });

  it('prints a welfare decision in Thai and English sentences, and answers an ineligible claim with exit status 1', () => {
    const file = join(home, 'welfare-cli.swfund');
    expect(swf('app', 'funds.create', JSON.stringify(fundInput(file, { openedOn: '2024-01-01' }))).status).toBe(0);
    const member = json<MemberDetail>(swf('call', file, 'members.register', JSON.stringify(memberInput(1))).stdout);
    const applied = swf(
      'call',
      file,
      'welfare.applyTemplate',
      JSON.stringify({ templateKey: 'one-baht-a-day', effectiveFrom: '2006-01-01' }),
    );
    expect(applied.status, applied.stderr).toBe(0);
    const hospital = json<{ id: number; code: string }[]>(applied.stdout).find((type) => type.code === 'hospital');
    const question = { typeId: hospital?.id, memberId: member.id, eventDate: '2024-03-01', units: 2, recipient: { kind: 'member' } };
    type Line = { code: string; text: { th: string; en: string } };

    // Forty-one days a member: the 180-day waiting period is not over, and no dues were paid.
    const decided = swf('call', file, 'welfare.decide', JSON.stringify(question));
    expect(decided.status, decided.stderr).toBe(1);
    const decision = json<{ eligible: boolean; lines: Line[]; refusal: { message: { th: string; en: string } } }>(decided.stdout);
    expect(decision.eligible).toBe(false);
    const waiting = decision.lines.find((line) => line.code === 'welfare.waiting');
    expect(waiting?.text.th).toContain('ระยะรอสิทธิ์ 180 วัน');
    expect(waiting?.text.th).toContain('20 ม.ค. 2567');
    expect(waiting?.text.en).toContain('waiting period 180 days');
    expect(decision.refusal.message.th).toContain('ยังไม่ครบระยะรอสิทธิ์ 180 วัน');
    expect(decided.stderr).toContain('ไม่มีสิทธิ์ได้รับเงิน: เป็นสมาชิก 41 วัน ยังไม่ครบระยะรอสิทธิ์ 180 วัน');
    expect(decided.stderr).toContain('Not eligible:');

    // Recording it is refused with the reason (nothing written) unless it is kept on file for the committee.
    const recorded = swf('call', file, 'welfare.recordClaim', JSON.stringify({ ...question, requestId: 'cli-claim-0001' }));
    expect(recorded.status).toBe(1);
    expect(json<ApiError>(recorded.stderr)).toMatchObject({ code: 'claim-ineligible' });
    const kept = swf(
      'call',
      file,
      'welfare.recordClaim',
      JSON.stringify({ ...question, requestId: 'cli-claim-0001', recordIneligible: true }),
    );
    expect(kept.status).toBe(1);
    expect(json<{ claimNo: string; amountSatang: number }>(kept.stdout)).toMatchObject({ amountSatang: 0 });
    expect(kept.stderr).toContain('ไม่มีสิทธิ์ได้รับเงิน');

    // After the waiting period, with no arrears: eligible, exit status 0, the amount in baht in the sentences.
    const paid = swf(
      'call',
      file,
      'contributions.record',
      JSON.stringify({
        requestId: 'cli-dues-0001',
        memberId: member.id,
        receivedOn: '2024-01-25',
        monthCount: 12,
        amountSatang: 36500,
        numbering: { kind: 'app' },
        accountCode: '3100',
      }),
    );
    expect(paid.status, paid.stderr).toBe(0);
    const eligible = swf('call', file, 'welfare.decide', JSON.stringify({ ...question, eventDate: '2024-09-01' }));
    expect(eligible.status, eligible.stderr).toBe(0);
    const lines = json<{ lines: Line[] }>(eligible.stdout).lines;
    expect(lines.find((line) => line.code === 'welfare.pay')?.text.th).toContain('400.00');
  });

  it('saves a copy naming its source file, and copies the backups to a folder standing in for a USB drive', () => {
    const file = join(home, 'source.swfund');
    expect(swf('app', 'funds.create', JSON.stringify(fundInput(file))).status).toBe(0);
    // The source is a file, not an open fund: the command line names both ends by path.
    const copy = join(home, 'moved.swfund');
    const saved = swf('app', 'funds.saveCopy', JSON.stringify({ source: { location: file }, location: copy, intent: 'same-fund' }));
    expect(saved.status, saved.stderr).toBe(0);
    expect(json<{ location: string; intent: string }>(saved.stdout)).toMatchObject({ location: copy, intent: 'same-fund' });
    expect(existsSync(copy)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
    // --folder names the folder a method writes into.
    const usb = join(home, 'usb');
    mkdirSync(usb);
    const copied = swf('call', file, 'backups.copyTo', '{}', '--folder', usb);
    expect(copied.status, copied.stderr).toBe(0);
    expect(json<{ folder: string; copied: string[] }>(copied.stdout)).toMatchObject({
      folder: join(usb, 'SWF Ledger Backups', fundInput('x').profile.name),
      copied: [expect.stringMatching(/^source_\d{4}-\d{2}-\d{2}T\d{4}_manual\.swfbak$/)],
    });
    expect(copied.stderr).toMatch(/100% /);
    expect(swf('call', file, 'backups.copyTo', '{}', '--folder').status).toBe(2);
  });

  it('swf sync export writes the signed file into a folder; swf sync verify says ok or the reason, exit 1 if any fails', () => {
    const file = join(home, 'sync.swfund');
    expect(swf('app', 'funds.create', JSON.stringify(fundInput(file))).status).toBe(0);
    const out = join(home, 'sync-out');
    const exported = swf('sync', 'export', file, out);
    expect(exported.status, exported.stderr).toBe(0);
    const made = json<{ savedTo: string; sequence: number; fingerprint: string }>(exported.stdout);
    expect(made).toMatchObject({ sequence: 1, savedTo: expect.stringMatching(/\.swfsync$/) });
    expect(made.savedTo.startsWith(out)).toBe(true);
    expect(exported.stderr).toMatch(/100% /);

    const good = swf('sync', 'verify', made.savedTo);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain('\tok\t');
    expect(good.stdout).toContain(made.fingerprint);
    // A truncated copy fails with its reason in Thai and English, and fails the whole run.
    const broken = join(home, 'broken.swfsync');
    const bytes = readFileSync(made.savedTo);
    writeFileSync(broken, bytes.subarray(0, bytes.length - 10));
    const mixed = swf('sync', 'verify', made.savedTo, broken);
    expect(mixed.status).toBe(1);
    const [first, second] = mixed.stdout.trimEnd().split('\n');
    expect(first).toContain('\tok\t');
    expect(second).toMatch(/\tnot-a-zip\t.*ไฟล์.* \/ .*file/);
    expect(swf('sync', 'verify').status).toBe(2);
    expect(swf('sync', 'export', file).status).toBe(2);

    // The next file carries only what changed since this one, chained to it.
    const next = swf('sync', 'export', file, out, '--incremental');
    expect(next.status, next.stderr).toBe(0);
    expect(json<{ sequence: number; kind: string }>(next.stdout)).toMatchObject({ sequence: 2, kind: 'incremental' });
  });

  it('answers usage errors with exit status 2 and method errors with 1', async () => {
    const file = join(home, 'x.swfund');
    const usageErrors = [
      [],
      ['call'],
      ['frobnicate'],
      ['methods', 'extra'],
      ['app'],
      ['app', 'fund.get'],
      ['call', file, 'funds.list'],
      ['call', file, 'no.such.method'],
      ['call', file, 'fund.get', '{bad json'],
      ['call', file, 'fund.get', '{}', 'extra'],
    ];
    const [missing, ...results] = await Promise.all([
      swfAsync('call', join(home, 'missing.swfund'), 'fund.get'),
      ...usageErrors.map((args) => swfAsync(...args)),
    ]);
    results.forEach((result, index) => {
      expect(result.status, usageErrors[index]?.join(' ')).toBe(2);
      expect(result.stderr).toContain('swf');
    });
    expect(missing?.status).toBe(1);
    expect(json<ApiError>(missing?.stderr ?? '')).toMatchObject({ code: 'file-not-found', field: 'location' });
  });
});
