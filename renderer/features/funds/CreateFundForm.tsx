import { Alert, Button, Card, Divider, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withExtension } from './fund-file-name';
import type { OpenedFund } from '../../../shared/api/app-contract';
import { api } from '../../api/client';
import { preloadFundShell } from '../../app/lazy-pages';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { FundProfileFields, type FundProfileFormValues } from './fund-profile-fields';
import { PlanFields } from './PlanFields';
import { defaultPlanValues, planFieldAliases, planFromValues, type PlanFormValues } from './plan-values';

type Values = FundProfileFormValues & PlanFormValues & { location: string };

/** A new fund file with its profile and first contribution plan, in force from the day it starts using the app. */
export function CreateFundForm({ onCreated, onCancel }: { onCreated: (fund: OpenedFund) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const { location, monthly, entryFee, bundles, ...profile } = values;
    const [result] = await Promise.all([
      api.app['funds.create']({
        location: withExtension(location),
        profile,
        plan: { effectiveFrom: profile.openedOn ?? todayIso(), ...planFromValues({ monthly, entryFee, bundles }) },
      }),
      preloadFundShell(),
    ]);
    setBusy(false);
    if (result.ok) return onCreated(result.value);
    const aliases = { ...planFieldAliases, ...Object.fromEntries(Object.keys(profile).map((key) => [`profile.${key}`, key])) };
    if (!showErrorOnForm(form, result.error, { aliases })) setProblem(localized(result.error.message));
  }

  return (
    <Card className="start-card" title={<span className="card-title">{t('ui.start.createFund')}</span>}>
      <Typography.Paragraph type="secondary">{t('ui.start.createIntro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={(values) => void submit(values)}
        initialValues={{
          level: 'tambon',
          fiscalYearStartMonth: 10,
          openedOn: todayIso(),
          ...defaultPlanValues,
          entryFee: '20.00',
          location: '',
        }}
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="form-error" />}
        <Divider titlePlacement="start">{t('ui.fund.profileTitle')}</Divider>
        <FundProfileFields withOpenedOn />
        <Divider titlePlacement="start">{t('ui.fund.planTitle')}</Divider>
        <PlanFields />
        <Divider titlePlacement="start">{t('ui.fund.fileTitle')}</Divider>
        <Form.Item
          name="location"
          label={t('ui.fund.fileName')}
          rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
          extra={t('ui.fund.fileNameHint')}
        >
          <Input data-testid="fund-location-input" placeholder="my-fund.swfund" />
        </Form.Item>
        <Space>
          <Button type="primary" size="large" htmlType="submit" loading={busy} data-testid="create-fund-submit">
            {t('ui.start.createFund')}
          </Button>
          <Button size="large" onClick={onCancel} data-testid="create-fund-cancel">
            {t('ui.common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
