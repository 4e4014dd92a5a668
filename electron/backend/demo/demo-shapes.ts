import type { DemoSize } from '../../../shared/api/demo-types';

/**
 * How big each demo is: members by the last month, and years of history. Large is the benchmark's size (issue 19
 * §3: 30,000 members × 10 years), made in under a minute because its members pay the way most "1 baht a day"
 * funds collect — yearly (365 baht) or at a quarterly collection day — rather than all of them every month.
 */
export const demoShapes: Record<DemoSize, { members: number; years: number }> = {
  small: { members: 150, years: 3 },
  medium: { members: 3_000, years: 5 },
  large: { members: 30_000, years: 10 },
};

/** The share of members by how they pay: the rest of the draw pays irregularly and falls behind (the arrears list). */
export const payerMix = { monthly: 0.05, quarterly: 0.35, yearly: 0.5 } as const;
