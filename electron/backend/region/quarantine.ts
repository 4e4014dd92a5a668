import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

export function quarantineFile(folder: string, path: string, note: QuarantineNote, copy: boolean): string {
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
