import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, MemberStatement, Receipt } from '../../../shared/api/fund-types';
import { formatDate, formatPeriod } from '../../../shared/domain/buddhist-date';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { newRequestId, todayIso } from '../../components/today';

type Values = {
  monthCount: number;
  includeEntryFee: boolean;
  receivedOn: string;
  numbering: 'app' | 'book';
  bookNo?: string;
  number?: string;
  amount: string;
  collector?: string;
};

/**
 * Record one member's payment: months oldest-unpaid first (or paid ahead), the price quoted by the backend
 * from the plan in force, the amount in Thai words as it is typed. One request id per payment, reused on a
 * retry, so a double click never posts twice.
 */
export function PaymentForm({ member, statement, onRecorded }: { member: MemberDetail; statement: MemberStatement; onRecorded: (receipt: Receipt) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [periods, setPeriods] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());
  const monthCount = Form.useWatch('monthCount', form);
  const includeEntryFee = Form.useWatch('includeEntryFee', form);
  const receivedOn = Form.useWatch('receivedOn', form);
  const numbering = Form.useWatch('numbering', form);
  const language = i18n.language === 'en' ? 'en' : 'th';

  useEffect(() => {
    if (!receivedOn || !/^\d{4}-\d{2}-\d{2}$/.test(receivedOn)) return;
    void api.fund['contributions.quote']({ memberId: member.id, receivedOn, monthCount: monthCount ?? 0, includeEntryFee: includeEntryFee ?? false }).then((result) => {
      if (result.ok) {
        setPeriods(result.value.periods);
        form.setFieldValue('amount', formatBaht(result.value.totalSatang));
        setProblem(undefined);
      } else {
        setPeriods([]);
        setProblem(localized(result.error.message));
      }
    });
  }, [member.id, monthCount, includeEntryFee, receivedOn, form]);

  async function submit(values: Values) {
    setBusy(true);
    const result = await api.fund['contributions.record']({
      requestId: requestId.current,
      memberId: member.id,
      receivedOn: values.receivedOn,
      monthCount: values.monthCount,
      includeEntryFee: values.includeEntryFee,
      amountSatang: parseBaht(values.amount) ?? 0,
      numbering: values.numbering === 'book' ? { kind: 'book', bookNo: values.bookNo ?? '', number: values.number ?? '' } : { kind: 'app' },
      collector: values.collector ?? '',
    });
    setBusy(false);
    if (result.ok) {
      requestId.current = newRequestId();
      return onRecorded(result.value);
    }
    if (!showErrorOnForm(form, result.error.field === 'numbering.number' ? { ...result.error, field: 'number' } : result.error)) setProblem(localized(result.error.message));
  }

  return (
    <Card size="small" title={t('ui.contributions.recordPayment')} style={{ marginTop: 24 }}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ monthCount: Math.max(1, statement.arrearsMonths), includeEntryFee: false, receivedOn: todayIso(), numbering: 'app', amount: '' }}
      >
        {problem && <Alert type="warning" showIcon message={problem} style={{ marginBottom: 12 }} data-testid="payment-problem" />}
        <Row gutter={16}>
          <Col span={4}>
            <Form.Item name="monthCount" label={t('fields.monthCount')}>
              <InputNumber min={0} max={60} style={{ width: '100%' }} data-testid="payment-months" />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="receivedOn" label={t('fields.receivedOn')} rules={[isoDateRule(t('ui.form.badDate'))]}>
              <BuddhistDateInput data-testid="payment-date" />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="includeEntryFee" valuePropName="checked" label=" ">
              <Checkbox data-testid="payment-entry-fee">{t('fields.includeEntryFee')}</Checkbox>
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="amount" label={t('fields.amountSatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
              <MoneyInput data-testid="payment-amount" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="numbering" label={t('fields.numbering')}>
              <Radio.Group data-testid="payment-numbering">
                <Radio value="app">{t('ui.contributions.appNumbered')}</Radio>
                <Radio value="book">{t('ui.contributions.bookNumbered')}</Radio>
              </Radio.Group>
            </Form.Item>
          </Col>
          {numbering === 'book' && (
            <>
              <Col span={4}>
                <Form.Item name="bookNo" label={t('fields.bookNo')} rules={[{ required: true, message: t('ui.form.required') }]}>
                  <Input data-testid="payment-book-no" />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name="number" label={t('fields.number')} rules={[{ required: true, message: t('ui.form.required') }]}>
                  <Input data-testid="payment-book-number" />
                </Form.Item>
              </Col>
            </>
          )}
          <Col span={8}>
            <Form.Item name="collector" label={t('fields.collector')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <div style={{ marginBottom: 12 }} data-testid="payment-periods">
          {periods.length > 0 && t('ui.contributions.covers', { from: formatPeriod(periods[0] ?? '', language), to: formatPeriod(periods[periods.length - 1] ?? '', language), count: periods.length })}
          {receivedOn && /^\d{4}-/.test(receivedOn) ? ` · ${formatDate(receivedOn, language, 'long')}` : ''}
        </div>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="payment-submit">
          {t('ui.contributions.recordAndPrint')}
        </Button>
      </Form>
    </Card>
  );
}
