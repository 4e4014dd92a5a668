/**
 * The essential content of a fund's bylaws (domain §(e)3): six groups of clauses, each made of the items a
 * bylaw must say something about. Groups 1–4 follow the status form's §9.1 grouping (members, committee,
 * welfare, other); finance and the general meeting are the handbook's recommendation. A bylaw version's
 * checklist records, for each item it covers, where it is found; a group is covered when all its items are,
 * and certification criterion 3 asks for every group. Labels are in the translation files under
 * `bylaws.items.<item>` and `bylaws.groups.<group>`.
 */
export const essentialClauseGroups = [
  { group: 'identity', items: ['identity.name', 'identity.office', 'identity.objectives'] },
  {
    group: 'membership',
    items: ['membership.qualifications', 'membership.admission', 'membership.contribution', 'membership.termination'],
  },
  { group: 'committee', items: ['committee.composition', 'committee.term', 'committee.duties', 'committee.meetings'] },
  { group: 'welfare', items: ['welfare.types', 'welfare.conditions', 'welfare.waiting-periods', 'welfare.amounts'] },
  { group: 'finance', items: ['finance.sources', 'finance.custody', 'finance.spending-approval', 'finance.admin-cost-cap'] },
  { group: 'general-meeting', items: ['general-meeting.meetings', 'general-meeting.amendment'] },
] as const;

export type ClauseGroup = (typeof essentialClauseGroups)[number]['group'];
export type ClauseItem = (typeof essentialClauseGroups)[number]['items'][number];

export const clauseItems: readonly ClauseItem[] = essentialClauseGroups.flatMap((entry) => entry.items);

export function isClauseItem(value: string): value is ClauseItem {
  return (clauseItems as readonly string[]).includes(value);
}

/** Each group with the items a checklist leaves out; a group with none missing is covered. */
export function clauseCoverage(covered: Iterable<string>): { group: ClauseGroup; missing: ClauseItem[] }[] {
  const found = new Set(covered);
  return essentialClauseGroups.map((entry) => ({ group: entry.group, missing: entry.items.filter((item) => !found.has(item)) }));
}
