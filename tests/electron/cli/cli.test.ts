import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appContract } from '../../../shared/api/app-contract';
import { fundContract } from '../../../shared/api/fund-contract';
import { jobsContract } from '../../../shared/api/jobs-contract';
import { citizenIdFor, fundInput, memberInput } from '../../support/builders';

const root = resolve(import.meta.dirname, '../../..');
const home = mkdtempSync(join(tmpdir(), 'swf-cli-'));
const swf = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'swf.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, SWF_HOME: home } });

describe('swf command line', () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('lists every method of the three contracts with its input schema', () => {
    const result = swf('methods');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const names = lines.map((line) => line.split('\t')[0]);
    expect(names.sort()).toEqual([...Object.keys(appContract), ...Object.keys(fundContract), ...Object.keys(jobsContract)].sort());
    for (const line of lines) expect(JSON.parse(line.split('\t')[1] ?? '')).toMatchObject({ type: 'object' });
  });

  it('creates a fund, runs fund methods on it, runs a job, and reports errors with exit status 1', () => {
    const file = join(home, 'cli.swfund');
    const created = swf('app', 'funds.create', JSON.stringify(fundInput(file, { openedOn: '2024-01-01' })));
    expect(created.status, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout).profile.name).toBe('กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์');

    const registered = swf('call', file, 'members.register', JSON.stringify(memberInput(7)));
    expect(registered.status, registered.stderr).toBe(0);
    const member = JSON.parse(registered.stdout);
    expect(member.memberNo).toBe('00001');

    const bad = swf('call', file, 'members.register', JSON.stringify(memberInput(8, { citizenId: citizenIdFor(7) })));
    expect(bad.status).toBe(1);
    const error = JSON.parse(bad.stderr);
    expect(error).toMatchObject({ code: 'duplicate-thai-id', field: 'citizenId' });
    expect(error.message.th).toContain('เลขประจำตัวประชาชน');
    expect(error.message.en).toContain('Thai citizen ID');

    const batch = JSON.parse(swf('call', file, 'collection.createBatch', JSON.stringify({ collectedOn: '2024-02-25' })).stdout);
    expect(swf('call', file, 'collection.setLine', JSON.stringify({ batchId: batch.id, memberId: member.id, monthCount: 1, amountSatang: 3000 })).status).toBe(0);
    const posted = swf('call', file, 'collection.post', JSON.stringify({ batchId: batch.id, requestId: 'cli-post-0001' }));
    expect(posted.status, posted.stderr).toBe(0);
    expect(JSON.parse(posted.stdout).receiptRange.first).toMatch(/^RC\d{4}-000001$/);
    expect(posted.stderr).toContain('100%');

    const search = swf('call', file, 'members.search', '{"query":"00001"}');
    expect(JSON.parse(search.stdout).total).toBe(1);
  });

  it('answers usage errors with exit status 2', () => {
    expect(swf('call').status).toBe(2);
    expect(swf('call', join(home, 'x.swfund'), 'no.such.method').status).toBe(2);
    expect(swf('call', join(home, 'x.swfund'), 'fund.get', '{bad json').status).toBe(2);
    const missing = swf('call', join(home, 'missing.swfund'), 'fund.get');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stderr).code).toBe('file-not-found');
  });
});
