/**
 * The limits of a `.swfsync` file (reliability.md §(c)), in one place so the format document, the writer and the
 * reader cannot disagree. A hostile file is refused by these before it can cost memory, disk or time; a real
 * export (30,000 members over 10 years) stays under a quarter of each. The values are a parameter object so that
 * tests can prove each limit with small files instead of gigabytes.
 */
export type SyncLimits = {
  /** The whole file, checked before it is opened. */
  readonly fileBytes: number;
  /** How many entries the central directory may list. */
  readonly entryCount: number;
  /** Inflated bytes of any one entry. */
  readonly entryBytes: number;
  /** Inflated bytes of all entries together. */
  readonly totalBytes: number;
  /** Inflated size over stored size, per entry: a higher ratio is a zip bomb, not a record file. */
  readonly compressionRatio: number;
  /** `manifest.json`, read whole into memory. */
  readonly manifestBytes: number;
  /** `manifest.sig`, read whole into memory. */
  readonly signatureBytes: number;
  /** One NDJSON line, so a line splitter never buffers more than this. */
  readonly lineBytes: number;
  /** Nesting of arrays and objects in one JSON value, so parsing never recurses deeply. */
  readonly jsonDepth: number;
};

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const defaultSyncLimits: SyncLimits = Object.freeze({
  fileBytes: 256 * MiB,
  entryCount: 32,
  entryBytes: 1 * GiB,
  totalBytes: 2 * GiB,
  compressionRatio: 200,
  manifestBytes: 1 * MiB,
  signatureBytes: 1024,
  lineBytes: 64 * 1024,
  jsonDepth: 8,
});

/** The default limits with some replaced (tests use small ones). */
export function syncLimits(overrides: Partial<SyncLimits> = {}): SyncLimits {
  return Object.freeze({ ...defaultSyncLimits, ...overrides });
}
