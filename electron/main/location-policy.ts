import type { ApiResult } from '../../shared/api/api-result';

const fundExtension = '.swfund';

/**
 * What main does with a file-level call before relaying it (A2: in Electron, paths come from the system
 * dialogs). The page never names a path by itself: it may re-open a path main has already shown it (the
 * fund folder's list, the recent list, a file chosen in a dialog or given by the system), and anything else
 * goes through a dialog where the user picks the file.
 */
export type LocationDecision =
  | { kind: 'relay' }
  /** `any`: a file the person brings to the app (not a fund file); `region`: a regional workspace (.swregion). */
  | { kind: 'open-dialog'; files?: 'any' | 'region' }
  /** `document`: a PDF or workbook the backend made, saved where the person chooses; `region`: a new workspace. */
  | { kind: 'save-dialog'; defaultPath: string; files?: 'document' | 'region' }
  /** A folder the backend writes into: "Copy to…" a USB drive. */
  | { kind: 'folder-dialog' }
  /** A path the page named by itself where only one main has shown it may stand (a copy's source file). */
  | { kind: 'refuse' };

export type LocationPolicy = {
  decide: (method: string, input: unknown) => LocationDecision;
  /** Paths in a relayed answer (funds.list, funds.recent, an opened fund) become ones the page may re-open. */
  rememberAnswer: (method: string, result: ApiResult<unknown>) => void;
  /** A path the user chose in a dialog or double-clicked in the file manager. */
  rememberPath: (path: string) => void;
};

function sourceLocationOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const source = (input as { source?: unknown }).source;
  return locationOf(source);
}

function locationOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const location = (input as { location?: unknown }).location;
  return typeof location === 'string' ? location : undefined;
}

/** The page's suggestion, reduced to a plain file name: it may propose a name, never a folder. */
export function suggestedFileName(location: string | undefined): string {
  const name =
    (location ?? '')
      .split(/[\\/]/)
      .pop()
      ?.replace(/[\u0000-\u001f:*?"<>|]/g, '')
      .trim() ?? '';
  const stem = name.toLowerCase().endsWith(fundExtension) ? name.slice(0, -fundExtension.length) : name;
  return `${stem.replace(/^\.+/, '') || 'fund'}${fundExtension}`;
}

/** A document's suggested name, reduced to a plain .pdf or .xlsx file name. */
export function suggestedDocumentName(location: string | undefined): string {
  const name = suggestedFileName(location).slice(0, -fundExtension.length);
  return /\.(pdf|xlsx)$/i.test(name) ? name : `${name}.pdf`;
}

/** The path of a .swfund file given on the command line by the file association (Windows, Linux). */
export function fundFileArgument(argv: readonly string[]): string | undefined {
  return [...argv].reverse().find((argument) => !argument.startsWith('-') && argument.toLowerCase().endsWith(fundExtension));
}

export function createLocationPolicy(options: {
  fundsFolder: string;
  /** Where new regional workspaces are suggested (SWF_HOME/Regions). */
  regionsFolder?: string;
  exportsFolder: string;
  join: (...parts: string[]) => string;
}): LocationPolicy {
  const known = new Set<string>();
  const remember = (location: unknown) => {
    if (typeof location === 'string' && location !== '') known.add(location);
  };

  return {
    decide(method, input) {
      // "Open a copy" and "move to this computer" name the file to copy as opening does, and a restore's list of
      // backups names the fund it restores: one main has shown.
      if (method === 'funds.open' || method === 'funds.openCopy' || method === 'backups.find') {
        const location = locationOf(input);
        return location !== undefined && known.has(location) ? { kind: 'relay' } : { kind: 'open-dialog' };
      }
      // A restore goes over a fund file main has shown the page (or the one a picked backup belongs to); any other
      // place is chosen by the user, as for a new fund.
      if (method === 'backups.restore') {
        const location = locationOf(input);
        if (location !== undefined && known.has(location)) return { kind: 'relay' };
        return { kind: 'save-dialog', defaultPath: options.join(options.fundsFolder, suggestedFileName(location)) };
      }
      if (method === 'files.save') {
        return {
          kind: 'save-dialog',
          defaultPath: options.join(options.exportsFolder, suggestedDocumentName(locationOf(input))),
          files: 'document',
        };
      }
      if (method === 'files.receive') return { kind: 'open-dialog', files: 'any' };
      // A regional workspace (issue 18 §4) is opened from a path main has shown (the Regions list) or a dialog.
      if (method === 'regions.open') {
        const location = locationOf(input);
        return location !== undefined && known.has(location) ? { kind: 'relay' } : { kind: 'open-dialog', files: 'region' };
      }
      if (method === 'regions.create') {
        const folder = options.regionsFolder ?? options.fundsFolder;
        return { kind: 'save-dialog', defaultPath: options.join(folder, 'region.swregion'), files: 'region' };
      }
      if (method === 'files.folder') return { kind: 'folder-dialog' };
      // "Save a copy" of a fund not open reads the file the start screen listed; any other path is refused.
      const source = method === 'funds.saveCopy' ? sourceLocationOf(input) : undefined;
      if (source !== undefined && !known.has(source)) return { kind: 'refuse' };
      if (method === 'funds.create' || method === 'funds.saveCopy') {
        return { kind: 'save-dialog', defaultPath: options.join(options.fundsFolder, suggestedFileName(locationOf(input))) };
      }
      return { kind: 'relay' };
    },
    rememberAnswer(method, result) {
      if (!result.ok) return;
      const value = result.value as Record<string, unknown> | unknown[] | null;
      if (method === 'funds.list' && value && !Array.isArray(value) && Array.isArray(value.funds)) {
        for (const entry of value.funds as Array<{ location?: unknown }>) remember(entry.location);
      } else if (method === 'regions.list' && value && !Array.isArray(value) && Array.isArray(value.workspaces)) {
        for (const entry of value.workspaces as Array<{ location?: unknown }>) remember(entry.location);
      } else if (
        (method === 'regions.open' || method === 'regions.create' || method === 'regions.current') &&
        value &&
        !Array.isArray(value)
      ) {
        remember(value.location);
      } else if (method === 'funds.recent' && Array.isArray(value)) {
        for (const entry of value as Array<{ location?: unknown }>) remember(entry?.location);
      } else if (
        (method === 'funds.open' || method === 'funds.create' || method === 'funds.current' || method === 'funds.openCopy') &&
        value &&
        !Array.isArray(value)
      ) {
        remember(value.location);
      } else if ((method === 'backups.find' || method === 'backups.inspect') && value && !Array.isArray(value)) {
        remember((value.target as { location?: unknown } | undefined)?.location);
      } else if (method === 'backups.restore' && value && !Array.isArray(value)) {
        remember((value.fund as { location?: unknown } | undefined)?.location);
      }
    },
    rememberPath: remember,
  };
}
