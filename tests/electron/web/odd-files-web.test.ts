import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { crashWhileOpen, sha256 } from '../../support/fund-files';
import { createTestBackend, expectOk } from '../../support/test-backend';

const root = resolve(import.meta.dirname, '../../..');
const entry = join(root, 'electron', 'web', 'start-web.ts');

type Answer = { ok: boolean; value?: { handle: string; readOnly: { reason: string } | null }; error?: { code: string } };

/** `npm run web` as a child process: the real server, with SIGTERM as the way it is stopped. */
async function startWeb(home: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, SWF_HOME: home, SWF_PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const url = await new Promise<URL>((done, fail) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /SWF Ledger web mode: (\S+)/.exec(stdout);
      if (match?.[1]) done(new URL(match[1]));
    });
    child.on('exit', () => fail(new Error(`web mode exited early: ${output}`)));
  });
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const call = async (side: string, method: string, input: unknown, fund?: string): Promise<Answer> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-SWF-Token': token };
    if (fund) headers['X-SWF-Fund'] = fund;
    const reply = await fetch(`${url.origin}/api/${side}/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
    return (await reply.json()) as Answer;
  };
  return { child, exited, call, output: () => output };
}

/**
 * Web mode never wedges (issue 15 §4): after failed opens and creates of odd files, every fund stays as it was,
 * close, open and create keep working, and SIGTERM closes every fund cleanly, leaving no side file behind.
 */
describe('web mode with damaged and odd files', () => {
  const homes: string[] = [];
  afterAll(() => {
    for (const home of homes) rmSync(home, { recursive: true, force: true });
  });
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('answers each odd file with its reason, keeps working, and closes cleanly on SIGTERM', async () => {
    const home = mkdtempSync(join(tmpdir(), 'swf-web-odd-'));
    homes.push(home);
    const funds = join(home, 'Funds');
    mkdirSync(funds);
    const maker = createTestBackend();
    for (const name of ['good', 'cut', 'beside-foreign']) {
      expectOk(await maker.app['funds.create'](fundInput(join(funds, `${name}.swfund`), { name: `กองทุน ${name}` })));
      expectOk(await maker.fund['members.register'](memberInput(1)));
      expectOk(await maker.app['funds.close']({ fund: maker.handle() }));
    }
    maker.close();
    truncateSync(join(funds, 'cut.swfund'), 5000);
    const crashed = join(home, 'elsewhere', 'other.swfund');
    mkdirSync(join(home, 'elsewhere'));
    await crashWhileOpen({ home, location: crashed, create: true, members: 2 });
    copyFileSync(`${crashed}-wal`, join(funds, 'beside-foreign.swfund-wal'));
    const hashes = { cut: sha256(join(funds, 'cut.swfund')), foreign: sha256(join(funds, 'beside-foreign.swfund')) };

    const web = await startWeb(home);
    stop = () => web.child.kill('SIGKILL');
    const good = await web.call('app', 'funds.open', { location: 'good.swfund' });
    expect(good.ok).toBe(true);
    expect((await web.call('app', 'funds.open', { location: 'cut.swfund' })).error?.code).toBe('file-damaged');
    expect((await web.call('app', 'funds.open', { location: 'cut.swfund', readOnly: true })).error?.code).toBe('file-damaged');
    const foreign = await web.call('app', 'funds.open', { location: 'beside-foreign.swfund' });
    expect(foreign.value?.readOnly?.reason).toBe('wal-not-ours');
    expect((await web.call('fund', 'members.register', memberInput(2), foreign.value?.handle)).error?.code).toBe('fund-read-only');
    expect((await web.call('app', 'funds.create', fundInput('good.swfund'))).error?.code).toBe('file-exists');
    expect((await web.call('app', 'funds.open', { location: 'missing.swfund' })).error?.code).toBe('file-not-found');

    // Everything still works: the good fund takes writes, closes and opens again, and a new fund can be made.
    expect((await web.call('fund', 'members.register', memberInput(3), good.value?.handle)).ok).toBe(true);
    expect((await web.call('app', 'funds.close', { fund: good.value?.handle })).ok).toBe(true);
    const again = await web.call('app', 'funds.open', { location: 'good.swfund' });
    expect(again.value?.readOnly).toBeNull();
    const created = await web.call('app', 'funds.create', fundInput('new.swfund'));
    expect(created.ok).toBe(true);
    expect((await web.call('fund', 'members.register', memberInput(4), created.value?.handle)).ok).toBe(true);

    web.child.kill('SIGTERM');
    expect(await web.exited).toBe(0);
    stop = undefined;
    expect(readdirSync(funds).sort()).toEqual(['beside-foreign.swfund', 'cut.swfund', 'damaged', 'good.swfund', 'new.swfund']);
    expect(sha256(join(funds, 'cut.swfund'))).toBe(hashes.cut);
    expect(sha256(join(funds, 'beside-foreign.swfund'))).toBe(hashes.foreign);
    expect(web.output()).not.toMatch(/internal|Error:/);
  });
});
