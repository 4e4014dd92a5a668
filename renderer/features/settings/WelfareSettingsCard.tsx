import { App as AntApp, Card, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';

/** The fund's welfare settings (Decision 11): whether arrears at death are kept back from the death benefit. */
export function WelfareSettingsCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [deduct, setDeduct] = useState<boolean>();

  useEffect(() => {
    void api.fund['welfare.settings']({}).then((result) => result.ok && setDeduct(result.value.deductArrearsAtDeath));
  }, []);

  async function change(value: boolean) {
    const result = await api.fund['welfare.updateSettings']({ deductArrearsAtDeath: value });
    if (!result.ok) return void message.error(localized(result.error.message));
    setDeduct(result.value.deductArrearsAtDeath);
    void message.success(t('ui.common.saved'));
  }

  return (
    <Card title={t('ui.welfareSettings.title')} style={{ marginTop: 16 }}>
      <Space align="start">
        <Switch checked={deduct ?? true} loading={deduct === undefined} onChange={(value) => void change(value)} data-testid="deduct-arrears-switch" />
        <div>
          <div>{t('fields.deductArrearsAtDeath')}</div>
          <Typography.Text type="secondary">{t('ui.welfareSettings.deductHint')}</Typography.Text>
        </div>
      </Space>
    </Card>
  );
}
