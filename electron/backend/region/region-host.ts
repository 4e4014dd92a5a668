import type { JobStatus } from '../../../shared/api/jobs-contract';
import { regionContract, type RegionMethod } from '../../../shared/api/region-contract';
import type { RegionTableQuery } from '../../../shared/api/region-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import type { FileStore } from '../files/file-store';
import type { Clock, HostOptions } from '../host-types';
import type { JobContext } from '../jobs/job-runner';
import { translateError } from '../messages';
import { parseInput } from '../parse-input';
import { OpenRegions, openedRegion, type OpenRegion } from './open-regions';
import {
  acknowledgeFromApp,
  importBroughtFiles,
  importChosenFolder,
  pinFromApp,
  rebaseFromApp,
  repinFromApp,
  type OfficerCall,
} from './region-officer-calls';
import { regionOverview, regionTablePage, regionWorkbook } from './region-reads';
import { listRegionFiles, prepareNewRegion, resolveRegionLocation } from './region-locations';
import { openRegionWorkspace } from './region-workspace';

type RegionInput = { workspace: string; officer?: string } & Record<string, unknown>;
type RegionHandler = (region: OpenRegion, input: never, job?: JobContext) => Promise<Result<unknown>> | Result<unknown>;

function tableQuery(input: RegionTableQuery & { workspace: string }): RegionTableQuery {
  const { workspace: _workspace, ...query } = input;
  return query;
}

/**
 * The regional workspaces of one host (issue 18 §4, A2): `regions.*` open and close `.swregion` files by handle,
 * as the host opens funds; `region.*` run in the workspace a call names. Like a fund, a workspace has one
 * connection and one job runner: an import is a job (A4), reads are served between its files, and writes wait
 * for it to end.
 */
