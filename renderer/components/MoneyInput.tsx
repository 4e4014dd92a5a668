import { Input, Typography } from 'antd';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bahtText } from '../../shared/domain/money/baht-text';
import { parseBaht } from '../../shared/domain/money/money-format';

type Props = {
  value?: string;
  onChange?: (value: string) => void;
  onPressEnter?: () => void;
  id?: string;
  'data-testid'?: string;
  showWords?: boolean;
  size?: 'large' | 'middle';
  /** Passed to the input: a form that selects the amount when it is entered by keyboard. */
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
  onMouseDown?: () => void;
  onBlur?: () => void;
};

/**
 * Baht typed as text and parsed to integer satang by parseBaht (never a float), with the amount in Thai words
 * under it as the treasurer types, the way she writes it on a paper receipt.
 */
export function MoneyInput({ value, onChange, onPressEnter, id, showWords = true, size, onFocus, onMouseDown, onBlur, ...rest }: Props) {
  const { t } = useTranslation();
  const satang = parseBaht(value ?? '');
  const testId = rest['data-testid'];
  return (
    <div>
      <Input
        id={id}
        data-testid={testId}
        value={value}
        size={size}
        inputMode="decimal"
        className="money-input"
        status={value && satang === undefined ? 'error' : undefined}
        suffix={t('ui.common.baht')}
        onChange={(event) => onChange?.(event.target.value)}
        onPressEnter={onPressEnter}
        onFocus={onFocus}
        onMouseDown={onMouseDown}
        onBlur={onBlur}
      />
      {showWords && satang !== undefined && (
        <Typography.Text type="secondary" className="baht-words" data-testid={testId ? `${testId}-words` : undefined}>
          ({bahtText(satang)})
        </Typography.Text>
      )}
    </div>
  );
}

/** The form rule that goes with it: text that parses to whole satang. */
export const moneyRule = (message: string) => ({
  validator: (_rule: unknown, value: unknown) => {
    if (typeof value === 'string' && parseBaht(value) !== undefined) return Promise.resolve();
    return Promise.reject(new Error(message));
  },
});

/** An optional money field: empty is fine, anything typed must parse. */
export const optionalMoneyRule = (message: string) => ({
  validator: (_rule: unknown, value: unknown) => {
    if (value === undefined || value === '' || (typeof value === 'string' && parseBaht(value) !== undefined)) return Promise.resolve();
    return Promise.reject(new Error(message));
  },
});
