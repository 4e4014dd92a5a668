import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RegionFileEntry } from '../../../shared/api/region-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { LocationMode } from '../host-types';

export const regionExtension = '.swregion';

/** SWF_HOME/Regions: where web mode keeps workspaces, and where the desktop app's dialogs start. */
export function regionsFolder(home: string): string {
  return join(home, 'Regions');
}

const plainName = /^[^/\\:*?"<>|\u0000-\u001f]+\.swregion$/i;

/**
 * Maps a workspace location to its file. In 'folder' mode (web mode, A13) only a plain `NAME.swregion`, kept in a
 * folder of its own under Regions (`Regions/NAME/NAME.swregion`): the quarantine folder lives beside the workspace
 * file (reliability §(c)), so two workspaces must never share a folder. In 'path' mode the path as chosen.
 */
export function resolveRegionLocation(home: string, mode: LocationMode, location: string): Result<string> {
  if (mode === 'folder') {
    if (!plainName.test(location) || location.startsWith('.')) return failure('bad-region-location', 'location', { location });
    const stem = location.slice(0, -regionExtension.length);
    return success(join(regionsFolder(home), stem, `${stem}${regionExtension}`));
  }
  return success(resolve(location.toLowerCase().endsWith(regionExtension) ? location : `${location}${regionExtension}`));
}

/** The workspaces in the Regions folder, each as the transport names it. */
export function listRegionFiles(home: string, mode: LocationMode): { folder: string; workspaces: RegionFileEntry[] } {
  const folder = regionsFolder(home);
  if (!existsSync(folder)) return { folder, workspaces: [] };
  const workspaces = readdirSync(folder)
    .filter((stem) => !stem.startsWith('.'))
    .map((stem) => ({ stem, path: join(folder, stem, `${stem}${regionExtension}`) }))
    .filter(({ path }) => existsSync(path) && statSync(path).isFile())
    .map(({ stem, path }) => {
      const stat = statSync(path);
      return {
        location: mode === 'folder' ? `${stem}${regionExtension}` : path,
        name: stem,
        modifiedAt: stat.mtime.toISOString(),
        sizeBytes: stat.size,
      };
    })
    .sort((left, right) => left.name.localeCompare(right.name, 'th'));
  return { folder: mode === 'folder' ? 'Regions' : folder, workspaces };
}

/** A new workspace's folder is made when it is created; an existing file is never made again. */
export function prepareNewRegion(path: string, location: string): Result<string> {
  if (existsSync(path)) return failure('region-exists', 'location', { location });
  mkdirSync(resolve(path, '..'), { recursive: true });
  return success(path);
}
