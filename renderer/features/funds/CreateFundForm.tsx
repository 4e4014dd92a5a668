import { Alert, Button, Card, Col, Divider, Form, Input, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFund } from '../../../shared/api/app-contract';
import { parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { todayIso } from '../../components/today';
import { FundProfileFields } from './fund-profile-fields';

type Values = Record<string, string | number | undefined> & { location: string; monthly: string; entryFee: string; yearly: string };

/** A new fund file with its profile and first contribution plan (e.g. 1 baht a day: 30 a month or 365 a year). */
export function CreateFundForm({ onCreated, onCancel }: { onCreated: (fund: OpenedFund) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const { location, monthly, entryFee, yearly, ...profile } = values;
    const openedOn = String(profile.openedOn ?? todayIso());
    const yearlySatang = yearly ? parseBaht(yearly) : undefined;
    const result = await api.app['funds.create']({
      location: location.endsWith('.swfund') ? location : `${location}.swfund`,
      profile: profile as never,
      plan: {
        effectiveFrom: openedOn,
        monthlySatang: parseBaht(monthly) ?? 0,
        entryFeeSatang: parseBaht(entryFee) ?? 0,
        bundles: yearlySatang ? [{ months: 12, priceSatang: yearlySatang }] : [],
      },
    });
    setBusy(false);
    if (result.ok) return onCreated(result.value);
    if (!showErrorOnForm(form, result.error, 'profile.')) setProblem(localized(result.error.message));
  }

  return (
    <Card title={t('ui.start.createFund')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ level: 'tambon', fiscalYearStartMonth: 10, openedOn: todayIso(), monthly: '30.00', entryFee: '20.00', yearly: '365.00', location: '' }}
      >
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} data-testid="form-error" />}
        <FundProfileFields withOpenedOn />
        <Divider>{t('ui.fund.planTitle')}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="monthly" label={t('fields.monthlySatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
              <MoneyInput data-testid="plan-monthly-input" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="yearly" label={t('ui.fund.yearlyBundle')}>
              <MoneyInput data-testid="plan-yearly-input" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="entryFee" label={t('fields.entryFeeSatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
              <MoneyInput data-testid="plan-entry-fee-input" />
            </Form.Item>
          </Col>
        </Row>
        <Divider />
        <Form.Item name="location" label={t('ui.fund.fileName')} rules={[{ required: true, message: t('ui.form.required') }]} extra={t('ui.fund.fileNameHint')}>
          <Input data-testid="fund-location-input" placeholder="my-fund.swfund" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="create-fund-submit">
            {t('ui.start.createFund')}
          </Button>
          <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
