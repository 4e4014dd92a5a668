import {
  bookkeepingStates,
  committeeCompositions,
  committeeMeetingFrequencies,
  developmentLinks,
  localGovernmentSupports,
  memberDataPlaces,
  memberMeetingFrequencies,
  minutesHabits,
  minutesPlaces,
  monitoringIntervals,
  reportingAudiences,
  ruleSubjects,
  supportingAgencies,
  type StatusFormSection,
} from './status-form-schemas';

/**
 * How each questionnaire section lays out, in the form's own order, on screen and in the printed status form: boxes to tick (`choices`), one of
 * several (`one`), a line (`text`), lines of text (`note`), a count, or a table of rows (`rows`, the committee list
 * and the plans). Field names are the API's; labels come from `fields.<name>`, options from
 * `ui.statusForm.options.<value>`.
 */
export type FieldSpec =
  | { kind: 'choices' | 'one'; name: string; options: readonly string[]; number?: string }
  | { kind: 'text' | 'note' | 'count'; name: string; number?: string }
  | { kind: 'rows'; name: string; columns: readonly { name: string; kind: 'text' | 'note' }[]; number?: string };

const committeeRow = [
  { name: 'fullName', kind: 'text' },
  { name: 'fundPosition', kind: 'text' },
  { name: 'communityRole', kind: 'text' },
  { name: 'phone', kind: 'text' },
] as const;
const planRow = [
  { name: 'activity', kind: 'text' },
  { name: 'approach', kind: 'note' },
  { name: 'result', kind: 'note' },
] as const;

export const sectionLayouts: Record<StatusFormSection, readonly FieldSpec[]> = {
  committee: [
    { kind: 'count', name: 'memberCount' },
    { kind: 'choices', name: 'composition', options: committeeCompositions, number: '8.1' },
    { kind: 'text', name: 'compositionOther' },
    { kind: 'rows', name: 'members', columns: committeeRow, number: '8.2' },
  ],
  management: [
    { kind: 'choices', name: 'rules', options: ruleSubjects, number: '9.1' },
    { kind: 'text', name: 'rulesOther' },
    { kind: 'choices', name: 'memberData', options: memberDataPlaces, number: '9.2' },
    { kind: 'text', name: 'memberDataOther' },
    { kind: 'one', name: 'committeeMeetings', options: committeeMeetingFrequencies, number: '9.3' },
    { kind: 'text', name: 'committeeMeetingsOther' },
    { kind: 'one', name: 'memberMeetings', options: memberMeetingFrequencies },
    { kind: 'text', name: 'memberMeetingsOther' },
    { kind: 'one', name: 'minutes', options: minutesHabits },
    { kind: 'choices', name: 'minutesKept', options: minutesPlaces },
    { kind: 'choices', name: 'bookkeeping', options: bookkeepingStates, number: '9.4' },
    { kind: 'text', name: 'bookkeepingOther' },
    { kind: 'one', name: 'internalMonitoring', options: monitoringIntervals, number: '9.5' },
    { kind: 'one', name: 'externalMonitoring', options: monitoringIntervals, number: '9.6' },
    { kind: 'choices', name: 'reporting', options: reportingAudiences, number: '9.7' },
    { kind: 'text', name: 'reportingOther' },
  ],
  linkages: [
    { kind: 'choices', name: 'links', options: developmentLinks },
    { kind: 'text', name: 'linksOther' },
    { kind: 'note', name: 'details' },
  ],
  support: [
    { kind: 'choices', name: 'localGovernment', options: localGovernmentSupports, number: '12.1' },
    { kind: 'text', name: 'localGovernmentOther' },
    { kind: 'choices', name: 'agencies', options: supportingAgencies, number: '12.2' },
    { kind: 'text', name: 'agenciesOther' },
    { kind: 'note', name: 'privateSector', number: '12.3' },
  ],
  plans: [
    { kind: 'rows', name: 'own', columns: planRow, number: '13.1' },
    { kind: 'rows', name: 'joint', columns: planRow, number: '13.2' },
    { kind: 'rows', name: 'social', columns: planRow, number: '13.3' },
  ],
  problems: [
    { kind: 'note', name: 'problems' },
    { kind: 'note', name: 'solutions' },
  ],
  suggestions: [{ kind: 'note', name: 'suggestions' }],
};
