import i18next from 'i18next';
import type { Decision, ExplanationLine } from '../../../shared/domain/welfare/decide-claim';
import { displayParams, messageKeyOf } from '../../../shared/i18n/message-params';

/**
 * One explanation line of the welfare engine in the screen's language (A5: lines are codes and parameters,
 * translated where shown). Satang become baht, fiscal years and dates B.E., units and kinds words — by the same
 * rules as the backend's messages (shared/i18n/message-params.ts). A refusal is shown the same way, with the
 * key `errors.<code>`.
 */
export function explanationText(line: ExplanationLine, fixedLanguage?: 'th' | 'en'): string {
  // Printed papers are always Thai (Decision 20); the screen follows the chosen language.
  const language = fixedLanguage ?? (i18next.language === 'en' ? 'en' : 'th');
  const t = i18next.getFixedT(language);
  const key = messageKeyOf(line.code, line.params);
  return t(
    key,
    displayParams(key, line.params, language, (name, options) => t(name, options)),
  );
}

/** Why a decision pays nothing, as one sentence (money in baht, dates in B.E.); empty for an eligible one. */
export function refusalText(decision: Pick<Decision, 'refusal'>, fixedLanguage?: 'th' | 'en'): string {
  const refusal = decision.refusal;
  return refusal ? explanationText({ code: `errors.${refusal.code}`, params: refusal.params ?? {} }, fixedLanguage) : '';
}
