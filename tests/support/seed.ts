/**
 * Random tests take a seed, print it, and replay with SWF_SEED; their counts scale with SWF_TEST_SCALE (A16).
 */
export function testSeed(label: string): number {
  const seed = Number(process.env.SWF_SEED ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`[${label}] seed ${seed} (replay with SWF_SEED=${seed})`);
  return seed;
}

export function runs(base: number): number {
  return Math.max(1, Math.round(base * Number(process.env.SWF_TEST_SCALE ?? 1)));
}
