/**
 * How much one import takes. The largest funds have about 30,000 members (the benchmark's size); a sheet of more
 * rows than this is refused before any row is checked, with the limit named, so it is split into parts.
 */
export const importRowLimit = 50_000;
/** Columns read from a sheet: more than any member list has; the rest are ignored and said so. */
export const importColumnLimit = 60;
