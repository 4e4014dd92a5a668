import { Alert, App as AntApp, Button, Card, Col, Form, Row, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundProfile, PlanRate } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { todayIso } from '../../components/today';
import { FundProfileFields } from '../funds/fund-profile-fields';

/** The fund's profile (edited with version check) and its effective-dated contribution plan. */
export function SettingsPage({ onFundChanged }: { onFundChanged: (profile: FundProfile) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [profile, setProfile] = useState<FundProfile>();
  const [rates, setRates] = useState<PlanRate[]>([]);
  const [problem, setProblem] = useState<string>();
  const [profileForm] = Form.useForm();
  const [rateForm] = Form.useForm<{ effectiveFrom: string; monthly: string; entryFee: string; yearly: string }>();
  const language = i18n.language === 'en' ? 'en' : 'th';

  const reload = useCallback(async () => {
    const [fund, plan] = await Promise.all([api.fund['fund.get']({}), api.fund['plan.list']({})]);
    if (fund.ok) {
      setProfile(fund.value);
      profileForm.setFieldsValue({ ...fund.value, fundCode: fund.value.isCodeProvisional ? '' : fund.value.fundCode });
    }
    if (plan.ok) setRates(plan.value);
  }, [profileForm]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (!profile) return null;
  return (
    <Row gutter={24}>
      <Col span={14}>
        <Card title={t('ui.settings.profile')}>
          {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
          <Form
            form={profileForm}
            layout="vertical"
            onFinish={async (values) => {
              const { uuid: _uuid, version: _version, isCodeProvisional: _provisional, openedOn: _openedOn, ...rest } = { ...profile, ...values };
              const result = await api.fund['fund.update']({ expectedVersion: profile.version, profile: rest });
              if (!result.ok) {
                if (!showErrorOnForm(profileForm, result.error, 'profile.')) setProblem(localized(result.error.message));
                return;
              }
              setProblem(undefined);
              setProfile(result.value);
              onFundChanged(result.value);
              void message.success(t('ui.common.saved'));
            }}
          >
            <FundProfileFields withOpenedOn={false} />
            <Button type="primary" htmlType="submit" data-testid="settings-save">{t('ui.common.save')}</Button>
          </Form>
        </Card>
      </Col>
      <Col span={10}>
        <Card title={t('ui.settings.plan')}>
          <Table<PlanRate>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={rates}
            columns={[
              { title: t('fields.effectiveFrom'), dataIndex: 'effectiveFrom', render: (value: string) => formatDate(value, language) },
              { title: t('fields.monthlySatang'), dataIndex: 'monthlySatang', className: 'money', render: (value: number) => formatBaht(value) },
              { title: t('fields.entryFeeSatang'), dataIndex: 'entryFeeSatang', className: 'money', render: (value: number) => formatBaht(value) },
              { title: t('fields.bundles'), dataIndex: 'bundles', render: (bundles: PlanRate['bundles']) => bundles.map((bundle) => t('ui.settings.bundle', { months: bundle.months, price: formatBaht(bundle.priceSatang) })).join(', ') },
            ]}
          />
          <Form
            form={rateForm}
            layout="vertical"
            style={{ marginTop: 16 }}
            initialValues={{ effectiveFrom: todayIso(), monthly: '30.00', entryFee: '0.00', yearly: '' }}
            onFinish={async (values) => {
              const yearly = values.yearly ? parseBaht(values.yearly) : undefined;
              const result = await api.fund['plan.addRate']({
                effectiveFrom: values.effectiveFrom,
                monthlySatang: parseBaht(values.monthly) ?? 0,
                entryFeeSatang: parseBaht(values.entryFee) ?? 0,
                bundles: yearly ? [{ months: 12, priceSatang: yearly }] : [],
              });
              if (!result.ok) {
                if (!showErrorOnForm(rateForm, result.error.field === 'monthlySatang' ? { ...result.error, field: 'monthly' } : result.error)) void message.error(localized(result.error.message));
                return;
              }
              void reload();
            }}
          >
            <Form.Item name="effectiveFrom" label={t('fields.effectiveFrom')} rules={[isoDateRule(t('ui.form.badDate'))]}>
              <BuddhistDateInput />
            </Form.Item>
            <Form.Item name="monthly" label={t('fields.monthlySatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
              <MoneyInput />
            </Form.Item>
            <Form.Item name="yearly" label={t('ui.fund.yearlyBundle')}>
              <MoneyInput />
            </Form.Item>
            <Form.Item name="entryFee" label={t('fields.entryFeeSatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
              <MoneyInput />
            </Form.Item>
            <Button htmlType="submit">{t('ui.settings.addRate')}</Button>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}
