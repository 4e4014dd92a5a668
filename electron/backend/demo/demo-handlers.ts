import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OpenedFund } from '../../../shared/api/app-contract';
import type { DemoSize } from '../../../shared/api/demo-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { openFundFile, removeFundFile, type OpenOptions } from '../db/open-fund-file';
import { readCopyOrigin } from '../db/repositories/backup-repository';
import { isDemoFund } from '../db/repositories/demo-repository';
import { readFundIdentity } from '../db/scratch-copy';
import { fundExtension, isWorkshopMaster, resolveLocation, resolveRoomCopy, workshopFolder } from '../fund-locations';
import type { Clock, LocationMode } from '../host-types';
import type { JobContext } from '../jobs/job-runner';
import type { OpenFund, OpenFunds } from '../open-funds';
import { saveCopyOf } from '../save-copy';
import type { CallSource } from '../unit-of-work';
import { makeDemoFund } from './make-demo-fund';

type DemoHost = {
  home: string;
  locationMode: LocationMode;
  clock: Clock;
  funds: OpenFunds;
  openOptions: OpenOptions;
  sourceOf: (fund: Pick<OpenFund, 'connection' | 'path'>) => CallSource;
  open: (path: string, lookOnly: boolean) => Promise<Result<OpenedFund>>;
  sourceFund: (source: { fund?: string; location?: string }) => Promise<Result<{ fund: OpenFund; isBrief: boolean }>>;
};

/**
 * Why nothing may be written at a path that holds a file: a real fund (or a file that cannot be read, which may be
 * one) is named as such, in Thai and English, so a trainer never overwrites a treasurer's fund with a demo.
 */
function occupied(path: string, location: string, field: string, host: DemoHost): Result<never> {
  const openHere = host.funds.atPath(path);
  const isDemo = openHere ? isDemoFund(openHere.connection) : (readFundIdentity(path, join(host.home, '.transfers'))?.demo ?? false);
  return isDemo ? failure('file-exists', field, { location }) : failure('demo-over-real-fund', field, { location });
}

/**
 * The file-level methods of trainer mode (issue 19 §3, §5). A room server (issue 19 §4) makes a participant's copy
 * with `workshop.makeCopy` and resets it with `workshop.reset`, both by location inside the fund folder.
 */
export function createDemoHandlers(host: DemoHost) {
  const { home, locationMode } = host;

  /** A fund file by location: in the fund folder or where the person chose, or a room's copy in the workshop folder. */
  function locate(location: string, inWorkshop: boolean): Result<string> {
    return inWorkshop ? resolveRoomCopy(home, location) : resolveLocation(home, locationMode, location);
  }

  /** A new file, refused if anything is there already. */
  function freshTarget(location: string, inWorkshop = false): Result<string> {
    const path = locate(location, inWorkshop);
    if (!path.ok) return path;
    if (existsSync(path.value)) return occupied(path.value, location, 'location', host);
    return path;
  }

  /** The copy's master, if the fund at `path` is a workshop copy: a demo made from a file in the workshop folder. */
  async function masterOf(path: string): Promise<string | undefined> {
    return lookAt(path, (fund) => {
      if (!isDemoFund(fund.connection)) return undefined;
      const origin = readCopyOrigin(fund.connection);
      if (!origin || origin.intent !== 'separate') return undefined;
      return isWorkshopMaster(home, origin.sourceFile) && existsSync(origin.sourceFile) ? origin.sourceFile : undefined;
    });
  }

  /**
   * Runs `use` on the fund file at `path` (a file this host chose itself: a copy or its master), open here already
   * or looked at briefly. By path, not by location: in web mode a location is only a name in the fund folder, and
   * the masters live in the workshop folder beside it.
   */
  async function lookAt<T>(path: string, use: (fund: OpenFund) => T | Promise<T>): Promise<T> {
    const openHere = host.funds.atPath(path);
    const fund = openHere ?? host.funds.add(await openFundFile(path, { ...host.openOptions, lookOnly: true }));
    try {
      return await use(fund);
    } finally {
      if (!openHere) host.funds.close(fund);
    }
  }

  /** A separate copy of a fund file this host looks at briefly (the workshop master), made with "save a copy". */
  function copyOf(masterPath: string, destination: string): Promise<Result<unknown>> {
    return lookAt(masterPath, (master) => saveCopyOf(master, destination, 'separate', host.sourceOf(master), success));
  }

  return {
    'demo.create': async (input: { location: string; size: DemoSize; seed: number }, job: JobContext) => {
      const path = freshTarget(input.location);
      if (!path.ok) return path;
      mkdirSync(dirname(path.value), { recursive: true });
      const request = { path: path.value, size: input.size, seed: input.seed, today: host.clock.today() };
      const made = await makeDemoFund(request, host.openOptions, host.sourceOf, job);
      if (!made.ok) return occupied(path.value, input.location, 'location', host);
      return host.open(made.value, false);
    },
    'workshop.makeCopy': async (
      input: { source: { fund?: string; location?: string }; location: string; inWorkshop: boolean },
      job: JobContext,
    ) => {
      const path = freshTarget(input.location, input.inWorkshop);
      if (!path.ok) return path;
      const source = await host.sourceFund(input.source);
      if (!source.ok) return source;
      const master = join(workshopFolder(home), `${basename(path.value, fundExtension)}-${randomBytes(4).toString('hex')}${fundExtension}`);
      try {
        const field = input.source.fund === undefined ? 'source.location' : 'source.fund';
        if (!isDemoFund(source.value.fund.connection)) return failure('workshop-needs-demo', field, {});
        job.progress(0, 2, 'master');
        mkdirSync(workshopFolder(home), { recursive: true });
        const kept = await saveCopyOf(source.value.fund, master, 'separate', host.sourceOf(source.value.fund), success);
        if (!kept.ok) return kept;
      } finally {
        if (source.value.isBrief) host.funds.close(source.value.fund);
      }
      job.progress(1, 2, 'copying');
      const copied = await copyOf(master, path.value);
      if (!copied.ok) return copied;
      job.progress(2, 2, 'done');
      return host.open(path.value, false);
    },
    'workshop.reset': async (input: { location: string; inWorkshop: boolean }, job: JobContext) => {
      const path = locate(input.location, input.inWorkshop);
      if (!path.ok) return path;
      if (!existsSync(path.value)) return failure('file-not-found', 'location', { location: input.location });
      const master = await masterOf(path.value);
      if (!master) return failure('not-a-workshop-copy', 'location', { location: input.location });
      // The fresh copy is made whole beside the old one first, so a failure leaves her copy as it was.
      job.progress(0, 2, 'copying');
      const fresh = `${path.value}.resetting`;
      removeFundFile(fresh);
      const copied = await copyOf(master, fresh);
      if (!copied.ok) {
        removeFundFile(fresh);
        return copied;
      }
      const openHere = host.funds.atPath(path.value);
      if (openHere) {
        await openHere.jobs.idle();
        if (host.funds.get(openHere.handle)) host.funds.close(openHere);
      }
      // One rename replaces the file whole: never a moment with no copy at all.
      renameSync(fresh, path.value);
      job.progress(2, 2, 'done');
      return host.open(path.value, false);
    },
  };
}
