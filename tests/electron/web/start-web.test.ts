import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fundInput } from '../../support/builders';

const root = resolve(import.meta.dirname, '../../..');
const entry = join(root, 'electron', 'web', 'start-web.ts');
const home = mkdtempSync(join(tmpdir(), 'swf-start-web-'));

describe('npm run web (electron/web/start-web.ts)', () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('makes SWF_HOME/Funds, prints one line with the URL and token, serves the API, and closes the fund on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: root,
      env: { ...process.env, SWF_HOME: home, SWF_PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    let output = '';
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /^SWF Ledger web mode: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)\n/m.exec(output);
        if (match?.[1]) done(match[1]);
      });
      child.on('exit', () => fail(new Error(`web mode exited early: ${output}`)));
    });
    expect(existsSync(join(home, 'Funds'))).toBe(true);
    const parsed = new URL(url);
    const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
    const reply = await fetch(`${parsed.origin}/api/app/funds.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-SWF-Token': token },
      body: '{}',
    });
    expect(await reply.json()).toMatchObject({ ok: true, value: { folder: join(home, 'Funds'), funds: [] } });
    const created = await fetch(`${parsed.origin}/api/app/funds.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-SWF-Token': token },
      body: JSON.stringify(fundInput('web.swfund', { openedOn: '2024-01-01' })),
    });
    expect(await created.json()).toMatchObject({ ok: true, value: { location: 'web.swfund' } });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The fund was closed on the way out: checkpointed, so the .swfund file alone holds everything.
    expect(existsSync(join(home, 'Funds', 'web.swfund'))).toBe(true);
    expect(existsSync(join(home, 'Funds', 'web.swfund-wal'))).toBe(false);
    expect(output.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a SWF_PORT that is not a port number', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', entry], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SWF_HOME: home, SWF_PORT: 'eighty' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('SWF_PORT');
  });
});
