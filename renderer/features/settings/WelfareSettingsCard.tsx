import { App as AntApp, Card, Radio, Space, Switch, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareSettings } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { useReadOnlyReason } from '../../app/fund-access';

/**
 * The fund's welfare settings: whether arrears at death are kept back from the death benefit (Decision 11), and
 * whether a reinstated member's years of membership start again or continue from the first spell (Decision 6).
 */
export function WelfareSettingsCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [settings, setSettings] = useState<WelfareSettings>();
  // What was last asked for: two quick changes in a row each send both settings, the second including the first.
  const wanted = useRef<WelfareSettings>(undefined);
  // A fund open only to look shows its settings and changes none (the banner says why).
  const isReadOnly = useReadOnlyReason() !== undefined;

  useEffect(() => {
    void api.fund['welfare.settings']({}).then((result) => {
      if (!result.ok) return;
      wanted.current = result.value;
      setSettings(result.value);
    });
  }, []);

  async function change(next: Partial<WelfareSettings>) {
    if (!wanted.current) return;
    const asked = { ...wanted.current, ...next };
    wanted.current = asked;
    setSettings(asked);
    const result = await api.fund['welfare.updateSettings'](asked);
    if (!result.ok) return void message.error(localized(result.error.message));
    void message.success(t('ui.common.saved'));
  }

  return (
    <Card title={t('ui.welfareSettings.title')} style={{ marginTop: 16 }}>
      <Space direction="vertical" size="large">
        <Space align="start">
          <Switch
            checked={settings?.deductArrearsAtDeath ?? true}
            loading={!settings}
            disabled={isReadOnly}
            onChange={(value) => void change({ deductArrearsAtDeath: value })}
            data-testid="deduct-arrears-switch"
          />
          <div>
            <div>{t('fields.deductArrearsAtDeath')}</div>
            <Typography.Text type="secondary">{t('ui.welfareSettings.deductHint')}</Typography.Text>
          </div>
        </Space>
        <div>
          <div>{t('fields.membershipCounting')}</div>
          <Radio.Group
            value={settings?.membershipCounting ?? 'current-spell'}
            disabled={!settings || isReadOnly}
            onChange={(event) => void change({ membershipCounting: event.target.value as WelfareSettings['membershipCounting'] })}
            options={(['current-spell', 'first-spell'] as const).map((value) => ({
              value,
              label: t(`ui.welfareSettings.counting.${value}`),
            }))}
            data-testid="membership-counting"
          />
        </div>
      </Space>
    </Card>
  );
}
