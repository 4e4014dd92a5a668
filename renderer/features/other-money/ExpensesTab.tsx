import { App as AntApp, Alert, Button, Card, Col, Form, Input, Row, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminCostCheck, Expense } from '../../../shared/api/other-money-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { isValidIsoDate } from '../../../shared/domain/calendar-date';
import { expenseCategories, type ExpenseCategory } from '../../../shared/domain/ledger/other-money';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { ReversalModal } from '../../components/ReversalModal';
import { newRequestId, todayIso } from '../../components/today';
import { useAmountConfirmation } from '../../components/use-amount-confirmation';
import { MoneyAccountSelect } from '../money/MoneyAccountSelect';
import { AdminCostFigures, AdminCostPanel } from './AdminCostPanel';

type Values = {
  expenseCategory: ExpenseCategory;
  paidOn: string;
  description: string;
  amount: string;
  payeeName: string;
  payeeAddress?: string;
  accountCode?: string;
};

/** Decision 14's figures for the date and amount as typed; the last answer wins. */
function useAdminCost(paidOn: string | undefined, amount: string | undefined): AdminCostCheck | undefined {
  const [check, setCheck] = useState<AdminCostCheck>();
  useEffect(() => {
    if (!paidOn || !isValidIsoDate(paidOn)) return;
    let current = true;
    const amountSatang = Math.max(parseBaht(amount ?? '') ?? 0, 0);
    void api.fund['expenses.adminCostCheck']({ date: paidOn, amountSatang }).then((result) => {
      if (current && result.ok) setCheck(result.value);
    });
    return () => {
      current = false;
    };
  }, [paidOn, amount]);
  return check;
}

