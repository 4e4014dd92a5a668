import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackendCommand, BackendMessage } from '../../../electron/main/ipc-messages';
import { fundInput } from '../../support/builders';

const home = mkdtempSync(join(tmpdir(), 'swf-utility-'));

describe('backend utility process (main relays, the backend owns the file)', () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('answers calls by id, then closes the fund and exits when asked', async () => {
    const child = fork(join(import.meta.dirname, 'fake-utility-process.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, SWF_HOME: home },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const replies = new Map<number, BackendMessage>();
    const waiters = new Map<number, () => void>();
    child.on('message', (message: BackendMessage) => {
      if (message.kind !== 'reply') return;
      replies.set(message.id, message);
      waiters.get(message.id)?.();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const call = (command: BackendCommand & { kind: 'call' }) =>
      new Promise<BackendMessage>((resolve) => {
        waiters.set(command.id, () => resolve(replies.get(command.id) as BackendMessage));
        child.send(command);
      });

    const file = join(home, 'utility.swfund');
    const created = await call({
      kind: 'call',
      id: 1,
      side: 'app',
      method: 'funds.create',
      input: fundInput(file, { openedOn: '2024-01-01' }),
    });
    expect(created).toMatchObject({ kind: 'reply', id: 1, result: { ok: true, value: { location: file } } });
    const handle = created.kind === 'reply' && created.result.ok ? (created.result.value as { handle: string }).handle : '';
    const fund = await call({ kind: 'call', id: 2, side: 'fund', method: 'fund.get', input: {}, fund: handle });
    expect(fund).toMatchObject({ id: 2, result: { ok: true } });
    const bad = await call({ kind: 'call', id: 3, side: 'fund', method: 'members.get', input: {}, fund: handle });
    expect(bad).toMatchObject({ id: 3, result: { ok: false, error: { code: 'bad-input', field: 'memberId' } } });

    child.send({ kind: 'close' } satisfies BackendCommand);
    expect(await exited).toBe(0);
    // Closed with a checkpoint: the .swfund file alone holds everything.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
