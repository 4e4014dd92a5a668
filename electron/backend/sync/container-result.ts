/**
 * What the container layer answers: a value or one stable reason code (never a throw for bad input), so the
 * collector can quarantine a file with its reason and the translation files can word each code (A5).
 */
export type ContainerReason =
  /** yauzl cannot find a ZIP in it: not a ZIP, truncated, or its end record damaged. */
  | 'not-a-zip'
  /** The file is bigger than the file limit; it was not opened. */
  | 'too-large'
  /** An entry or a header is not what our writer makes: a name outside the list, a duplicate, a directory, a
   * symlink, encryption, another compression, an extra field, a comment, a timestamp, damaged data. */
  | 'bad-entry'
  /** A required entry is absent. */
  | 'missing-entry'
  /** An entry (or all of them) would inflate past a size limit or the compression-ratio limit. */
  | 'entry-too-large'
  /** Two entries' local headers or data share bytes: the shape of a zip bomb. */
  | 'overlapping-entries'
  /** An entry's content does not match its CRC-32 or the SHA-256 the caller expected. */
  | 'hash-mismatch';

/** Reasons found while reading an entry's lines. */
export type LineReason = 'bad-encoding' | 'line-too-long' | 'bad-json' | 'too-deep';

export type Failure<Reason extends string = ContainerReason> = {
  readonly ok: false;
  readonly reason: Reason;
  /** English, for logs and the quarantine's reason.json; never shown as the message itself. */
  readonly detail: string;
};

export type Outcome<Value, Reason extends string = ContainerReason> = ({ readonly ok: true } & Value) | Failure<Reason>;

export function failure<Reason extends string>(reason: Reason, detail: string): Failure<Reason> {
  return { ok: false, reason, detail };
}

/** The translation key of a reason (`errors.sync-<reason>` in shared/i18n), Thai first then English (A5). */
export function messageCode(reason: ContainerReason | LineReason): `sync-${ContainerReason | LineReason}` {
  return `sync-${reason}`;
}
