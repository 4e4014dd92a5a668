import { clauseCoverage } from '../bylaws/clause-groups';
import type { CalendarDate } from '../calendar-date';
import { judgedPart, line, type AssessmentPart } from './assessment';

export type BylawFacts = {
  asOf: CalendarDate;
  /** The version in force on the day: the latest adopted on or before it; its checklist's covered items. */
  inForce: { versionNo: number; amendmentNo: number; title: string; adoptedOn: CalendarDate; coveredItems: string[] } | null;
};

/** Criterion 3, มีข้อบังคับ/ระเบียบที่มีสาระสำคัญ: a bylaw in force whose checklist covers every essential group. */
export function bylawParts(facts: BylawFacts): AssessmentPart[] {
  const bylaw = facts.inForce;
  const link = { page: 'bylaws' } as const;
  const bylawPart = judgedPart(
    'bylaw',
    bylaw !== null,
    [
      bylaw
        ? line('evidence.bylaw', { versionNo: bylaw.versionNo, amendmentNo: bylaw.amendmentNo, title: bylaw.title, date: bylaw.adoptedOn })
        : line('evidence.bylaw-none', { date: facts.asOf }),
    ],
    [line('fix.bylaw')],
    link,
  );
  const coverage = clauseCoverage(bylaw?.coveredItems ?? []);
  const uncovered = coverage.filter((entry) => entry.missing.length > 0);
  const clausesPart = judgedPart(
    'clauses',
    bylaw !== null && uncovered.length === 0,
    coverage.map((entry) =>
      entry.missing.length === 0
        ? line(`evidence.group-covered.${entry.group}`)
        : line(`evidence.group-missing.${entry.group}`, { missing: entry.missing.length }),
    ),
    uncovered.map((entry) => line(`fix.group.${entry.group}`)),
    link,
  );
  return [bylawPart, clausesPart];
}
