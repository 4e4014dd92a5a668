import type { FormInstance } from 'antd';
import type { ApiError, LocalizedText } from '../../shared/api/api-result';
import i18next from 'i18next';

export function localized(text: LocalizedText): string {
  return i18next.language === 'en' ? text.en : text.th;
}

/**
 * Shows a backend refusal on the form field it names (dotted path → antd name path), with the prefix of the
 * input shape stripped (e.g. `profile.`). Returns false when no field matched, so the caller shows it above.
 */
export function showErrorOnForm(form: FormInstance, error: ApiError, stripPrefix = ''): boolean {
  if (!error.field) return false;
  const path = error.field.startsWith(stripPrefix) ? error.field.slice(stripPrefix.length) : error.field;
  const name = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const known = form.getFieldsValue(true) as Record<string, unknown>;
  if (!(String(name[0]) in known)) return false;
  form.setFields([{ name, errors: [localized(error.message)] }]);
  form.scrollToField(name);
  return true;
}
