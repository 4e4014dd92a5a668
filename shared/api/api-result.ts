/** Text in both languages of the app; Thai first (Decision 20). */
export type LocalizedText = { th: string; en: string };

/** Parameters carried by an error or an explanation line; translated where shown. */
export type MessageParams = Record<string, string | number>;

/**
 * Every failure crosses a transport as plain data: a stable code, the input field it concerns (dotted path),
 * parameters, and the message already rendered in both languages by the backend (A5).
 */
export type ApiError = {
  code: string;
  field?: string;
  params?: MessageParams;
  message: LocalizedText;
};

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}
