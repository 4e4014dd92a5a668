import { formatDate, formatPeriod } from '../domain/buddhist-date';
import { toBuddhistYear } from '../domain/calendar-date';
import { formatBaht } from '../domain/money/money-format';

/**
 * How the parameters of a message (an error, an explanation line) read on screen and paper, in one place for the
 * backend's messages (electron/backend/messages.ts, so the CLI and every transport) and the renderer's
 * explanations: money in baht, dates and fiscal years in B.E. (Decision 3), months as "ต.ค. 2569", words of the
 * welfare vocabulary translated. The parameters themselves stay raw (satang, ISO dates) in the API.
 */

export type MessageParams = Record<string, string | number>;
export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type Language = 'th' | 'en';

/**
 * Which numeric parameters of a message are money (integer satang), by the message's key. The name alone cannot
 * say it: `used` and `cap` are baht in a yearly amount cap but a count of claims in a yearly count cap. Stored
 * decisions keep these names, so the table is the one place that knows.
 */
const moneyParams: Readonly<Record<string, readonly string[]>> = {
  'welfare.amount-per-event': ['amount'],
  'welfare.tier': ['amount'],
  'welfare.tier-extra': ['perYear', 'amount'],
  'welfare.amount-per-unit': ['perUnit', 'amount'],
  'welfare.amount-per-event-cap': ['amount', 'cap'],
  'welfare.yearly-amount': ['used', 'amount', 'cap', 'paid'],
  'welfare.lifetime-amount': ['used', 'amount', 'cap', 'paid'],
  'welfare.history-counted': ['amount'],
  'welfare.pay': ['amount'],
  'welfare.pay-whole': ['amount'],
  'welfare.arrears-deducted': ['amount'],
  'welfare.net-payable': ['gross', 'deducted', 'net'],
  'welfare.arrears-exceed-benefit': ['arrears', 'benefit'],
  'welfare.payee-share': ['amount'],
  'certification.evidence.section10-balanced': ['amount'],
  'certification.evidence.section10-unbalanced': ['amount'],
  'errors.claim-yearly-amount-cap-reached': ['used', 'cap'],
  'errors.claim-lifetime-amount-cap-reached': ['used', 'cap'],
  'errors.arrears-exceed-benefit': ['arrears', 'benefit'],
  'errors.amount-mismatch': ['expected'],
  'errors.history-amount-not-plan': ['expected'],
  'errors.account-below-zero': ['balance', 'shortfall'],
};

/** Parameters holding a word of the welfare vocabulary (a unit, a kind of recipient, a gender). */
const wordParams = new Set(['unit', 'recipient', 'gender', 'required']);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoPeriod = /^\d{4}-\d{2}$/;

/**
 * The translation key of an explanation line. A benefit paid per event has no units, and its "pay" line says
 * so instead of "(0 หน่วย)"; stored decisions keep the one code, so the choice is made where the line is shown.
 */
export function messageKeyOf(code: string, params: Readonly<MessageParams>): string {
  if (code === 'welfare.pay' && !(Number(params.units) > 0)) return 'welfare.pay-whole';
  return code;
}

/** The parameters of the message `key` as the reader sees them, in `language`. */
export function displayParams(key: string, params: Readonly<MessageParams>, language: Language, t: Translate): MessageParams {
  const money = new Set(moneyParams[key] ?? []);
  const shown: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number' && money.has(name)) shown[name] = formatBaht(value);
    else if ((name === 'fiscalYear' || name.endsWith('FiscalYear')) && typeof value === 'number') shown[name] = toBuddhistYear(value);
    else if (typeof value === 'string' && isoDate.test(value)) shown[name] = formatDate(value, language);
    else if (typeof value === 'string' && isoPeriod.test(value)) shown[name] = formatPeriod(value, language);
    else if (typeof value === 'string' && wordParams.has(name)) shown[name] = t(`ui.welfare.words.${value}`, { defaultValue: value });
    else shown[name] = value;
  }
  return shown;
}
