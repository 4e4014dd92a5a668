import i18next, { type TFunction } from 'i18next';
import type { ApiError } from '../../shared/api/api-result';
import { formatDate, formatInstant, formatPeriod } from '../../shared/domain/buddhist-date';
import { formatBaht } from '../../shared/domain/money/money-format';
import en from '../../shared/i18n/en.json';
import th from '../../shared/i18n/th.json';
import type { DomainError } from '../../shared/domain/result';
import type { ExplanationLine } from '../../shared/domain/welfare/decide-claim';
import { displayParams, messageKeyOf, type MessageParams } from '../../shared/i18n/message-params';

/**
 * The backend renders every error in both languages from the shared translation files (A5), so the renderer,
 * the CLI and the tests all show the same words.
 */
const instances = new Map<'th' | 'en', TFunction>();
for (const [language, resources] of [
  ['th', th],
  ['en', en],
] as const) {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    resources: { [language]: { translation: resources } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instances.set(language, instance.t.bind(instance));
}

function translator(language: 'th' | 'en'): TFunction {
  const t = instances.get(language);
  if (!t) throw new Error(`no translator for ${language}`);
  return t;
}

/** A dotted input path like `profile.beneficiaries.0.share` is labelled by its last named segment. */
export function fieldKey(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const named = field.split('.').filter((segment) => !/^\d+$/.test(segment));
  return named[named.length - 1];
}

function renderParams(language: 'th' | 'en', error: DomainError): Record<string, string | number> {
  const t = translator(language);
  const params: Record<string, string | number> = { ...(error.params ?? {}) };
  const key = fieldKey(error.field);
  params.fieldLabel = key ? t(`fields.${key}`, { defaultValue: key }) : t('fields.input-root');
  if (typeof params.period === 'string') params.periodLabel = formatPeriod(params.period, language);
  for (const name of ['expected', 'arrears', 'benefit', 'lineAmount', 'amount', 'ceiling', 'receipts', 'payments', 'difference'] as const) {
    const value = params[name];
    if (typeof value === 'number') params[`${name}Text`] = formatBaht(value);
  }
  // Dates in a message read as the screen and paper show them: B.E. (Decision 3); the raw params keep ISO.
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      params[name] = formatDate(value, language);
      params[`${name}Label`] = params[name];
    }
  }
  Object.assign(params, fundFileParams(language, params));
  // A reason may quote its own params (a date's plausible range), so it is rendered once dates read as B.E.
  if (typeof params.reason === 'string') params.reasonText = t(`reasons.${params.reason}`, { ...params, defaultValue: params.reason });
  if (typeof params.amountKind === 'string')
    params.amountKindLabel = t(`amountKinds.${params.amountKind}`, { defaultValue: params.amountKind });
  // Money by the message's own table (a cap's `used` is baht in one message and a count in another), fiscal
  // years in B.E., welfare words: the same rules as the screen's explanations.
  Object.assign(params, displayParams(`errors.${error.code}`, params, language, t));
  for (const name of ['status', 'current'] as const) {
    const value = params[name];
    if (typeof value === 'string') params[`${name}Label`] = t(`statuses.${value}`, { defaultValue: value });
  }
  // What a resolution decides and its decision by their words (รับสมาชิก, อนุมัติ), not their codes.
  for (const name of ['targetKind', 'foundKind'] as const) {
    const value = params[name];
    if (typeof value === 'string') params[`${name}Label`] = t(`ui.meetings.targets.${value}`, { defaultValue: value });
  }
  if (typeof params.decision === 'string')
    params.decisionLabel = t(`ui.meetings.decisions.${params.decision}`, { defaultValue: params.decision });
  // A bylaw version by its words (ฉบับเดิม, แก้ไขครั้งที่ 2), not its number.
  if (typeof params.amendmentNo === 'number')
    params.amendmentLabel =
      params.amendmentNo === 0 ? t('ui.bylaws.original') : t('ui.bylaws.amendment', { amendmentNo: params.amendmentNo });
  // A committee office by its words (ประธาน), not its code.
  if (typeof params.position === 'string')
    params.positionLabel = t(`committee.positions.${params.position}`, { defaultValue: params.position });
  // The roles a refused call needs, by their words (เหรัญญิก หรือ เลขานุการ), not their codes.
  if (typeof params.roles === 'string')
    params.rolesText = params.roles
      .split(',')
      .map((role) => t(`roles.${role}`, { defaultValue: role }))
      .join(t('roles.or'));
  // A reused request id: what it was used for, and where the two requests differ, in words.
  if (typeof params.differences === 'string') {
    const fields = params.differences.split(',').filter((field) => field !== '');
    params.methodLabel = typeof params.method === 'string' ? t(`methods.${params.method}`, { defaultValue: params.method }) : '';
    params.differencesText =
      fields.length > 0
        ? fields.map((field) => t(`fields.${fieldKey(field) ?? field}`, { defaultValue: field })).join(', ')
        : t(params.otherMethod === 1 ? 'requests.otherMethod' : 'requests.unknownDifferences');
  }
  // A batch line's own error is rendered inside the batch error, with the same parameters.
  if (typeof params.lineCode === 'string') params.detail = t(`errors.${params.lineCode}`, { ...params, defaultValue: params.lineCode });
  // An ineligible claim's own reason, rendered inside the refusal to record it.
  if (typeof params.refusalCode === 'string') params.detail = refusalText(language, params.refusalCode, error.params ?? {});
  return params;
}

