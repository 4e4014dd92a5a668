import canonicalize from 'canonicalize';

/**
 * RFC 8785 canonical JSON for the record parts' flat records, written with the keys sorted once per part rather
 * than once per record: the export writes about 300,000 of them, and the generic library's sort, reduce and
 * template strings per record were a third of its time and most of its garbage. Scalars go through JSON.stringify,
 * as the library's do (RFC 8785 numbers and strings are ECMAScript's); anything else (a list, a missing value)
 * is left to the library, so the bytes are the same in every case (tests/electron/backend/sync/canonical-line.test.ts).
 */
export type CanonicalLine = (record: Readonly<Record<string, unknown>>) => string;

export function canonicalLineWriter(keys: readonly string[]): CanonicalLine {
  const sorted = [...keys].sort();
  const prefixes = sorted.map((key, index) => `${index === 0 ? '{' : ','}${JSON.stringify(key)}:`);
  return (record) => {
    let line = '';
    for (let index = 0; index < sorted.length; index += 1) {
      const value = record[sorted[index] as string];
      if (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))) return canonicalize(record) ?? '';
      line += prefixes[index] + (Array.isArray(value) ? (canonicalize(value) ?? '') : JSON.stringify(value));
    }
    // Only the keys named are written: a record with others is refused by its part's strict schema anyway.
    return sorted.length === 0 ? '{}' : `${line}}`;
  };
}
