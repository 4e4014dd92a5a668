/** The treasurer's calendar day, from the laptop's own clock and zone (the UI's default for date fields). */
export function todayIso(): string {
  return new Date().toLocaleDateString('sv-SE');
}

/** A client-made request id for money-writing calls (Decision 7): a retry with the same id posts once. */
export function newRequestId(): string {
  return crypto.randomUUID();
}
