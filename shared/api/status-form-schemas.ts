import { z } from 'zod';
import { plainNote, plainText } from './common-schemas';

/**
 * The parts of CODI's status form (แบบแสดงสถานะกองทุนสวัสดิการชุมชน, domain §(a)2) that the fund's data cannot
 * answer: typed once per fiscal year and kept. Where the form offers boxes to tick the answer is a choice (or a
 * list of choices) from the form's own options; where it leaves lines to write, it is text. §8 (the committee)
 * is typed here until the committee records fill it.
 */

/** A ticked set of the form's boxes: each box once, at most all of them. */
const choices = <T extends readonly [string, ...string[]]>(options: T) =>
  z
    .array(z.enum(options))
    .max(options.length)
    .default([])
    .refine((values) => new Set(values).size === values.length, { message: 'duplicate-choice' });
/** One box of several (the form says "pick one"), or none yet. */
const oneOf = <T extends readonly [string, ...string[]]>(options: T) => z.enum(options).nullable().default(null);
/** The line beside a box "อื่นๆ (ระบุ)". */
const otherText = plainText(200);

export const committeeCompositions = ['member-representatives', 'local-government', 'headmen', 'monks', 'experts', 'other'] as const;

/** §8 the committee: how many, who they represent, and the list as the form prints it. */
export const committeeAnswers = z.strictObject({
  memberCount: z.int().min(0).max(200).nullable().default(null),
  composition: choices(committeeCompositions),
  compositionOther: otherText,
  members: z
    .array(
      z.strictObject({
        fullName: plainText(120),
        fundPosition: plainText(120),
        communityRole: plainText(120),
        phone: plainText(40),
      }),
    )
    .max(60)
    .default([]),
});

export const ruleSubjects = ['members', 'committee', 'welfare', 'other'] as const;
export const memberDataPlaces = ['paper-book', 'computer-file', 'welfare-database', 'other'] as const;
export const committeeMeetingFrequencies = ['monthly', 'more-than-monthly', 'less-than-monthly', 'other'] as const;
export const memberMeetingFrequencies = ['every-3-months', 'every-6-months', 'yearly', 'other'] as const;
export const minutesHabits = ['every-time', 'sometimes'] as const;
export const minutesPlaces = ['paper', 'computer'] as const;
export const bookkeepingStates = ['current-reports', 'not-current', 'yearly-summary', 'monthly-summary', 'other'] as const;
export const monitoringIntervals = ['every-3-months', 'every-6-months', 'every-12-months'] as const;
export const reportingAudiences = ['members-committee', 'local-government', 'agencies', 'notice-board', 'other'] as const;

/** §9 the management system (9.1–9.7). */
export const managementAnswers = z.strictObject({
  rules: choices(ruleSubjects),
  rulesOther: otherText,
  memberData: choices(memberDataPlaces),
  memberDataOther: otherText,
  committeeMeetings: oneOf(committeeMeetingFrequencies),
  committeeMeetingsOther: otherText,
  memberMeetings: oneOf(memberMeetingFrequencies),
  memberMeetingsOther: otherText,
  minutes: oneOf(minutesHabits),
  minutesKept: choices(minutesPlaces),
  bookkeeping: choices(bookkeepingStates),
  bookkeepingOther: otherText,
  internalMonitoring: oneOf(monitoringIntervals),
  externalMonitoring: oneOf(monitoringIntervals),
  reporting: choices(reportingAudiences),
  reportingOther: otherText,
});

export const developmentLinks = [
  'savings-groups',
  'community-enterprise',
  'community-council',
  'community-plan',
  'land-housing',
  'natural-resources',
  'sustainable-agriculture',
  'learning-centre',
  'health',
  'drugs',
  'culture-religion',
  'youth-elderly-disadvantaged',
  'other',
] as const;

/** §11 links between welfare and other development work. */
export const linkageAnswers = z.strictObject({
  links: choices(developmentLinks),
  linksOther: otherText,
  details: plainNote(1000),
});

