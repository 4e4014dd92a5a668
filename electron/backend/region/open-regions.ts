import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { OpenedRegion } from '../../../shared/api/region-types';
import { JobRunner } from '../jobs/job-runner';
import type { LocationMode } from '../host-types';
import type { RegionWorkspace } from './region-workspace';

/** A workspace the host holds open: its one connection, its quarantine folder and its own job runner (A4). */
export type OpenRegion = { handle: string; workspace: RegionWorkspace; jobs: JobRunner };

/**
 * Every regional workspace the host has open, by handle (A2), as OpenFunds keeps funds: each open gets a fresh,
 * unguessable handle, so a page still holding one from before a close or a restart never reaches another file.
 */
export class OpenRegions {
  private readonly byHandle = new Map<string, OpenRegion>();

  constructor(private readonly onOpened: (region: OpenRegion) => void) {}

  get(handle: string | undefined): OpenRegion | undefined {
    return handle === undefined ? undefined : this.byHandle.get(handle);
  }

  atPath(path: string): OpenRegion | undefined {
    for (const region of this.byHandle.values()) if (region.workspace.path === path) return region;
    return undefined;
  }

  add(workspace: RegionWorkspace): OpenRegion {
    const region: OpenRegion = { handle: randomBytes(16).toString('base64url'), workspace, jobs: new JobRunner() };
    this.byHandle.set(region.handle, region);
    this.onOpened(region);
    return region;
  }

  all(): OpenRegion[] {
    return [...this.byHandle.values()];
  }

  /** Closing checkpoints the WAL, so the .swregion file alone holds everything (A8). */
  close(region: OpenRegion): void {
    this.byHandle.delete(region.handle);
    region.workspace.close();
  }

  closeAll(): void {
    for (const region of this.all()) this.close(region);
  }
}

/** What a page is told of an open workspace: never more of its path than the transport may name (A13). */
export function openedRegion(region: OpenRegion, mode: LocationMode): OpenedRegion {
  const path = region.workspace.path;
  const name = basename(path).replace(/\.swregion$/i, '');
  return { handle: region.handle, location: mode === 'folder' ? basename(path) : path, name };
}
