import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sha256OfFile } from '../files/file-hash';
import { translateError } from '../messages';

/**
 * The quarantine of reliability §(c): a file that was refused, or waits for its fund's key to be confirmed, is
 * *copied* (never moved: the officer's own copy stays where it was) to `quarantine/<date>/<sha256>.swfsync` with
 * a reason file beside it. A file over the size limit is recorded by name, size and reason only. This folder is
 * also the log of rejections: the workspace file itself must stay byte for byte as it was when a file is refused.
 */
export type QuarantineNote = {
  fileName: string;
  source: string;
  sha256: string;
  bytes: number;
  reason: string;
  detail: string;
  params?: Record<string, string | number>;
  part?: string;
  line?: number;
  at: string;
  message: { th: string; en: string };
};

/** Why a file is set aside: a reason code (its message is `errors.sync-<reason>`), the detail, and where in the file. */
export type SetAside = {
  reason: string;
  detail: string;
  params?: Record<string, string | number>;
  part?: string;
  line?: number;
};

function noteOf(path: string, sha256: string, why: SetAside, at: string): QuarantineNote {
  const { message } = translateError({ code: `sync-${why.reason}`, params: why.params ?? {} });
  return {
    fileName: basename(path),
    source: path,
    sha256,
    bytes: statSync(path).size,
    reason: why.reason,
    detail: why.detail,
    ...(why.params ? { params: why.params } : {}),
    ...(why.part === undefined ? {} : { part: why.part }),
    ...(why.line === undefined ? {} : { line: why.line }),
    at,
    message,
  };
}

/** Copies the file (once per content) with its note; answers the copy's path. */
export function quarantineCopy(folder: string, path: string, sha256: string, why: SetAside, at: string): string {
  return writeNote(folder, path, noteOf(path, sha256, why, at), true);
}

/** A refused file: copied with its reason, except an oversized one, noted by name, size and reason only. */
export async function quarantineRefusal(folder: string, path: string, why: SetAside, at: string): Promise<void> {
  if (!existsSync(path) || !statSync(path).isFile()) return;
  const sha256 = await sha256OfFile(path);
  // Copying an oversized file would fill the disk its refusal was meant to spare.
  writeNote(folder, path, noteOf(path, sha256, why, at), why.reason !== 'too-large');
}

function writeNote(folder: string, path: string, note: QuarantineNote, copy: boolean): string {
  const dayFolder = join(folder, note.at.slice(0, 10));
  mkdirSync(dayFolder, { recursive: true });
  const target = join(dayFolder, `${note.sha256}.swfsync`);
  if (copy && !existsSync(target)) copyFileSync(path, target);
  writeFileSync(join(dayFolder, `${note.sha256}.${note.reason}.json`), `${JSON.stringify(note, null, 2)}\n`);
  return target;
}

/** Every note in the quarantine, newest day first: the rejections an officer reviews. */
export function quarantineNotes(folder: string): QuarantineNote[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))
    .sort()
    .reverse()
    .flatMap((day) =>
      readdirSync(join(folder, day))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => JSON.parse(readFileSync(join(folder, day, name), 'utf8')) as QuarantineNote),
    );
}
