import { failure, success, type Result } from '../../shared/domain/result';
import type { RequestRecord } from './db/repositories/request-repository';

/** The request id of an input, for the methods whose input carries one (every money-writing request, A6). */
export function requestIdOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const value = (input as Record<string, unknown>).requestId;
  return typeof value === 'string' ? value : null;
}

/** JSON with object keys in a fixed order, so two equal inputs give the same text whatever order they were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)))
      : item,
  );
}

const mostDifferences = 5;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The dotted paths where two inputs differ (the request id itself excepted), for a message that says what. */
export function inputDifferences(earlier: unknown, current: unknown, path = ''): string[] {
  if (canonicalJson(earlier) === canonicalJson(current)) return [];
  if (path.split('.').length > 4) return [path];
  const join = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  // Lists of one length differ where their items differ; lists of different lengths differ as a whole.
  if (Array.isArray(earlier) && Array.isArray(current) && earlier.length === current.length)
    return earlier.flatMap((item, index) => inputDifferences(item, current[index], join(index))).slice(0, mostDifferences);
  if (!isRecord(earlier) || !isRecord(current)) return [path];
  const keys = [...new Set([...Object.keys(earlier), ...Object.keys(current)])].sort();
  return keys
    .filter((key) => !(path === '' && key === 'requestId'))
    .flatMap((key) => inputDifferences(earlier[key], current[key], join(key)))
    .slice(0, mostDifferences);
}

/**
 * A request id seen before answers what its first call made only when the method and the whole input are the
 * same; anything else is refused, saying what differs, so a different payment can never be answered with an
 * earlier one's receipt. Requests from before the log kept inputs are never taken as the same.
 */
export function matchEarlierRequest(earlier: RequestRecord, method: string, input: unknown): Result<number> {
  const refuse = (differences: string[], isOtherMethod = false) =>
    failure('request-reused', 'requestId', {
      requestId: earlier.requestId,
      method: earlier.method,
      differences: differences.join(','),
      otherMethod: isOtherMethod ? 1 : 0,
    });
  if (earlier.method !== method) return refuse([], true);
  if (earlier.inputJson === null || earlier.entityId === null) return refuse([]);
  const differences = inputDifferences(JSON.parse(earlier.inputJson), input);
  return differences.length === 0 ? success(earlier.entityId) : refuse(differences);
}
