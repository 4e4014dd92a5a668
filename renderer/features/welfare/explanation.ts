import i18next from 'i18next';
import { formatDate, formatPeriod } from '../../../shared/domain/buddhist-date';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import type { ExplanationLine } from '../../../shared/domain/welfare/decide-claim';

const moneyParams = new Set(['amount', 'cap', 'used', 'paid', 'perUnit', 'perYear', 'gross', 'deducted', 'net']);
const moneyCodes = new Set([
  'welfare.amount-per-event',
  'welfare.tier',
  'welfare.tier-extra',
  'welfare.amount-per-unit',
  'welfare.amount-per-event-cap',
  'welfare.yearly-amount',
  'welfare.lifetime-amount',
  'welfare.pay',
  'welfare.arrears-deducted',
  'welfare.net-payable',
  'welfare.payee-share',
]);

/**
 * One explanation line of the welfare engine in the screen's language (A5: lines are codes and parameters,
 * translated where shown). Satang become baht, fiscal years and dates B.E., units and kinds words.
 */
export function explanationText(line: ExplanationLine, fixedLanguage?: 'th' | 'en'): string {
  // Printed papers are always Thai (Decision 20); the screen follows the chosen language.
  const language = fixedLanguage ?? (i18next.language === 'en' ? 'en' : 'th');
  const t = i18next.getFixedT(language);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(line.params)) {
    if (typeof value === 'number' && moneyParams.has(name) && moneyCodes.has(line.code)) params[name] = formatBaht(value);
    else if (name === 'fiscalYear' && typeof value === 'number') params[name] = toBuddhistYear(value);
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) params[name] = formatDate(value, language);
    else if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) params[name] = formatPeriod(value, language);
    else if (name === 'unit' || name === 'recipient' || name === 'gender' || name === 'required')
      params[name] = t(`ui.welfare.words.${String(value)}`, { defaultValue: String(value) });
    else params[name] = value;
  }
  return t(line.code, params);
}
