/**
 * Expected failures are values, not exceptions (architecture rule 2). A domain error names a stable code,
 * the input field it concerns (dotted path, as in the API input), and parameters for the translated message.
 */
export type DomainError = {
  code: string;
  field?: string;
  params?: Record<string, string | number>;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export function success<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure<T = never>(code: string, field?: string, params?: Record<string, string | number>): Result<T> {
  const error: DomainError = { code };
  if (field !== undefined) error.field = field;
  if (params !== undefined) error.params = params;
  return { ok: false, error };
}
