import { Alert, Col, Form, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/fund-types';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { MoneyInput, optionalMoneyRule } from '../../components/MoneyInput';

/** The groups of a paper §10 besides money on hand, in the form's order, with the side each stands on. */
const paperGroups = [
  { group: 'receipts', side: 'receipts' },
  { group: 'income', side: 'receipts' },
  { group: 'welfare', side: 'payments' },
  { group: 'expenses', side: 'payments' },
] as const;

export type PaperLine = { accountCode: string; amountSatang: number };
export type PaperValues = { lines?: Record<string, string | undefined> };

/** The accounts a paper §10's other lines post to. */
export function paperAccounts(accounts: readonly Account[]): Account[] {
  return accounts.filter((account) => paperGroups.some(({ group }) => group === account.group));
}

/** The lines typed, each account once, leaving out those left empty or 0. */
export function paperLines(accounts: readonly Account[], values: PaperValues['lines']): PaperLine[] {
  return paperAccounts(accounts)
    .map((account) => ({ accountCode: account.code, amountSatang: parseBaht(values?.[account.code] ?? '') ?? 0 }))
    .filter((line) => line.amountSatang > 0);
}

/** What the typed lines add to each side of §10: receipts (รายรับ, รายได้) and payments (welfare paid, expenses). */
export function paperSides(accounts: readonly Account[], lines: readonly PaperLine[]): { receipts: number; payments: number } {
  const groupOf = new Map(accounts.map((account) => [account.code, account.group]));
  let receipts = 0;
  let payments = 0;
  for (const line of lines) {
    const side = paperGroups.find(({ group }) => group === groupOf.get(line.accountCode))?.side;
    if (side === 'receipts') receipts += line.amountSatang;
    if (side === 'payments') payments += line.amountSatang;
  }
  return { receipts, payments };
}

/**
 * One field per line of the fund's last paper §10 other than money on hand (cumulative receipts by source,
 * income, welfare paid, expenses), grouped as the form groups them, under `lines.<account code>`.
 */
export function Section10LineFields({ accounts, testIdPrefix }: { accounts: readonly Account[]; testIdPrefix: string }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <>
      {paperGroups.map(({ group }) => (
        <div key={group}>
          <Typography.Text strong>{t(`ui.opening.groups.${group}`)}</Typography.Text>
          <Row gutter={12} style={{ marginTop: 8 }}>
            {accounts
              .filter((account) => account.group === group)
              .map((account) => (
                <Col key={account.code} xs={24} md={12}>
                  <Form.Item
                    name={['lines', account.code]}
                    label={`${account.code} ${english ? account.nameEn : account.nameTh}`}
                    rules={[optionalMoneyRule(t('ui.form.badMoney'))]}
                  >
                    <MoneyInput showWords={false} data-testid={`${testIdPrefix}-${account.code}`} />
                  </Form.Item>
                </Col>
              ))}
          </Row>
        </div>
      ))}
    </>
  );
}

/**
 * The two sides as typed so far and their difference: the paper's figures are typed right when it reads 0. For an
 * opening the sides are §10's receipts and payments; for a reclassification, what the lines spread and ยอดยกมา.
 */
export function PaperBalance({ left, right, kind }: { left: number; right: number; kind: 'opening' | 'reclassify' }) {
  const { t } = useTranslation();
  const difference = Math.abs(left - right);
  return (
    <Alert
      type={difference === 0 ? 'success' : 'warning'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid={`${kind}-balance`}
      title={
        difference === 0
          ? t(`ui.opening.${kind}Balanced`, { amount: formatBaht(left) })
          : t(`ui.opening.${kind}Unbalanced`, { left: formatBaht(left), right: formatBaht(right), difference: formatBaht(difference) })
      }
    />
  );
}
