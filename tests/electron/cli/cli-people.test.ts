import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/api/api-result';
import type { Person } from '../../../shared/api/people-types';
import { fundInput, memberInput } from '../../support/builders';

const root = resolve(import.meta.dirname, '../../..');
const home = mkdtempSync(join(tmpdir(), 'swf-cli-people-'));
/** The real bin; `typed` is what the person types at the terminal (a pipe here: the PIN prompt reads its line). */
const swf = (args: string[], typed = '') =>
  spawnSync(process.execPath, [join(root, 'bin', 'swf.js'), ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
    input: typed,
    env: { ...process.env, SWF_HOME: home },
  });

function authors(file: string, method: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare('SELECT actor FROM audit_events WHERE method = ? ORDER BY id').pluck().all(method) as string[];
  } finally {
    db.close();
  }
}

// Each `swf` is a new process loading the TypeScript through tsx: a few seconds each on a loaded machine.
describe('swf --user: who is at the terminal (issue 20 §2)', { timeout: 180_000 }, () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('asks nothing of a one-person fund, then needs --user and the PIN once a second person is added, in her roles', () => {
    const file = join(home, 'people.swfund');
    expect(swf(['app', 'funds.create', JSON.stringify(fundInput(file, { openedOn: '2024-01-01' }))]).status).toBe(0);
    // One person: the command acts as her without asking, as before.
    const first = swf(['call', file, 'members.register', JSON.stringify(memberInput(1))]);
    expect(first.status, first.stderr).toBe(0);
    const added = swf(['call', file, 'people.add', JSON.stringify({ displayName: 'สมศรี', roles: ['secretary'], pin: '4826' })]);
    expect(added.status, added.stderr).toBe(0);
    const somsri = JSON.parse(added.stdout) as Person;

    const nobody = swf(['call', file, 'members.register', JSON.stringify(memberInput(2))]);
    expect(nobody.status).toBe(1);
    expect(JSON.parse(nobody.stderr)).toMatchObject({ code: 'person-required', message: { en: expect.stringContaining('--user') } });

    const wrong = swf(['--user', 'สมศรี', 'call', file, 'members.register', JSON.stringify(memberInput(2))], '1111\n');
    expect(wrong.status).toBe(1);
    // The prompt shows on stderr, never what was typed.
    expect(wrong.stderr).toContain('PIN (สมศรี): ');
    expect(wrong.stderr).not.toContain('1111');
    expect((JSON.parse(wrong.stderr.slice(wrong.stderr.indexOf('{'))) as ApiError).code).toBe('pin-wrong');

    const unknown = swf(['--user', 'ไม่มีใคร', 'call', file, 'members.get', '{"memberId":1}']);
    expect(unknown.status).toBe(1);
    expect(JSON.parse(unknown.stderr)).toMatchObject({ code: 'person-not-found', field: 'user' });

    const right = swf(['call', file, 'members.register', JSON.stringify(memberInput(2)), '--user', 'สมศรี'], '4826\n');
    expect(right.status, right.stderr).toBe(0);
    expect(authors(file, 'members.register')).toEqual(['treasurer', somsri.actorKey]);

    // Money is the treasurer's: the secretary is refused, in Thai and English, and nothing is written.
    const money = swf(['--user', 'สมศรี', 'call', file, 'fund.setAdminCost', '{"percent":20}'], '4826\n');
    expect(money.status).toBe(1);
    const refusal = JSON.parse(money.stderr.slice(money.stderr.indexOf('{'))) as ApiError;
    expect(refusal).toMatchObject({ code: 'role-required', params: { roles: 'treasurer' } });
    expect(refusal.message.th).toContain('เหรัญญิก');
    expect(authors(file, 'fund.setAdminCost')).toEqual([]);

    // The treasurer of old has no PIN: named, she is not asked for one.
    const treasurer = swf(['--user', 'เหรัญญิก', 'call', file, 'fund.setAdminCost', '{"percent":20}']);
    expect(treasurer.status, treasurer.stderr).toBe(0);
    expect(authors(file, 'fund.setAdminCost')).toEqual(['treasurer']);
  });
});
