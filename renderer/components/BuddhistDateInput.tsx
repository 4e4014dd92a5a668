import { Input } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseBuddhistDate } from '../../shared/domain/buddhist-date';
import { isValidIsoDate } from '../../shared/domain/calendar-date';

type Props = {
  value?: string;
  onChange?: (value: string) => void;
  onPressEnter?: () => void;
  placeholder?: string;
  'data-testid'?: string;
  id?: string;
  style?: CSSProperties;
};

/** A whole, real ISO date: what a date field hands on once she has typed one. */
export const isIso = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidIsoDate(value);

/**
 * A date typed as วัน/เดือน/ปี พ.ศ. (Thai digits too) and handed to the form as ISO text (Decision 3). Text that is
 * not a real date is passed on as typed, so the form's rule can say so under the field; the input turns red
 * when she leaves it and, once valid, shows the date in words as its tooltip so a slip of the year is easy to see.
 */
export function BuddhistDateInput({ value, onChange, onPressEnter, placeholder, id, style, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const shown = value && isIso(value) ? formatDate(value, 'th', 'numeric') : (value ?? '');
  const [text, setText] = useState(shown);
  const [isFocused, setFocused] = useState(false);
  // A value set from outside (a reset, a default) shows as the date; the value her own typing made keeps her text,
  // or "30/11/25" on the way to "30/11/2569" would turn into 30/11/2525 under her fingers.
  useEffect(() => setText((current) => ((parseBuddhistDate(current) ?? current) === (value ?? '') ? current : shown)), [shown, value]);
  // Red only once she leaves the field: half-typed dates are not mistakes yet.
  const isBad = !isFocused && text.trim() !== '' && parseBuddhistDate(text) === undefined;
  return (
    <Input
      id={id}
      data-testid={rest['data-testid']}
      value={text}
      style={style}
      status={isBad ? 'error' : undefined}
      title={value && isIso(value) ? formatDate(value, i18n.language === 'en' ? 'en' : 'th', 'long') : undefined}
      placeholder={placeholder ?? t('ui.form.datePlaceholder')}
      inputMode="numeric"
      onPressEnter={onPressEnter}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onChange={(event) => {
        setText(event.target.value);
        onChange?.(parseBuddhistDate(event.target.value) ?? event.target.value);
      }}
    />
  );
}

/** The form rule that goes with it: empty (required is a separate rule) or a real date in ISO form. */
export const isoDateRule = (message: string) => ({
  validator: (_rule: unknown, value: unknown) => {
    if (value === undefined || value === '' || (typeof value === 'string' && isIso(value))) return Promise.resolve();
    return Promise.reject(new Error(message));
  },
});
