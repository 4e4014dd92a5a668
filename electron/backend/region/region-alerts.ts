import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionAlert } from '../../../shared/api/region-types';
import { translateError } from '../messages';

/**
 * The alerts of the workspace's home (issue 18 §4), one JSON file each in `quarantine/alerts/`, named by the
 * refused file's SHA-256. They live beside the workspace, never in it: a refused file must leave the .swregion
 * byte for byte as it was (reliability §(c)), and an alert is raised by a refusal. The quarantine's own notes
 * (quarantine.ts) stay the log of every refusal; this folder holds only what waits for an officer.
 */
export type StoredAlert = Omit<RegionAlert, 'message'> & {
  state: 'open' | 'acknowledged' | 'resolved';
  closedBy?: { officer: string; at: string; note: string };
};

function alertsFolder(quarantineFolder: string): string {
  return join(quarantineFolder, 'alerts');
}

function alertPath(quarantineFolder: string, id: string): string {
  return join(alertsFolder(quarantineFolder), `${id}.json`);
}

/** Written whole beside itself, then renamed over: an alert is never read half-written. */
export function saveAlert(quarantineFolder: string, alert: StoredAlert): void {
  mkdirSync(alertsFolder(quarantineFolder), { recursive: true });
  const path = alertPath(quarantineFolder, alert.id);
  writeFileSync(`${path}.partial`, `${JSON.stringify(alert, null, 2)}\n`);
  renameSync(`${path}.partial`, path);
}

export function readAlert(quarantineFolder: string, id: string): StoredAlert | undefined {
  const path = alertPath(quarantineFolder, id);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as StoredAlert) : undefined;
}

/** The message an alert shows: the refusal's own sentence in Thai and English (A5). */
function messageOf(alert: Omit<RegionAlert, 'message'>): { th: string; en: string } {
  const params: Record<string, string | number> =
    alert.kind === 'key-mismatch'
      ? { fingerprint: alert.fingerprint, pinned: alert.pinnedFingerprint }
      : { sequence: alert.sequence, lastSequence: alert.lastSequence ?? 0 };
  return translateError({ code: `sync-${alert.kind}`, params }).message;
}

/** The alerts still open, newest first. */
export function openAlerts(quarantineFolder: string): RegionAlert[] {
  const folder = alertsFolder(quarantineFolder);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^[0-9a-f]{64}\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as StoredAlert)
    .filter((alert) => alert.state === 'open')
    .sort((left, right) => right.raisedAt.localeCompare(left.raisedAt) || left.id.localeCompare(right.id))
    .map(({ state: _state, closedBy: _closedBy, ...alert }) => ({ ...alert, message: messageOf(alert) }));
}

/** Closes an alert: acknowledged by an officer, or resolved by what they did (a re-pin, a re-base). */
export function closeAlert(
  quarantineFolder: string,
  alert: StoredAlert,
  state: 'acknowledged' | 'resolved',
  by: { officer: string; at: string; note: string },
): void {
  saveAlert(quarantineFolder, { ...alert, state, closedBy: by });
}

/** Where the quarantine copied a refused file (what a re-pin or a re-base imports): `quarantine/<day>/<sha256>.swfsync`, whatever the day. */
export function quarantinedCopy(quarantineFolder: string, sha256: string): string | undefined {
  if (!existsSync(quarantineFolder)) return undefined;
  for (const day of readdirSync(quarantineFolder).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))) {
    const path = join(quarantineFolder, day, `${sha256}.swfsync`);
    if (existsSync(path)) return path;
  }
  return undefined;
}
