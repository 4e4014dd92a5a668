import { Alert, App as AntApp, Button, Card, Form, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRate } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { PlanFields } from '../funds/PlanFields';
import { planFieldAliases, planFromValues, planToValues, type PlanFormValues } from '../funds/plan-values';
import { useAmountConfirmation } from '../../components/use-amount-confirmation';
import { WriteAction } from '../../app/fund-access';

type Values = PlanFormValues & { effectiveFrom: string };

/** The plan is effective-dated data (Decision 7): a new rate applies to payments received from its date on. */
export function PlanRatesCard() {
  const { t, i18n } = useTranslation();
  const confirmAmount = useAmountConfirmation();
  const { message } = AntApp.useApp();
  const [rates, setRates] = useState<PlanRate[]>([]);
  const [form] = Form.useForm<Values>();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const effectiveFrom = Form.useWatch('effectiveFrom', form);

  const reload = useCallback(async () => {
    const result = await api.fund['plan.list']({});
    if (!result.ok) return;
    setRates(result.value);
    // A new rate starts from the one in force, so only what changes needs typing.
    const latest = result.value[result.value.length - 1];
    if (latest) form.setFieldsValue(planToValues(latest));
  }, [form]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function addRate(values: Values) {
    const result = await confirmAmount((isLargeAmountConfirmed) =>
      api.fund['plan.addRate']({ effectiveFrom: values.effectiveFrom, ...planFromValues(values), isLargeAmountConfirmed }),
    );
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases: planFieldAliases })) void message.error(localized(result.error.message));
      return;
    }
    void message.success(
      result.value.change === 'corrected'
        ? t('ui.settings.rateCorrected', { date: formatDate(values.effectiveFrom, language) })
        : t('ui.common.saved'),
    );
    void reload();
  }

  // Which will happen on saving (issue 14): a new rate, the correction of an unused one, or a refusal.
  const change = (() => {
    if (typeof effectiveFrom !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom)) return undefined;
    const date = formatDate(effectiveFrom, language);
    const same = rates.find((rate) => rate.effectiveFrom === effectiveFrom);
    if (!same) return { kind: 'info' as const, text: t('ui.settings.rateWillAdd', { date }) };
    return same.usedBy === null
      ? { kind: 'warning' as const, text: t('ui.settings.rateWillCorrect', { date }) }
      : { kind: 'error' as const, text: t('ui.settings.rateInUse', { date, receiptNo: same.usedBy }) };
  })();

  return (
    <Card title={t('ui.settings.plan')}>
      <Table<PlanRate>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rates}
        data-testid="plan-rates"
        columns={[
          { title: t('fields.effectiveFrom'), dataIndex: 'effectiveFrom', render: (value: string) => formatDate(value, language) },
          {
            title: t('fields.monthlySatang'),
            dataIndex: 'monthlySatang',
            className: 'money',
            align: 'right',
            render: (value: number) => formatBaht(value),
          },
          {
            title: t('fields.entryFeeSatang'),
            dataIndex: 'entryFeeSatang',
            className: 'money',
            align: 'right',
            render: (value: number) => formatBaht(value),
          },
          {
            title: t('fields.bundles'),
            dataIndex: 'bundles',
            render: (bundles: PlanRate['bundles']) =>
              bundles
                .map((bundle) => t('ui.settings.bundle', { months: bundle.months, price: formatBaht(bundle.priceSatang) }))
                .join(', ') || '—',
          },
          {
            title: t('ui.settings.usage'),
            dataIndex: 'usedBy',
            render: (usedBy: string | null) =>
              usedBy === null ? (
                <Tag color="blue">{t('ui.settings.rateOpen')}</Tag>
              ) : (
                <Tag>{t('ui.settings.rateUsed', { receiptNo: usedBy })}</Tag>
              ),
          },
        ]}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 20 }}
        initialValues={{ effectiveFrom: todayIso(), monthly: '', entryFee: '0.00', bundles: [] }}
        onFinish={(values) => void addRate(values)}
      >
        <Form.Item
          name="effectiveFrom"
          label={t('fields.effectiveFrom')}
          rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
        >
          <BuddhistDateInput data-testid="plan-effective-input" style={{ maxWidth: 200 }} />
        </Form.Item>
        <PlanFields />
        {change && <Alert type={change.kind} showIcon title={change.text} style={{ marginBottom: 12 }} data-testid="plan-change" />}
        <WriteAction>
          <Button type="primary" htmlType="submit" data-testid="plan-add-rate">
            {t('ui.settings.addRate')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}
