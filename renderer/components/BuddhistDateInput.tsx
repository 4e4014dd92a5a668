import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { formatDate, parseBuddhistDate } from '../../shared/domain/buddhist-date';

type Props = {
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  'data-testid'?: string;
  id?: string;
};

/**
 * A date typed as วัน/เดือน/ปี พ.ศ. (Thai digits too) and handed to the form as ISO text (Decision 3). Text that is
 * not a real date is passed on as typed, so the form's rule can say so in the field.
 */
export function BuddhistDateInput({ value, onChange, placeholder, id, ...rest }: Props) {
  const shown = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, 'th', 'numeric') : (value ?? '');
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  return (
    <Input
      id={id}
      data-testid={rest['data-testid']}
      value={text}
      placeholder={placeholder ?? 'วว/ดด/ปปปป'}
      inputMode="numeric"
      onChange={(event) => {
        setText(event.target.value);
        onChange?.(parseBuddhistDate(event.target.value) ?? event.target.value);
      }}
    />
  );
}

/** The form rule that goes with it: a real date in ISO form. */
export const isoDateRule = (message: string) => ({
  validator: async (_rule: unknown, value: unknown) => {
    if (value === undefined || value === '' || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))) return;
    throw new Error(message);
  },
});
