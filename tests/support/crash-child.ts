import { copyFileSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { createHost } from '../../electron/backend/create-host';
import { fundInput, memberInput } from './builders';
import { fixedClock } from './test-backend';

/**
 * The process tests/support/fund-files.ts `crashWhileOpen` starts and then kills with SIGKILL: it holds a fund open
 * through the host as the app does, writes, says "ready" and waits to be killed, never closing the fund.
 */
const options = JSON.parse(process.argv[2] ?? '{}') as {
  home: string;
  location: string;
  create: boolean;
  members: number;
  stashWalAt?: string;
};
let connection: BetterSqlite3.Database | undefined;
const host = createHost({
  home: options.home,
  locationMode: 'path',
  clock: fixedClock('2026-11-25'),
  holder: 'test',
  log: () => undefined,
  onConnection: (opened) => (connection = opened),
});
const opened = options.create
  ? await host.dispatch('app', 'funds.create', fundInput(options.location))
  : await host.dispatch('app', 'funds.open', { location: options.location });
if (!opened.ok) throw new Error(JSON.stringify(opened.error));
const fund = (opened.value as { handle: string }).handle;
async function register(from: number, count: number) {
  for (let number = from; number < from + count; number += 1) {
    const result = await host.dispatch('fund', 'members.register', memberInput(number), fund);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  }
}
await register(1000, options.members);
if (options.stashWalAt) {
  copyFileSync(`${options.location}-wal`, options.stashWalAt);
  connection?.pragma('wal_checkpoint(TRUNCATE)');
  await register(2000, options.members);
}
process.stdout.write('ready\n');
setInterval(() => undefined, 1000);
