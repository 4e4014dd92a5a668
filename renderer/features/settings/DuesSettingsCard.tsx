import { Alert, App as AntApp, Button, Card, Form, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuesSettings } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { WriteAction } from '../../app/fund-access';

/** The form's values: the last day of the month is 0 here, since a select cannot hold null as a choice. */
type DuesForm = { duesFrom: DuesSettings['duesFrom']; dueDay: number };

const lastDay = 0;

/**
 * Decision 7's settings of the fund: whether a new member's dues start from the month of approval or of
 * application, and the day of the month after which an unpaid month is in arrears. Saving re-derives every
 * member's dues; the backend refuses a change that would leave a paid month outside membership.
 */
export function DuesSettingsCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<DuesForm>();
  const [saved, setSaved] = useState<DuesSettings>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const dueDay = Form.useWatch('dueDay', form);

  useEffect(() => {
    void api.fund['fund.duesSettings']({}).then((result) => {
      if (!result.ok) return setProblem(localized(result.error.message));
      setSaved(result.value);
      form.setFieldsValue({ duesFrom: result.value.duesFrom, dueDay: result.value.dueDay ?? lastDay });
    });
  }, [form]);

  async function save(values: DuesForm) {
    setBusy(true);
    const result = await api.fund['fund.updateDuesSettings']({
      duesFrom: values.duesFrom,
      dueDay: values.dueDay === lastDay ? null : values.dueDay,
    });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    setProblem(undefined);
    setSaved(result.value);
    void message.success(t('ui.common.saved'));
  }

  const dayOptions = [
    { value: lastDay, label: t('ui.duesSettings.lastDay') },
    ...Array.from({ length: 31 }, (_, index) => ({ value: index + 1, label: t('ui.duesSettings.day', { day: index + 1 }) })),
  ];
  return (
    <Card title={t('ui.duesSettings.title')} style={{ marginTop: 16 }} data-testid="dues-settings">
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="dues-settings-error" />}
      <Form<DuesForm> form={form} layout="vertical" onFinish={(values) => void save(values)} disabled={!saved}>
        <Form.Item name="duesFrom" label={t('fields.duesFrom')} extra={t('ui.duesSettings.duesFromHint')}>
          <Radio.Group
            options={(['approval', 'application'] as const).map((value) => ({ value, label: t(`ui.duesSettings.from.${value}`) }))}
            data-testid="dues-from"
          />
        </Form.Item>
        <Form.Item name="dueDay" label={t('fields.dueDay')} extra={t('ui.duesSettings.dueDayHint')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={dayOptions}
            style={{ maxWidth: 320 }}
            data-testid="due-day"
            aria-label={t('fields.dueDay')}
          />
        </Form.Item>
        {typeof dueDay === 'number' && dueDay > 28 && (
          <Typography.Paragraph type="secondary">{t('ui.duesSettings.shortMonth', { day: dueDay })}</Typography.Paragraph>
        )}
        <WriteAction>
          <Button type="primary" htmlType="submit" loading={isBusy} data-testid="dues-settings-save">
            {t('ui.common.save')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}
