import { performance } from 'node:perf_hooks';
import type { FundApi } from '../../shared/api/fund-contract';
import { formatBaht } from '../../shared/domain/money/money-format';

/**
 * The home screen's figures (issue 16 §6; target < 200 ms): one `home.figures` read through the API, the median
 * of `runs` after a first call that prepares its statements (the screen is opened again and again, never once).
 */
export async function benchHomeFigures(options: {
  fund: FundApi;
  runs: number;
  line: (label: string, milliseconds: number, extra?: string) => void;
}): Promise<void> {
  const samples: number[] = [];
  let extra = '';
  for (let run = 0; run <= options.runs; run += 1) {
    const start = performance.now();
    const result = await options.fund['home.figures']({});
    const took = performance.now() - start;
    if (!result.ok) throw new Error(result.error.message.en);
    if (run === 0) continue;
    samples.push(took);
    const { money, members, arrears } = result.value;
    extra = `target < 200 ms; ${members.active.toLocaleString('en')} active, ${arrears.members.toLocaleString('en')} behind, ${formatBaht(money.totalSatang)} baht on hand`;
  }
  const sorted = samples.sort((left, right) => left - right);
  options.line("home screen's figures (home.figures)", sorted[Math.floor(sorted.length / 2)] ?? 0, extra);
}
