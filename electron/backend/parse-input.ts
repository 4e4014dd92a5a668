import type { z } from 'zod';
import { failure, success, type Result } from '../../shared/domain/result';

/** Reason codes our schemas put in their messages (common-schemas.ts); anything else is derived from zod's code. */
const ownReasons = new Set([
  'required',
  'too-long',
  'bad-date',
  'bad-period',
  'not-whole-satang',
  'negative',
  'not-positive',
  'bad-code',
  'bad-postcode',
  'bad-prefix',
  'bad-request-id',
  'bad-handle',
  'bad-backup-name',
  'date-out-of-range',
  'control-character',
  'direction-control',
  'lone-surrogate',
  'only-invisible',
  'one-source',
  'duplicate-account',
  'bad-file-id',
  'bad-fingerprint',
  'bad-alert-id',
  'bad-uuid',
  'bad-address',
  'bad-participant',
  'bad-pin',
]);

type Issue = z.core.$ZodIssue;

function reasonOf(issue: Issue): string {
  if (ownReasons.has(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return 'required';
      return issue.expected === 'int' ? 'not-integer' : 'bad-type';
    case 'too_small':
      return 'too-small';
    case 'too_big':
      return 'too-big';
    case 'invalid_value':
      return 'not-allowed';
    case 'unrecognized_keys':
      return 'unknown-field';
    default:
      return 'invalid';
  }
}

function plainParams(params: Record<string, unknown> | undefined): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params ?? {}).filter((entry): entry is [string, string | number] => ['string', 'number'].includes(typeof entry[1])),
  );
}

/**
 * The backend re-parses every input with the contract's schema, whatever the caller checked (A1, rule 5), and
 * turns the first problem into `bad-input` naming the field by its dotted path.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input === undefined ? {} : input);
  if (parsed.success) return success(parsed.data);
  const issue = parsed.error.issues[0];
  if (!issue) return failure('bad-input', undefined, { reason: 'invalid' });
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  const field = path.join('.');
  // A refinement may say more than its reason (a date's plausible range): its params travel with the reason.
  const extra = issue.code === 'custom' ? plainParams(issue.params) : {};
  return failure('bad-input', field === '' ? undefined : field, { ...extra, reason: reasonOf(issue) });
}
