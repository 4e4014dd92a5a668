import { Alert, Button, Card, Col, Form, Input, Row, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomeReceipt } from '../../../shared/api/other-money-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { incomeKinds, type IncomeKind } from '../../../shared/domain/ledger/other-money';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { newRequestId, todayIso } from '../../components/today';
import { useAmountConfirmation } from '../../components/use-amount-confirmation';
import { MoneyAccountSelect } from '../money/MoneyAccountSelect';

type Values = {
  kind: IncomeKind;
  receivedOn: string;
  description: string;
  amount: string;
  payerName: string;
  payerAddress?: string;
  accountCode?: string;
};

/** A receipt for other income: a donation, bank interest, an entry fee outside a contribution, other income. */
export function IncomeTab({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const confirmAmount = useAmountConfirmation();
  const [form] = Form.useForm<Values>();
  const [rows, setRows] = useState<IncomeReceipt[]>([]);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  // One id per receipt, kept if she presses again after a lost answer: the receipt is issued once.
  const requestId = useRef(newRequestId());

  const reload = useCallback(async () => {
    const result = await api.fund['income.list']({ limit: 200 });
    if (result.ok) setRows(result.value.rows);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const { amount, ...rest } = values;
    const result = await confirmAmount((isLargeAmountConfirmed) =>
      api.fund['income.record']({
        ...rest,
        payerAddress: rest.payerAddress ?? '',
        accountCode: rest.accountCode ?? '',
        amountSatang: parseBaht(amount) ?? 0,
        requestId: requestId.current,
        isLargeAmountConfirmed,
      }),
    );
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases: { amountSatang: 'amount' } })) setProblem(localized(result.error.message));
      return;
    }
    requestId.current = newRequestId();
    navigate({ page: 'incomeReceipt', receiptId: result.value.id });
  }

  return (
    <>
      <Card title={t('ui.otherMoney.incomeRecord')} style={{ marginBottom: 16 }}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="income-problem" />}
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          initialValues={{ receivedOn: todayIso(), amount: '' }}
        >
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="kind" label={t('fields.incomeKind')} rules={[{ required: true, message: t('ui.form.required') }]}>
                <Select
                  data-testid="income-kind"
                  options={incomeKinds.map((kind) => ({ value: kind, label: t(`ui.otherMoney.kinds.${kind}`) }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="receivedOn"
                label={t('fields.receivedOn')}
                rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
              >
                <BuddhistDateInput data-testid="income-date" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="amount" label={t('fields.amountSatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
                <MoneyInput data-testid="income-amount" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="description"
            label={t('fields.description')}
            rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
          >
            <Input data-testid="income-description" placeholder={t('ui.otherMoney.incomePlaceholder')} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                name="payerName"
                label={t('fields.payerName')}
                rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
              >
                <Input data-testid="income-payer" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="payerAddress" label={t('fields.payerAddress')}>
                <Input data-testid="income-payer-address" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="accountCode"
            label={t('ui.money.into')}
            rules={[{ required: true, message: t('ui.form.required') }]}
            style={{ maxWidth: 480 }}
          >
            <MoneyAccountSelect data-testid="income-account" />
          </Form.Item>
          <WriteAction>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="income-submit">
              {t('ui.otherMoney.incomeSave')}
            </Button>
          </WriteAction>
        </Form>
      </Card>
      <Card title={t('ui.otherMoney.incomeList')}>
        <Table<IncomeReceipt>
          rowKey="id"
          size="middle"
          dataSource={rows}
          pagination={{ pageSize: 20 }}
          data-testid="income-list"
          onRow={(row) => ({ onClick: () => navigate({ page: 'incomeReceipt', receiptId: row.id }), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('fields.receivedOn'), dataIndex: 'receivedOn', width: 130, render: (value: string) => formatDate(value, language) },
            {
              title: t('fields.receiptId'),
              dataIndex: 'receiptNo',
              width: 160,
              // The number is the row's keyboard way in: Tab reaches it, Enter opens the receipt.
              render: (value: string, row) => (
                <a href="#" onClick={(event) => (event.preventDefault(), navigate({ page: 'incomeReceipt', receiptId: row.id }))}>
                  {value}
                </a>
              ),
            },
            { title: t('fields.incomeKind'), dataIndex: 'kind', width: 170, render: (value: string) => t(`ui.otherMoney.kinds.${value}`) },
            { title: t('fields.description'), dataIndex: 'description' },
            { title: t('fields.payerName'), dataIndex: 'payerName', width: 200 },
            {
              title: t('ui.money.into'),
              key: 'account',
              width: 180,
              render: (_value, row) => (language === 'en' ? row.accountNameEn : row.accountNameTh),
            },
            {
              title: t('fields.amountSatang'),
              dataIndex: 'amountSatang',
              width: 130,
              align: 'right',
              render: (value: number, row) => (row.void ? <s>{formatBaht(value)}</s> : formatBaht(value)),
            },
            {
              title: '',
              key: 'void',
              width: 100,
              render: (_value, row) => (row.void ? <Tag color="red">{t('ui.otherMoney.voided')}</Tag> : null),
            },
          ]}
        />
      </Card>
    </>
  );
}
