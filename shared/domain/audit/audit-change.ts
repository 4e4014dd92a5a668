/**
 * What an audit row changed, as a person reads it (issue 20 §1): the stored before and after are JSON snapshots of
 * the entity, so the trail shows only the fields whose value differs — a new record all its fields, a removed one
 * what it held — each value written short. Pure, so the page and the printed trail say the same.
 */

export type ChangedField = { field: string; before: string | null; after: string | null };

/** The longest a value is shown; the full JSON stays in the file for whoever needs it. */
const valueLength = 60;

function parsed(json: string | null): Record<string, unknown> | undefined {
  if (json === null) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

function shown(value: unknown): string | null {
  if (value === undefined) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > valueLength ? `${text.slice(0, valueLength - 1)}…` : text;
}

export function changedFields(beforeJson: string | null, afterJson: string | null): ChangedField[] {
  const before = parsed(beforeJson) ?? {};
  const after = parsed(afterJson) ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: shown(before[field]), after: shown(after[field]) }));
}

/** The longest a new record's summary runs on a page; the whole record stays in the file. */
const summaryLength = 240;

/** Values that say nothing of a new record: left out of its summary. */
const emptyValues = new Set(['null', '', '[]', '{}']);

/** A new record (nothing before) in one line: its fields that hold something, "field: value · field: value". */
export function createdText(afterJson: string | null): string {
  const text = changedFields(null, afterJson)
    .filter((change) => !emptyValues.has(change.after ?? ''))
    .map((change) => `${change.field}: ${change.after ?? ''}`)
    .join(' · ');
  return text.length > summaryLength ? `${text.slice(0, summaryLength - 1)}…` : text;
}

/** What a row changed as text: a new record in one line; otherwise one line per field, "field: before → after". */
export function changeText(beforeJson: string | null, afterJson: string | null): string {
  if (beforeJson === null) return createdText(afterJson);
  return changedFields(beforeJson, afterJson)
    .map(({ field, before, after }) => `${field}: ${before ?? '—'} → ${after ?? '—'}`)
    .join('\n');
}
