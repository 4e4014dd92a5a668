import { Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoneyAccount } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { useMoneyAccounts } from './use-money-accounts';

type Props = {
  /** Given by the caller or by the Form.Item it sits in. */
  value?: string | undefined;
  onChange?: (accountCode: string) => void;
  'data-testid'?: string;
  /** Shown first when nothing is chosen yet; otherwise the fund's usual account. */
  preferred?: string | undefined;
  /** An account that may not be chosen here (a transfer's other side). */
  exclude?: string | undefined;
  /** An account that may be chosen but is not offered first (the side a transfer's money goes to). */
  avoid?: string | undefined;
};

export function moneyAccountLabel(account: MoneyAccount, language: 'th' | 'en'): string {
  return language === 'en' ? account.nameEn : account.nameTh;
}

/**
 * Which account money moves through (issue 16 §2): cash in hand or a bank account, each with what it holds now.
 * The fund's usual account is chosen first, so the treasurer only changes it when the money went elsewhere.
 */
export function MoneyAccountSelect({ value, onChange, preferred, exclude, avoid, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { accounts } = useMoneyAccounts();
  const choices = useMemo(() => accounts?.accounts.filter((account) => account.accountCode !== exclude) ?? [], [accounts, exclude]);
  const first = preferred ?? accounts?.usualAccountCode;

  useEffect(() => {
    if (value !== undefined || choices.length === 0 || !onChange) return;
    const offered = choices.filter((account) => account.accountCode !== avoid);
    const chosen = offered.find((account) => account.accountCode === first) ?? offered[0] ?? choices[0];
    if (chosen) onChange(chosen.accountCode);
  }, [value, choices, first, avoid, onChange]);

  return (
    <Select
      value={value}
      onChange={onChange}
      // No `showSearch` here: the app's ConfigProvider gives every dropdown its Thai-aware search by the label (a
      // bank's name or account number); `showSearch` alone would replace it with antd's match on the account code.
      style={{ width: '100%' }}
      data-testid={rest['data-testid']}
      aria-label={t('fields.accountCode')}
      options={choices.map((account) => ({
        value: account.accountCode,
        label: `${moneyAccountLabel(account, language)} — ${t('ui.money.holds', { amount: formatBaht(account.balanceSatang) })}`,
      }))}
    />
  );
}
