import type { FormInstance } from 'antd';
import i18next from 'i18next';
import type { ApiError, LocalizedText } from '../../shared/api/api-result';

/** Backend messages arrive already rendered in both languages (A5); the UI only picks one. */
export function localized(text: LocalizedText): string {
  return i18next.language === 'en' ? text.en : text.th;
}

type FieldOptions = {
  /** The input-shape prefix the form does not have, e.g. `profile.` for members.update. */
  stripPrefix?: string;
  /** Input field → form field, where the form holds the value in another shape (satang typed as baht text). */
  aliases?: Record<string, string>;
};

/**
 * Shows a backend refusal on the form field it names (a dotted path such as `beneficiaries.0.share` becomes
 * antd's name path). Returns false when no field of this form matched, so the caller shows it above the form.
 */
export function showErrorOnForm(form: FormInstance, error: ApiError, options: FieldOptions = {}): boolean {
  if (!error.field) return false;
  const { stripPrefix = '', aliases = {} } = options;
  const stripped = stripPrefix && error.field.startsWith(stripPrefix) ? error.field.slice(stripPrefix.length) : error.field;
  const path = aliases[stripped] ?? aliases[error.field] ?? stripped;
  const name = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  form.setFields([{ name, errors: [localized(error.message)] }]);
  // A name with no field on screen keeps no error: then the message belongs above the form.
  if (form.getFieldError(name).length === 0) return false;
  form.scrollToField(name, { block: 'center' });
  return true;
}