/** A voucher for an administration expense by §10's line, with the administration-cost check as it is typed. */
export function ExpensesTab({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { modal } = AntApp.useApp();
  const confirmAmount = useAmountConfirmation();
  const [form] = Form.useForm<Values>();
  const [rows, setRows] = useState<Expense[]>([]);
  const [reversing, setReversing] = useState<Expense>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());
  const check = useAdminCost(Form.useWatch('paidOn', form), Form.useWatch('amount', form));

  const reload = useCallback(async () => {
    const result = await api.fund['expenses.list']({ limit: 200 });
    if (result.ok) setRows(result.value.rows);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function confirmOverLimit(values: Values): Promise<boolean> {
    const amountSatang = parseBaht(values.amount) ?? 0;
    const latest = await api.fund['expenses.adminCostCheck']({ date: values.paidOn, amountSatang });
    if (!latest.ok || !latest.value.exceeds) return true;
    const figures = latest.value;
    // A warning, not a refusal (Decision 14): she sees the figures and decides.
    return modal.confirm({
      title: t('ui.otherMoney.adminCost.confirmTitle'),
      width: 640,
      content: (
        <div data-testid="admin-cost-confirm">
          <p>
            {t('ui.otherMoney.adminCost.over', {
              percent: figures.percent,
              excess: formatBaht(figures.afterSatang - figures.limitSatang),
            })}
          </p>
          <AdminCostFigures check={figures} columns={2} />
        </div>
      ),
      okText: t('ui.otherMoney.adminCost.confirm'),
      cancelText: t('ui.otherMoney.adminCost.cancel'),
      okButtonProps: { 'data-testid': 'admin-cost-ok' },
      cancelButtonProps: { 'data-testid': 'admin-cost-back' },
    });
  }

  async function submit(values: Values) {
    setProblem(undefined);
    if (!(await confirmOverLimit(values))) return;
    setBusy(true);
    const { amount, ...rest } = values;
    const result = await confirmAmount((isLargeAmountConfirmed) =>
      api.fund['expenses.record']({
        ...rest,
        payeeAddress: rest.payeeAddress ?? '',
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
    navigate({ page: 'voucher', voucherId: result.value.voucher.id, from: 'otherMoney' });
  }

  return (
    <>
      <Card title={t('ui.otherMoney.expenseRecord')} style={{ marginBottom: 16 }}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="expense-problem" />}
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ paidOn: todayIso(), amount: '' }}>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item
                name="expenseCategory"
                label={t('fields.expenseCategory')}
                rules={[{ required: true, message: t('ui.form.required') }]}
              >
                <Select
                  data-testid="expense-category"
                  options={expenseCategories.map((category) => ({ value: category, label: t(`ui.otherMoney.categories.${category}`) }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="paidOn"
                label={t('fields.paidOn')}
                rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
              >
                <BuddhistDateInput data-testid="expense-date" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="amount" label={t('fields.amountSatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
                <MoneyInput data-testid="expense-amount" />
              </Form.Item>
            </Col>
          </Row>
          {check && <AdminCostPanel check={check} />}
          <Form.Item
            name="description"
            label={t('fields.description')}
            rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
          >
            <Input data-testid="expense-description" placeholder={t('ui.otherMoney.expensePlaceholder')} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                name="payeeName"
                label={t('fields.payeeName')}
                rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
              >
                <Input data-testid="expense-payee" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="payeeAddress" label={t('fields.payeeAddress')}>
                <Input data-testid="expense-payee-address" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="accountCode"
            label={t('ui.money.from')}
            rules={[{ required: true, message: t('ui.form.required') }]}
            style={{ maxWidth: 480 }}
          >
            <MoneyAccountSelect data-testid="expense-account" />
          </Form.Item>
          <WriteAction>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="expense-submit">
              {t('ui.otherMoney.expenseSave')}
            </Button>
          </WriteAction>
        </Form>
      </Card>
      <Card title={t('ui.otherMoney.expenseList')}>
        <Table<Expense>
          rowKey="id"
          size="middle"
          dataSource={rows}
          pagination={{ pageSize: 20 }}
          data-testid="expense-list"
          onRow={(row) => ({
            onClick: () => navigate({ page: 'voucher', voucherId: row.id, from: 'otherMoney' }),
            style: { cursor: 'pointer' },
          })}
          columns={[
            { title: t('fields.paidOn'), key: 'paidOn', width: 130, render: (_value, row) => formatDate(row.voucher.paidOn, language) },
            {
              title: t('ui.voucher.number'),
              key: 'voucherNo',
              width: 160,
              render: (_value, row) => (
                <a
                  href="#"
                  onClick={(event) => (event.preventDefault(), navigate({ page: 'voucher', voucherId: row.id, from: 'otherMoney' }))}
                >
                  {row.voucher.voucherNo}
                </a>
              ),
            },
            {
              title: t('fields.expenseCategory'),
              dataIndex: 'category',
              width: 180,
              render: (value: string) => t(`ui.otherMoney.categories.${value}`),
            },
            { title: t('fields.description'), key: 'description', render: (_value, row) => row.voucher.description },
            { title: t('fields.payeeName'), key: 'payee', width: 180, render: (_value, row) => row.voucher.payeeName },
            {
              title: t('fields.amountSatang'),
              key: 'amount',
              width: 130,
              align: 'right',
              render: (_value, row) => formatBaht(row.voucher.amountSatang),
            },
            {
              title: '',
              key: 'reverse',
              width: 130,
              render: (_value, row) =>
                row.voucher.reversal ? (
                  <Tag color="red">{t('ui.welfare.states.reversed')}</Tag>
                ) : (
                  <WriteAction>
                    <Button
                      size="small"
                      danger
                      type="text"
                      data-testid={`expense-reverse-${row.id}`}
                      onClick={(event) => {
                        event.stopPropagation();
                        setReversing(row);
                      }}
                    >
                      {t('ui.welfareReverse.button')}
                    </Button>
                  </WriteAction>
                ),
            },
          ]}
        />
      </Card>
      {reversing && (
        <ReversalModal
          title={t('ui.otherMoney.reverseTitle', { voucherNo: reversing.voucher.voucherNo })}
          explanation={t('ui.otherMoney.reverseExplain', {
            voucherNo: reversing.voucher.voucherNo,
            amount: formatBaht(reversing.voucher.amountSatang),
          })}
          reverse={(input) => api.fund['expenses.reverse']({ voucherId: reversing.id, ...input })}
          onClose={() => setReversing(undefined)}
          onReversed={() => {
            setReversing(undefined);
            void reload();
          }}
        />
      )}
    </>
  );
}
