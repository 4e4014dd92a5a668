import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, MemberStatement, Receipt } from '../../../shared/api/fund-types';
import { formatPeriod } from '../../../shared/domain/buddhist-date';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { newRequestId, todayIso } from '../../components/today';
import { useQuote } from './use-quote';
import { useAmountConfirmation } from '../../components/use-amount-confirmation';
import { WriteAction } from '../../app/fund-access';
import { MoneyAccountSelect } from '../money/MoneyAccountSelect';

type Values = {
  monthCount: number;
  includeEntryFee: boolean;
  receivedOn: string;
  numbering: 'app' | 'book';
  bookNo?: string;
  number?: string;
  amount: string;
  collector?: string;
  accountCode?: string;
};

/** Backend field paths → this form's fields. */
const aliases = { amountSatang: 'amount', 'numbering.bookNo': 'bookNo', 'numbering.number': 'number', periods: 'monthCount' };

type Props = {
  member: MemberDetail;
  statement: MemberStatement;
  /** Months picked on the grid; when there are any they replace the month count. */
  pickedPeriods: string[];
  onClearPicked: () => void;
  onRecorded: (receipt: Receipt) => void;
};

/**
 * Record one member's payment: months oldest-unpaid first (or picked on the grid), priced by the backend from
 * the plan in force, the amount in Thai words as it is typed. One request id per payment, reused on a retry,
 * so a double click or a lost answer never posts twice (Decision 7).
 */
export function PaymentForm({ member, statement, pickedPeriods, onClearPicked, onRecorded }: Props) {
  const { t, i18n } = useTranslation();
  const confirmAmount = useAmountConfirmation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());
  const monthCount = Form.useWatch('monthCount', form) ?? 0;
  const includeEntryFee = Form.useWatch('includeEntryFee', form) ?? false;
  const receivedOn = Form.useWatch('receivedOn', form);
  const numbering = Form.useWatch('numbering', form);
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { quote, error: quoteError } = useQuote({ memberId: member.id, receivedOn, monthCount, periods: pickedPeriods, includeEntryFee });

  // The quoted amount fills the field; she may still type another amount (the backend checks it).
  useEffect(() => {
    if (quote) form.setFieldValue('amount', formatBaht(quote.totalSatang));
  }, [quote, form]);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const choice = pickedPeriods.length > 0 ? { periods: pickedPeriods } : { monthCount: values.monthCount };
    const result = await confirmAmount((isLargeAmountConfirmed) =>
      api.fund['contributions.record']({
        isLargeAmountConfirmed,
        requestId: requestId.current,
        memberId: member.id,
        receivedOn: values.receivedOn,
        ...choice,
        includeEntryFee: values.includeEntryFee,
        amountSatang: parseBaht(values.amount) ?? 0,
        numbering:
          values.numbering === 'book' ? { kind: 'book', bookNo: values.bookNo ?? '', number: values.number ?? '' } : { kind: 'app' },
        collector: values.collector ?? '',
        accountCode: values.accountCode ?? '',
      }),
    );
    setBusy(false);
    if (result.ok) {
      requestId.current = newRequestId();
      return onRecorded(result.value);
    }
    if (!showErrorOnForm(form, result.error, { aliases })) setProblem(localized(result.error.message));
  }

  const periods = quote?.periods ?? [];
  const first = periods[0];
  const last = periods[periods.length - 1];
  return (
    <Card size="small" className="payment-card" title={t('ui.contributions.recordPayment')} style={{ marginTop: 20 }}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          monthCount: Math.max(1, statement.arrearsMonths),
          includeEntryFee: false,
          receivedOn: todayIso(),
          numbering: 'app',
          amount: '',
        }}
      >
        {(problem || quoteError) && (
          <Alert
            type="warning"
            showIcon
            title={problem ?? (quoteError ? localized(quoteError.message) : '')}
            style={{ marginBottom: 12 }}
            data-testid="payment-problem"
          />
        )}
        <Row gutter={16}>
          <Col xs={12} md={5}>
            <Form.Item name="monthCount" label={t('fields.monthCount')}>
              <InputNumber
                min={0}
                max={60}
                size="large"
                style={{ width: '100%' }}
                disabled={pickedPeriods.length > 0}
                data-testid="payment-months"
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="receivedOn"
              label={t('fields.receivedOn')}
              rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
            >
              <BuddhistDateInput data-testid="payment-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={13}>
            <Form.Item name="amount" label={t('fields.amountSatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
              <MoneyInput size="large" data-testid="payment-amount" />
            </Form.Item>
          </Col>
        </Row>
        <div className="payment-covers" data-testid="payment-periods">
          {pickedPeriods.length > 0 && (
            <Space wrap style={{ marginBottom: 6 }}>
              <Typography.Text>{t('ui.contributions.picked', { count: pickedPeriods.length })}</Typography.Text>
              {pickedPeriods.map((period) => (
                <Tag key={period}>{formatPeriod(period, language)}</Tag>
              ))}
              <Button size="small" onClick={onClearPicked} data-testid="payment-clear-picked">
                {t('ui.contributions.clearPicked')}
              </Button>
            </Space>
          )}
          {first && last ? (
            <Typography.Text strong>
              {t('ui.contributions.covers', {
                from: formatPeriod(first, language),
                to: formatPeriod(last, language),
                count: periods.length,
              })}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('ui.contributions.pickHint')}</Typography.Text>
          )}
        </div>
        <Row gutter={16} style={{ marginTop: 12 }}>
          <Col xs={24} md={4}>
            <Form.Item name="includeEntryFee" valuePropName="checked">
              <Checkbox data-testid="payment-entry-fee">{t('fields.includeEntryFee')}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="numbering" label={t('fields.numbering')}>
              <Radio.Group data-testid="payment-numbering">
                <Radio value="app" data-testid="payment-numbering-app">
                  {t('ui.contributions.appNumbered')}
                </Radio>
                <Radio value="book" data-testid="payment-numbering-book">
                  {t('ui.contributions.bookNumbered')}
                </Radio>
              </Radio.Group>
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item name="collector" label={t('fields.collector')}>
              <Input data-testid="payment-collector" />
            </Form.Item>
          </Col>
          <Col xs={24} md={7}>
            <Form.Item name="accountCode" label={t('ui.money.into')} rules={[{ required: true, message: t('ui.form.required') }]}>
              <MoneyAccountSelect data-testid="payment-account" />
            </Form.Item>
          </Col>
        </Row>
        {numbering === 'book' && (
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item
                name="bookNo"
                label={t('fields.bookNo')}
                rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
              >
                <Input data-testid="payment-book-no" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="number"
                label={t('fields.number')}
                rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
              >
                <Input data-testid="payment-book-number" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <WriteAction>
          <Button type="primary" size="large" htmlType="submit" loading={isBusy} data-testid="payment-submit">
            {t('ui.contributions.recordAndPrint')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}
