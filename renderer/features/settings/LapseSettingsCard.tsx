import { App as AntApp, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { WhyDisabled } from '../../components/WhyDisabled';

/** Decision 8's setting: how many overdue months put a member on the committee's list of proposed lapses. */
export function LapseSettingsCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [months, setMonths] = useState<number | null>(null);
  useEffect(() => {
    void api.fund['lapses.settings']({}).then((result) => result.ok && setMonths(result.value.proposalMonths));
  }, []);

  async function save() {
    if (months === null) return;
    const result = await api.fund['lapses.setSettings']({ proposalMonths: months });
    if (!result.ok) return void message.error(localized(result.error.message));
    void message.success(t('ui.common.saved'));
  }

  return (
    <Card title={t('ui.lapses.settingsTitle')} style={{ marginTop: 16 }} data-testid="lapse-settings-card">
      <Typography.Paragraph type="secondary">{t('ui.lapses.settingsHint')}</Typography.Paragraph>
      <Space>
        <InputNumber
          min={1}
          max={120}
          precision={0}
          value={months}
          onChange={(value) => setMonths(value)}
          suffix={t('ui.contributions.months')}
          style={{ width: 160 }}
          aria-label={t('fields.proposalMonths')}
          data-testid="lapse-settings-months"
        />
        <WhyDisabled reason={months === null ? t('ui.whyDisabled.loading') : undefined}>
          <WriteAction>
            <Button onClick={() => void save()} disabled={months === null} data-testid="lapse-settings-save">
              {t('ui.common.save')}
            </Button>
          </WriteAction>
        </WhyDisabled>
      </Space>
    </Card>
  );
}