/**
 * Words for opening refusals and read-only funds: who holds a fund open elsewhere and since when (in Thai time,
 * B.E.), what is damaged, why a fund is open only to look. Always defined, so a message reads whole without them.
 */
function fundFileParams(language: 'th' | 'en', params: Readonly<Record<string, string | number>>): Record<string, string> {
  const t = translator(language);
  const words: Record<string, string> = { holderText: '', damageText: '', readOnlyReasonText: '' };
  if (typeof params.holderMode === 'string' && typeof params.holderSince === 'string') {
    words.holderText = t('holders.text', {
      mode: t(`holders.modes.${params.holderMode}`, { defaultValue: params.holderMode }),
      user: params.holderUser ?? '',
      host: params.holderHost ?? '',
      since: formatInstant(params.holderSince, language),
    });
  }
  if (typeof params.damage === 'string') words.damageText = t(`damages.${params.damage}`, { defaultValue: params.damage });
  if (typeof params.readOnlyReason === 'string')
    words.readOnlyReasonText = t(`readOnlyReasons.${params.readOnlyReason}`, { ...params, defaultValue: params.readOnlyReason });
  return words;
}

function refusalText(language: 'th' | 'en', code: string, params: Readonly<MessageParams>): string {
  const t = translator(language);
  const key = `errors.${code}`;
  return t(key, { ...displayParams(key, params, language, t), defaultValue: code });
}

/**
 * An explanation line of the welfare engine as a sentence in both languages: the CLI prints these beside the
 * codes (A5: lines are translated where they are shown; the screen does the same with the same rules).
 */
export function explanationSentences(line: ExplanationLine): { th: string; en: string } {
  const key = messageKeyOf(line.code, line.params);
  const sentence = (language: 'th' | 'en') => {
    const t = translator(language);
    return t(key, { ...displayParams(key, line.params, language, t), defaultValue: line.code });
  };
  return { th: sentence('th'), en: sentence('en') };
}

/** A decision's refusal (an ineligible claim's reason) as a sentence in both languages. */
export function refusalSentences(refusal: DomainError): { th: string; en: string } {
  return { th: refusalText('th', refusal.code, refusal.params ?? {}), en: refusalText('en', refusal.code, refusal.params ?? {}) };
}

export function translateError(error: DomainError): ApiError {
  const message = {
    th: translator('th')(`errors.${error.code}`, { ...renderParams('th', error), defaultValue: error.code }),
    en: translator('en')(`errors.${error.code}`, { ...renderParams('en', error), defaultValue: error.code }),
  };
  const result: ApiError = { code: error.code, message };
  if (error.field !== undefined) result.field = error.field;
  if (error.params !== undefined) result.params = error.params;
  return result;
}

/** Text printed on documents, which are always in Thai (Decision 20), from the same translation files. */
export function documentText(key: string, params: Record<string, string | number> = {}): string {
  return translator('th')(key, params);
}

/** A text in both languages (the member import's header words, which a sheet may have in either). */
export function bothTexts(key: string): { th: string; en: string } {
  return { th: translator('th')(key), en: translator('en')(key) };
}

/** A village as papers and lists name it: "หมู่ 3 บ้านหนองบัว", or only the name of a community without a หมู่. */
export function villageLabel(village: { moo: number | null; name: string }): string {
  const moo = village.moo === null ? '' : documentText('documents.common.moo', { moo: village.moo });
  return [moo, village.name].filter((part) => part !== '').join(' ');
}
