import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Connection } from '../db/execute';
import { closeRegionFile, openRegionFile } from '../db/region/region-file';

/** An open `.swregion` workspace: its one connection, and the quarantine folder beside it (reliability §(c)). */
export type RegionWorkspace = {
  readonly path: string;
  readonly connection: Connection;
  readonly quarantineFolder: string;
  close(): void;
};

/** Opens (or with `create`, makes) the workspace file; closing checkpoints it so the file alone holds everything. */
export function openRegionWorkspace(path: string, options: { create: boolean } = { create: false }): RegionWorkspace {
  const absolute = resolve(path);
  if (options.create && !existsSync(absolute)) mkdirSync(dirname(absolute), { recursive: true });
  const connection = openRegionFile(absolute, options);
  let open = true;
  return {
    path: absolute,
    connection,
    quarantineFolder: join(dirname(absolute), 'quarantine'),
    close() {
      if (!open) return;
      open = false;
      closeRegionFile(connection);
    },
  };
}
