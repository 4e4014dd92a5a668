import { App as AntApp, Card, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { WriteAction } from '../../app/fund-access';

/**
 * The fund's setting "approvals cite a resolution" (issue 17): on for a fund made with this version, off for one
 * upgraded from an earlier version until the treasurer turns it on, since its approvals so far were typed as words.
 */
export function ApprovalCitationsCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [isOn, setOn] = useState<boolean>();
  const [isSaving, setSaving] = useState(false);
  useEffect(() => {
    void api.fund['meetings.approvalsCite']({}).then((result) => result.ok && setOn(result.value.on));
  }, []);

  async function change(on: boolean) {
    setSaving(true);
    const result = await api.fund['meetings.setApprovalsCite']({ on });
    setSaving(false);
    if (!result.ok) return void message.error(localized(result.error.message));
    setOn(result.value.on);
    void message.success(t('ui.common.saved'));
  }

  return (
    <Card title={t('ui.approvalCitations.title')} style={{ marginTop: 16 }} data-testid="approval-citations-card">
      <Typography.Paragraph type="secondary">{t('ui.approvalCitations.hint')}</Typography.Paragraph>
      <WriteAction>
        <Switch
          checked={isOn ?? false}
          loading={isOn === undefined || isSaving}
          onChange={(on) => void change(on)}
          data-testid="approval-citations-switch"
        />
      </WriteAction>
      <Typography.Text style={{ marginLeft: 8 }}>{t(isOn ? 'ui.approvalCitations.on' : 'ui.approvalCitations.off')}</Typography.Text>
    </Card>
  );
}
