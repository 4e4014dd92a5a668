import { Input, Typography } from 'antd';
import { bahtText } from '../../shared/domain/money/baht-text';
import { parseBaht } from '../../shared/domain/money/money-format';

type Props = { value?: string; onChange?: (value: string) => void; id?: string; 'data-testid'?: string; showWords?: boolean };

/** Baht typed as text (never a float), with the amount in Thai words under it as the treasurer types. */
export function MoneyInput({ value, onChange, id, showWords = true, ...rest }: Props) {
  const satang = parseBaht(value ?? '');
  return (
    <div>
      <Input id={id} data-testid={rest['data-testid']} value={value} inputMode="decimal" suffix="บาท" onChange={(event) => onChange?.(event.target.value)} />
      {showWords && satang !== undefined && (
        <Typography.Text type="secondary" data-testid={rest['data-testid'] ? `${rest['data-testid']}-words` : undefined}>
          ({bahtText(satang)})
        </Typography.Text>
      )}
    </div>
  );
}

export const moneyRule = (message: string) => ({
  validator: async (_rule: unknown, value: unknown) => {
    if (typeof value === 'string' && parseBaht(value) !== undefined) return;
    throw new Error(message);
  },
});
