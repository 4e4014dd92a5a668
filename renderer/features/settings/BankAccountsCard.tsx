import { Alert, App as AntApp, Button, Card, Form, Input, Modal, Radio, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoneyAccount } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { WriteAction } from '../../app/fund-access';
import { moneyAccountLabel } from '../money/MoneyAccountSelect';
import { useMoneyAccounts } from '../money/use-money-accounts';

type Values = { bankName: string; branch: string; accountNo: string; accountType: 'savings' | 'fixed' };
/** Adding a new account, or naming/renaming one of the register. */
type Editing = { kind: 'add' } | { kind: 'edit'; account: MoneyAccount };

/**
 * Cash in hand and the fund's bank accounts (issue 16 §2): each bank account is its own ledger account, and the
 * one bank account of earlier versions waits here, "before the register", until the treasurer names it. The
 * usual account is the one the money forms offer first.
 */
export function BankAccountsCard({ onChanged, version = 0 }: { onChanged?: () => void; version?: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { message } = AntApp.useApp();
  const { accounts, reload } = useMoneyAccounts(version);
  const [editing, setEditing] = useState<Editing>();
  const [problem, setProblem] = useState<string>();
  const [form] = Form.useForm<Values>();

  function open(next: Editing) {
    setProblem(undefined);
    const bank = next.kind === 'edit' ? next.account.bank : null;
    form.setFieldsValue(
      bank
        ? { bankName: bank.bankName, branch: bank.branch, accountNo: bank.accountNo, accountType: bank.accountType }
        : { bankName: '', branch: '', accountNo: '', accountType: 'savings' },
    );
    setEditing(next);
  }

  async function save(values: Values) {
    const bank = editing?.kind === 'edit' ? editing.account.bank : null;
    const result = bank
      ? await api.fund['bankAccounts.update']({ ...values, bankAccountId: bank.id, expectedVersion: bank.version })
      : await api.fund['bankAccounts.add'](values);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    setEditing(undefined);
    reload();
    onChanged?.();
    void message.success(t('ui.common.saved'));
  }

  async function setUsual(accountCode: string) {
    const result = await api.fund['moneyAccounts.setUsual']({ accountCode });
    if (!result.ok) return setProblem(localized(result.error.message));
    reload();
  }

  return (
    <Card title={t('ui.bankAccounts.title')} style={{ marginTop: 16 }} data-testid="bank-accounts-card">
      <Typography.Paragraph type="secondary">{t('ui.bankAccounts.hint')}</Typography.Paragraph>
      {problem && !editing && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Table<MoneyAccount>
        size="small"
        rowKey="accountCode"
        pagination={false}
        dataSource={accounts?.accounts ?? []}
        data-testid="bank-accounts"
        columns={[
          {
            title: t('ui.bankAccounts.account'),
            render: (_value, account) => (
              <>
                {moneyAccountLabel(account, language)} {account.bank && <Tag>{t(`ui.bankAccounts.types.${account.bank.accountType}`)}</Tag>}
                {account.bank && !account.bank.named && <Tag color="orange">{t('ui.bankAccounts.unnamed')}</Tag>}
              </>
            ),
          },
          {
            title: t('ui.bankAccounts.balance'),
            dataIndex: 'balanceSatang',
            align: 'right',
            width: 130,
            render: (value: number) => formatBaht(value),
          },
          {
            width: 90,
            render: (_value, account) =>
              account.bank && (
                <WriteAction>
                  <Button size="small" onClick={() => open({ kind: 'edit', account })} data-testid={`bank-edit-${account.accountCode}`}>
                    {account.bank.named ? t('ui.bankAccounts.rename') : t('ui.bankAccounts.name')}
                  </Button>
                </WriteAction>
              ),
          },
        ]}
      />
      <div className="page-toolbar" style={{ marginTop: 12 }}>
        <WriteAction>
          <Button onClick={() => open({ kind: 'add' })} data-testid="bank-add">
            {t('ui.bankAccounts.add')}
          </Button>
        </WriteAction>
        <Typography.Text>{t('ui.bankAccounts.usual')}</Typography.Text>
        <Select
          style={{ minWidth: 260 }}
          value={accounts?.usualAccountCode}
          onChange={(value: string) => void setUsual(value)}
          data-testid="bank-usual"
          options={(accounts?.accounts ?? []).map((account) => ({
            value: account.accountCode,
            label: moneyAccountLabel(account, language),
          }))}
        />
      </div>
      <Modal
        open={editing !== undefined}
        title={editing?.kind === 'edit' ? t('ui.bankAccounts.editTitle') : t('ui.bankAccounts.addTitle')}
        okText={t('ui.common.save')}
        okButtonProps={{ 'data-testid': 'bank-save' }}
        onOk={() => form.submit()}
        onCancel={() => setEditing(undefined)}
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="bank-problem" />}
        <Form<Values> form={form} layout="vertical" onFinish={(values) => void save(values)}>
          <Form.Item
            name="bankName"
            label={t('fields.bankName')}
            rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
          >
            <Input data-testid="bank-name" placeholder={t('ui.bankAccounts.bankPlaceholder')} />
          </Form.Item>
          <Form.Item name="branch" label={t('fields.branch')}>
            <Input data-testid="bank-branch" />
          </Form.Item>
          <Form.Item
            name="accountNo"
            label={t('fields.accountNo')}
            rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
          >
            <Input data-testid="bank-number" inputMode="numeric" placeholder="020-1-23456-7" />
          </Form.Item>
          <Form.Item name="accountType" label={t('fields.accountType')}>
            <Radio.Group>
              <Radio value="savings">{t('ui.bankAccounts.types.savings')}</Radio>
              <Radio value="fixed">{t('ui.bankAccounts.types.fixed')}</Radio>
            </Radio.Group>
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
