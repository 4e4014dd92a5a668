import { rename, rm, stat } from 'node:fs/promises';

/**
 * Writes a file under `<path>.tmp` and renames it into place only once it is complete, so a crash, a full disk
 * or an error halfway never leaves a truncated PDF or workbook under the name the treasurer chose (and never
 * spoils an earlier good copy of it). Answers the finished file's size.
 */
export async function writeThroughTemporary(path: string, write: (temporaryPath: string) => Promise<void>): Promise<number> {
  const temporaryPath = `${path}.tmp`;
  try {
    await write(temporaryPath);
    await rename(temporaryPath, path);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
  return (await stat(path)).size;
}
