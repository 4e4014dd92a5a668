import { localDateOf } from '../../shared/domain/local-time';

/** The treasurer's calendar day in Thai time, from the laptop's clock whatever its zone (the UI's default for date fields). */
export function todayIso(): string {
  return localDateOf(new Date().toISOString());
}

/** A client-made request id for money-writing calls (Decision 7): a retry with the same id posts once. */
export function newRequestId(): string {
  return crypto.randomUUID();
}
