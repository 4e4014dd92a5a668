/**
 * Remakes the golden sync fixture: `npx tsx tests/support/make-sync-golden.ts` (add `--fund` to remake the fund
 * too). Run it only when the sync format or the fund's schema changes on purpose, and say why in the commit.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectOk } from './test-backend';
import { exportGoldenFund, goldenFile, goldenFund } from './sync-golden';
import { buildWorld } from './write-examples';

async function main(): Promise<void> {
  if (process.argv.includes('--fund')) {
    const world = await buildWorld();
    expectOk(await world.backend.app['funds.close']({ fund: world.backend.handle() }));
    copyFileSync(join(world.backend.home, 'fund.swfund'), goldenFund);
    world.backend.close();
  }
  writeFileSync(goldenFile, `${JSON.stringify(await exportGoldenFund(), null, 2)}\n`);
}

void main();
