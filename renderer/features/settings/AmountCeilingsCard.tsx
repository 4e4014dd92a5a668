import { App as AntApp, Button, Card, Form, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmountCeilings } from '../../../shared/api/fund-types';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { WhyDisabled } from '../../components/WhyDisabled';
import { WriteAction } from '../../app/fund-access';

type Values = { payment: string; payout: string; grant: string };
const kinds = ['payment', 'payout', 'grant'] as const;
const aliases = { paymentSatang: 'payment', payoutSatang: 'payout', grantSatang: 'grant' };

/**
 * The fund's plausibility ceilings (issue 14 §11): an amount typed above one is saved only after the person
 * confirms it, which catches 36,500 typed for 365.00. Grants are recorded later; their ceiling is set here now.
 */
export function AmountCeilingsCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [ceilings, setCeilings] = useState<AmountCeilings>();

  const reload = useCallback(async () => {
    const result = await api.fund['fund.ceilings']({});
    if (!result.ok) return void message.error(localized(result.error.message));
    setCeilings(result.value);
    form.setFieldsValue({
      payment: formatBaht(result.value.paymentSatang),
      payout: formatBaht(result.value.payoutSatang),
      grant: formatBaht(result.value.grantSatang),
    });
  }, [form, message]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function save(values: Values) {
    const result = await api.fund['fund.setCeilings']({
      paymentSatang: parseBaht(values.payment) ?? 0,
      payoutSatang: parseBaht(values.payout) ?? 0,
      grantSatang: parseBaht(values.grant) ?? 0,
    });
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases })) void message.error(localized(result.error.message));
      return;
    }
    setCeilings(result.value);
    void message.success(t('ui.common.saved'));
  }

  return (
    <Card title={t('ui.ceilings.title')} style={{ marginTop: 16 }} data-testid="ceilings-card">
      <Typography.Paragraph type="secondary">{t('ui.ceilings.hint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        {kinds.map((kind) => (
          <Form.Item key={kind} name={kind} label={t(`fields.${kind}Satang`)} rules={[moneyRule(t('ui.form.badMoney'))]}>
            <MoneyInput data-testid={`ceiling-${kind}`} />
          </Form.Item>
        ))}
        <WhyDisabled reason={ceilings ? undefined : t('ui.whyDisabled.loading')}>
          <WriteAction>
            <Button htmlType="submit" disabled={!ceilings} data-testid="ceilings-save">
              {t('ui.common.save')}
            </Button>
          </WriteAction>
        </WhyDisabled>
      </Form>
    </Card>
  );
}