export const localGovernmentSupports = ['budget-matching', 'activity-budget', 'advice', 'staff', 'office-space', 'other'] as const;
export const supportingAgencies = [
  'provincial-governor',
  'social-development-office',
  'community-development-office',
  'spp-centre',
  'codi',
  'nhso',
  'nhco',
  'thaihealth',
  'health-systems-foundation',
  'other',
] as const;

/** §12 support received: from local government, from agencies, from the private sector. */
export const supportAnswers = z.strictObject({
  localGovernment: choices(localGovernmentSupports),
  localGovernmentOther: otherText,
  agencies: choices(supportingAgencies),
  agenciesOther: otherText,
  privateSector: plainNote(1000),
});

const planRows = z
  .array(z.strictObject({ activity: plainText(200), approach: plainNote(500), result: plainNote(500) }))
  .max(30)
  .default([]);

/** §13 development plans: the fund's own, a joint plan, a social plan (from matching round 3 on). */
export const planAnswers = z.strictObject({ own: planRows, joint: planRows, social: planRows });

/** §14 problems and how they were solved. */
export const problemAnswers = z.strictObject({ problems: plainNote(2000), solutions: plainNote(2000) });

/** §15 suggestions. */
export const suggestionAnswers = z.strictObject({ suggestions: plainNote(2000) });

/** Each questionnaire section of the form, by the key the API and the table use, with its answers' shape. */
export const statusFormSectionSchemas = {
  committee: committeeAnswers,
  management: managementAnswers,
  linkages: linkageAnswers,
  support: supportAnswers,
  plans: planAnswers,
  problems: problemAnswers,
  suggestions: suggestionAnswers,
} as const;

export type StatusFormSection = keyof typeof statusFormSectionSchemas;
export const statusFormSections = Object.keys(statusFormSectionSchemas) as StatusFormSection[];

/** The form's own section number of each part, as the screen and the printed form head them. */
export const statusFormSectionNumbers: Record<StatusFormSection, string> = {
  committee: '8',
  management: '9',
  linkages: '11',
  support: '12',
  plans: '13',
  problems: '14',
  suggestions: '15',
};

export type StatusFormAnswersOf<S extends StatusFormSection> = z.output<(typeof statusFormSectionSchemas)[S]>;
export type StatusFormSectionAnswers = { [S in StatusFormSection]: StatusFormAnswersOf<S> };

/** A fiscal year as the API names it (Decision 4): the C.E. year it ends in. A B.E. year (2569) is refused. */
export const fiscalYear = z.int().min(1950, { message: 'fiscal-year-range' }).max(2200, { message: 'fiscal-year-range' });

/** One section's saved answers, typed by the section they belong to. */
export type SaveStatusSection = {
  [S in StatusFormSection]: { fiscalYear: number; section: S; expectedVersion: number; answers: StatusFormAnswersOf<S> };
}[StatusFormSection];

const sectionKey = z.enum([
  'committee',
  'management',
  'linkages',
  'support',
  'plans',
  'problems',
  'suggestions',
] satisfies StatusFormSection[]);

/**
 * Saving one section: its answers, whole, with the version the screen read (0 when the year had none). The answers
 * are checked against the named section's schema, each problem reported on its own field under `answers.`; the
 * input stays one plain object, so `swf methods` prints it as one.
 */
export const saveStatusSectionInput = z
  .strictObject({
    fiscalYear,
    section: sectionKey,
    expectedVersion: z.int().min(0),
    answers: z.record(z.string(), z.unknown()).default({}),
  })
  .transform((input, context): SaveStatusSection => {
    const parsed = statusFormSectionSchemas[input.section].safeParse(input.answers);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) context.addIssue({ ...issue, path: ['answers', ...issue.path] });
      return z.NEVER;
    }
    return { ...input, answers: parsed.data } as SaveStatusSection;
  });
