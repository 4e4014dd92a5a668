/**
 * A refusal to open or create a fund file. Thrown only at the file boundary (opening happens outside any use
 * case); the host turns it into an ApiError with the translated message and the file is left untouched.
 */
export class FundFileError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}
