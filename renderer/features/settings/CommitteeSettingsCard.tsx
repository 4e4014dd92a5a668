import { Alert, App as AntApp, Button, Card, Form, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeSettings } from '../../../shared/api/committee-types';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { WriteAction } from '../../app/fund-access';

/**
 * The fund's bylaw on its committee (issue 17 §1): whether every seat must be held by a member of the fund. Off by
 * default, since status form §8.1 counts local government, headmen, monks and experts among the committee.
 */
export function CommitteeSettingsCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CommitteeSettings>();
  const [isLoaded, setLoaded] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    void api.fund['committee.overview']({}).then((result) => {
      if (!result.ok) return setProblem(localized(result.error.message));
      form.setFieldsValue(result.value.settings);
      setLoaded(true);
    });
  }, [form]);

  async function save(values: CommitteeSettings) {
    setBusy(true);
    const result = await api.fund['committee.updateSettings']({ seatsMustBeMembers: values.seatsMustBeMembers === true });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    setProblem(undefined);
    form.setFieldsValue(result.value);
    void message.success(t('ui.common.saved'));
  }

  return (
    <Card title={t('ui.committee.settingsTitle')} style={{ marginTop: 16 }} data-testid="committee-settings">
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('ui.committee.settingsIntro')}</Typography.Paragraph>
      <Form<CommitteeSettings> form={form} layout="inline" onFinish={(values) => void save(values)} disabled={!isLoaded}>
        <Form.Item name="seatsMustBeMembers" label={t('ui.committee.mustBeMembers')} valuePropName="checked">
          <Switch data-testid="committee-must-be-members" />
        </Form.Item>
        <WriteAction>
          <Button type="primary" htmlType="submit" loading={isBusy} data-testid="committee-settings-save">
            {t('ui.common.save')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}
