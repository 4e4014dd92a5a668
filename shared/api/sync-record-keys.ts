/**
 * A record's identity and its place in its part (Decision 17): what the collector stores a record under, what an
 * incremental file's removed part names, and the order the exporter writes and the verifier checks. Records with
 * a UUID are known by it; the totals by their key fields (`account/month`, `memberUuid/fiscalYear`); a removed
 * record by its part and key.
 */

type AnyRecord = Readonly<Record<string, unknown>>;

export function recordKey(record: AnyRecord): string {
  if (typeof record.uuid === 'string') return record.uuid;
  if (typeof record.account === 'string') return `${record.account}/${String(record.month)}`;
  if (typeof record.part === 'string') return `${record.part}/${String(record.key)}`;
  return `${String(record.memberUuid)}/${String(record.fiscalYear)}`;
}

/**
 * The key records are sorted by within a part, compared as strings: a separator below every character a code
 * holds (so `1100` sorts before `11001`, as SQL orders them) and the fiscal year padded to a fixed width.
 */
export function recordOrderKey(record: AnyRecord): string {
  if (typeof record.uuid === 'string') return record.uuid;
  if (typeof record.account === 'string') return `${record.account}\u0000${String(record.month)}`;
  if (typeof record.part === 'string') return `${record.part}\u0000${String(record.key)}`;
  return `${String(record.memberUuid)}\u0000${String(record.fiscalYear).padStart(6, '0')}`;
}
