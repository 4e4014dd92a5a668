import { previousDay, type CalendarDate } from '../calendar-date';

/** What the in-force rule needs of a bylaw version; a voided one never counts. */
export type DatedBylawVersion = {
  readonly id: number;
  readonly amendmentNo: number;
  readonly adoptedOn: CalendarDate;
  readonly isVoided: boolean;
};

/** A version's days in force: from its adoption date until the day before the next version's (null: still now). */
export type InForcePeriod = { readonly from: CalendarDate; readonly until: CalendarDate | null };

const live = <V extends DatedBylawVersion>(versions: readonly V[]) =>
  versions.filter((version) => !version.isVoided).sort((left, right) => left.amendmentNo - right.amendmentNo);

/**
 * The version in force on `day`: the latest one adopted on or before it. Adoption dates rise with the amendment
 * number (a later date for each amendment is checked when it is recorded), so the latest is the highest number.
 */
export function bylawInForce<V extends DatedBylawVersion>(versions: readonly V[], day: CalendarDate): V | undefined {
  let found: V | undefined;
  for (const version of live(versions)) if (version.adoptedOn <= day) found = version;
  return found;
}

/** Each live version's days in force, by id: "in force from … until the day before the next". */
export function inForcePeriods(versions: readonly DatedBylawVersion[]): Map<number, InForcePeriod> {
  const ordered = live(versions);
  return new Map(
    ordered.map((version, index) => {
      const next = ordered[index + 1];
      return [version.id, { from: version.adoptedOn, until: next ? previousDay(next.adoptedOn) : null }];
    }),
  );
}

/** The amendment number a new version takes: 0 for the bylaw as first adopted, then one more than the latest. */
export function nextAmendmentNo(versions: readonly DatedBylawVersion[]): number {
  const ordered = live(versions);
  const latest = ordered[ordered.length - 1];
  return latest ? latest.amendmentNo + 1 : 0;
}

/** The latest live version: the one a new amendment follows, and the only one a void may take back. */
export function latestBylawVersion<V extends DatedBylawVersion>(versions: readonly V[]): V | undefined {
  const ordered = live(versions);
  return ordered[ordered.length - 1];
}
