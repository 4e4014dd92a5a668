import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const folder = resolve(import.meta.dirname, '../../test-artifacts/figures');

/**
 * What a hostile-input or crash harness proved in this run (kills survived, inputs tried, files detected), written
 * to test-artifacts/figures/<name>.json with the seed and scale that replay it, and printed on one line (issue 20).
 */
export function writeFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(folder, { recursive: true });
  const record = { harness: name, scale: Number(process.env.SWF_TEST_SCALE ?? 1), ...figures };
  writeFileSync(join(folder, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`[figures] ${name}: ${JSON.stringify(record)}`);
}