export function createRegionHost(host: { options: HostOptions; clock: Clock; files: FileStore; onProgress: (status: JobStatus) => void }) {
  const { options, clock, files } = host;
  const { home, locationMode } = options;
  const regions = new OpenRegions((region) => region.jobs.onProgress(host.onProgress));
  const officerCall = (region: OpenRegion, officer: string): OfficerCall => ({
    workspace: region.workspace,
    options: { officer, now: clock.now },
  });

  const fileHandlers = {
    'regions.list': () => success(listRegionFiles(home, locationMode)),
    'regions.create': (input: { location: string }) => {
      const path = resolveRegionLocation(home, locationMode, input.location);
      if (!path.ok) return path;
      const fresh = prepareNewRegion(path.value, input.location);
      if (!fresh.ok) return fresh;
      return success(openedRegion(regions.add(openRegionWorkspace(fresh.value, { create: true })), locationMode));
    },
    'regions.open': (input: { location: string }) => {
      const path = resolveRegionLocation(home, locationMode, input.location);
      if (!path.ok) return path;
      const region = regions.atPath(path.value) ?? regions.add(openRegionWorkspace(path.value));
      return success(openedRegion(region, locationMode));
    },
    'regions.current': (input: { workspace?: string | undefined }) => {
      const region = regions.get(input.workspace);
      return success(region ? openedRegion(region, locationMode) : null);
    },
    'regions.close': async (input: { workspace: string }) => {
      const region = regions.get(input.workspace);
      if (!region) return success({ closed: false });
      await region.jobs.idle();
      regions.close(region);
      return success({ closed: true });
    },
  };

  const handlers: { [M in RegionMethod]: RegionHandler } = {
    'region.overview': (region) => success(regionOverview(region.workspace, clock.today())),
    'region.table': (region, input: RegionTableQuery & { workspace: string }) =>
      success(regionTablePage(region.workspace, tableQuery(input))),
    'region.import': (region, input: { officer: string; fileIds: string[] }, job) => {
      const call = officerCall(region, input.officer);
      const onProgress = (done: number, total: number) => job?.progress(done, total, 'import');
      return importBroughtFiles({ ...call, options: { ...call.options, onProgress } }, { files, home, fileIds: input.fileIds });
    },
    'region.importFolder': (region, input: { officer: string; folderId: string }, job) => {
      const call = officerCall(region, input.officer);
      const onProgress = (done: number, total: number) => job?.progress(done, total, 'import');
      return importChosenFolder({ ...call, options: { ...call.options, onProgress } }, files.chosenFolder(input.folderId)?.path);
    },
    'region.pin': (region, input: { officer: string; fundUuid: string; fingerprint: string }) =>
      pinFromApp(officerCall(region, input.officer), input),
    'region.rebase': (region, input: { officer: string; fundUuid: string; reason: string; alertId?: string }) =>
      rebaseFromApp(officerCall(region, input.officer), input),
    'region.repin': (region, input: { officer: string; alertId: string; fingerprint: string; reason: string }) =>
      repinFromApp(officerCall(region, input.officer), input),
    'region.acknowledgeAlert': (region, input: { officer: string; alertId: string; note?: string }) =>
      acknowledgeFromApp(officerCall(region, input.officer), input),
    'region.summaryExcel': async (region, input: RegionTableQuery & { workspace: string }) =>
      success(await regionWorkbook(region.workspace, files, tableQuery(input), clock.today())),
  };

  /** The workspace a call names; one no longer open is refused, never redirected (A2). */
  function regionOf(input: unknown): Result<OpenRegion> {
    const region = regions.get((input as RegionInput).workspace);
    return region ? success(region) : failure('region-not-open', 'workspace');
  }

  function start(region: OpenRegion, method: RegionMethod, input: unknown): JobStatus {
    const handler = handlers[method];
    return region.jobs.start(method, async (job) => {
      const result = await handler(region, input as never, job);
      return result.ok ? { ok: true, value: result.value } : { ok: false, error: translateError(result.error) };
    });
  }

  return {
    fileHandlers,
    /** A region call: method known, input parsed, workspace open; writes and jobs wait for the running job (A4). */
    async dispatch(method: string, input: unknown): Promise<Result<unknown>> {
      if (!Object.hasOwn(regionContract, method)) return failure('unknown-method', undefined, { method });
      const spec = regionContract[method as RegionMethod];
      const parsed = parseInput(spec.input, input);
      if (!parsed.ok) return parsed;
      const region = regionOf(parsed.value);
      if (!region.ok) return region;
      if (!('read' in spec) || 'job' in spec) await region.value.jobs.idle();
      if (!regions.get(region.value.handle)) return failure('region-not-open', 'workspace');
      if ('job' in spec) {
        const finished = await region.value.jobs.wait(start(region.value, method as RegionMethod, parsed.value).jobId);
        if (finished?.state === 'succeeded') return success(finished.result);
        return failure(finished?.error?.code ?? 'internal', finished?.error?.field, finished?.error?.params);
      }
      return handlers[method as RegionMethod](region.value, parsed.value as never);
    },
    /** `jobs.start` for a region job method: undefined when the method is not one. */
    async startJob(method: string, input: unknown): Promise<Result<{ jobId: string }> | undefined> {
      if (!Object.hasOwn(regionContract, method)) return undefined;
      const spec = regionContract[method as RegionMethod];
      if (!('job' in spec)) return failure('not-a-job', 'method', { method });
      const parsed = parseInput(spec.input, input);
      if (!parsed.ok) return failure(parsed.error.code, parsed.error.field && `input.${parsed.error.field}`, parsed.error.params);
      const region = regionOf(parsed.value);
      if (!region.ok) return failure(region.error.code, 'input.workspace');
      // One job at a time per workspace (A4): a second waits for the first.
      await region.value.jobs.idle();
      return success({ jobId: start(region.value, method as RegionMethod, parsed.value).jobId });
    },
    /** A region job's status, or its cancellation; undefined when no open workspace ran it. */
    job(method: 'jobs.status' | 'jobs.cancel', jobId: string): JobStatus | undefined {
      for (const region of regions.all()) {
        const status = method === 'jobs.cancel' ? region.jobs.cancel(jobId) : region.jobs.status(jobId);
        if (status) return status;
      }
      return undefined;
    },
    closeAll: () => regions.closeAll(),
  };
}

export type RegionHost = ReturnType<typeof createRegionHost>;
