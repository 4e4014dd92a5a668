import i18next from 'i18next';
import type { AssessmentLine, CertificationLink } from '../../../shared/api/certification-types';
import type { CriterionStatus, PartStatus } from '../../../shared/domain/certification/assessment';
import { displayParams } from '../../../shared/i18n/message-params';
import type { Route } from '../../app/route';

/** A line of evidence or of what to fix, in the screen's language: dates in B.E., money in baht (A5). */
export function lineText(line: AssessmentLine): string {
  const language = i18next.language === 'en' ? 'en' : 'th';
  const t = i18next.getFixedT(language);
  return t(
    line.code,
    displayParams(line.code, line.params, language, (name, options) => t(name, options)),
  );
}

/** The page a part's evidence opens. */
export function linkRoute(link: CertificationLink | null): Route | null {
  return link;
}

/** The three lights: green passes, red fails, amber cannot be fully checked yet. */
export const lightColours: Record<CriterionStatus, string> = { pass: '#389e0d', fail: '#cf1322', incomplete: '#d48806' };
export const partColours: Record<PartStatus, string> = {
  pass: 'green',
  fail: 'red',
  'not-applicable': 'default',
  'not-yet-available': 'gold',
};
