import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AppApi } from '../../shared/api/app-contract';
import type { DemoSize } from '../../shared/api/demo-types';

/**
 * Issue 19 §3's figure: making a demo fund of a size in one step through the app's own method (the job that a
 * trainer's "make a demo fund" runs), target < 60 s for the large one (30,000 members × 10 years).
 */
export async function benchDemoFund(input: {
  app: AppApi;
  home: string;
  size: DemoSize;
  line: (label: string, milliseconds: number, extra?: string) => void;
  run?: number;
}): Promise<void> {
  const location = join(input.home, 'Funds', `demo-${input.size}${input.run ? `-${input.run}` : ''}.swfund`);
  const start = performance.now();
  const made = await input.app['demo.create']({ location, size: input.size, seed: 1 });
  const elapsed = performance.now() - start;
  if (!made.ok) throw new Error(made.error.message.en);
  input.line(`make the ${input.size} demo fund (target < 60 s)`, elapsed, made.value.profile.name);
  const closed = await input.app['funds.close']({ fund: made.value.handle });
  if (!closed.ok) throw new Error(closed.error.message.en);
}
