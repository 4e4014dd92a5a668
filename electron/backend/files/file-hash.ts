import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** A file's SHA-256, read in chunks: a backup or a sync file may be hundreds of megabytes. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Makes the operating system write a file's bytes to the disk before it is renamed into place. Off the main
 * thread: flushing a backup of a large fund takes a second or more, and the screen keeps being answered meanwhile.
 */
export async function flushFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
