import { FundFileError } from './fund-file-error';

/** SQLite's extended result code of an error thrown by better-sqlite3 ('' for anything else). */
export function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : '';
}

/** The disk is full (reliability.md §(b)'s table): nothing from the step was saved. */
export function isStorageFull(code: string): boolean {
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC';
}

/** Other I/O errors are often an antivirus holding the file for a moment: worth one more try (reliability §(b)). */
export function isTransientIo(code: string): boolean {
  return code.startsWith('SQLITE_IOERR') && !isStorageFull(code);
}

export function isDamage(code: string): boolean {
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

/**
 * SQLite's refusals while a file is opened or checked, as the reasons the person is told (reliability.md §(b)'s
 * error table). Undefined for anything else: the caller decides what an unexpected error means there.
 */
export function fundFileErrorOf(error: unknown): FundFileError | undefined {
  if (error instanceof FundFileError) return error;
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new FundFileError('fund-open-elsewhere');
  if (isDamage(code)) return new FundFileError('file-damaged', { damage: 'corrupt' });
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH')
    return new FundFileError('file-read-only');
  if (isStorageFull(code)) return new FundFileError('storage-full');
  if (code.startsWith('SQLITE_IOERR')) return new FundFileError('storage-io-error');
  return undefined;
}
