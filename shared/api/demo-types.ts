/** The demo fund's sizes (issue 19 §3): small and medium for a class, large for the benchmark's 30,000 × 10 years. */
export const demoSizes = ['small', 'medium', 'large'] as const;
export type DemoSize = (typeof demoSizes)[number];
