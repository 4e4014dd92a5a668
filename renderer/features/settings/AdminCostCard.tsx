import { App as AntApp, Button, Card, Form, Input, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { WhyDisabled } from '../../components/WhyDisabled';
import { WriteAction } from '../../app/fund-access';

type Values = { percent: string };

/** A whole percent from 1 to 100, as typed (Thai digits are not expected here: the field is a number field). */
function percentOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= 100 ? value : undefined;
}

/**
 * Decision 14's administration-cost limit: the percent of the fiscal year's รายรับ + รายได้ that administration
 * costs are checked against when an expense voucher is typed (a warning with the figures, never a refusal).
 */
export function AdminCostCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [percent, setPercent] = useState<number>();

  const reload = useCallback(async () => {
    const result = await api.fund['fund.adminCost']({});
    if (!result.ok) return void message.error(localized(result.error.message));
    setPercent(result.value.percent);
    form.setFieldsValue({ percent: String(result.value.percent) });
  }, [form, message]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function save(values: Values) {
    const result = await api.fund['fund.setAdminCost']({ percent: percentOf(values.percent) ?? Number(values.percent) });
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) void message.error(localized(result.error.message));
      return;
    }
    setPercent(result.value.percent);
    void message.success(t('ui.common.saved'));
  }

  return (
    <Card title={t('ui.adminCost.title')} style={{ marginTop: 16 }} data-testid="admin-cost-card">
      <Typography.Paragraph type="secondary">{t('ui.adminCost.hint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item
          name="percent"
          label={t('fields.percent')}
          rules={[
            {
              validator: (_rule, value: string | undefined) =>
                percentOf(value ?? '') === undefined ? Promise.reject(new Error(t('ui.adminCost.rule'))) : Promise.resolve(),
            },
          ]}
        >
          <Input suffix={t('ui.adminCost.suffix')} inputMode="numeric" style={{ maxWidth: 160 }} data-testid="admin-cost-percent" />
        </Form.Item>
        <WhyDisabled reason={percent === undefined ? t('ui.whyDisabled.loading') : undefined}>
          <WriteAction>
            <Button htmlType="submit" disabled={percent === undefined} data-testid="admin-cost-save">
              {t('ui.common.save')}
            </Button>
          </WriteAction>
        </WhyDisabled>
      </Form>
    </Card>
  );
}
