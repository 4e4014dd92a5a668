import { App as AntApp, Checkbox, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DescribedOutcome, RegionAlert } from '../../../shared/api/region-types';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { FingerprintDigits } from './FingerprintDigits';

/**
 * An officer's decision on an alert, with the reason logged (Decision 17, reliability §(c)):
 * - `rebase`: a fund restored from a backup sent an older number; its file is let in and the chain starts again.
 * - `repin`: a known fund made a new key (a lost laptop); the new fingerprint, confirmed with the fund, replaces
 *   the one pinned, and the file is imported.
 */
export function OfficerDecisionDialog({
  workspace,
  officer,
  alert,
  decision,
  onClose,
}: {
  workspace: string;
  officer: string;
  alert: RegionAlert;
  decision: 'rebase' | 'repin';
  onClose: (outcome?: DescribedOutcome | null) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [isSame, setSame] = useState(decision === 'rebase');
  const [isBusy, setBusy] = useState(false);

  async function decide(values: { reason: string }) {
    setBusy(true);
    const common = { workspace, officer, alertId: alert.id, reason: values.reason };
    const result =
      decision === 'rebase'
        ? await api.region['region.rebase']({ ...common, fundUuid: alert.fundUuid })
        : await api.region['region.repin']({ ...common, fingerprint: alert.fingerprint });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) void message.error(localized(result.error.message));
      return;
    }
    void message.success(t(`ui.region.${decision}.done`, { code: alert.code }));
    onClose(result.value.outcome);
  }

  return (
    <Modal
      open
      width={720}
      title={t(`ui.region.${decision}.title`)}
      okText={t(`ui.region.${decision}.confirm`)}
      okButtonProps={{ disabled: !isSame || officer.trim() === '', loading: isBusy, 'data-testid': `region-${decision}-confirm` }}
      cancelText={t('ui.common.cancel')}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      data-testid={`region-${decision}-dialog`}
    >
      <Typography.Paragraph>{t(`ui.region.${decision}.explain`)}</Typography.Paragraph>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('ui.region.columns.code')}>{alert.code}</Descriptions.Item>
        <Descriptions.Item label={t('ui.region.columns.name')}>{alert.name}</Descriptions.Item>
        <Descriptions.Item label={t('ui.region.import.file')}>{alert.fileName}</Descriptions.Item>
        <Descriptions.Item label={t('ui.region.alerts.sequence')}>
          {t('ui.region.alerts.sequenceText', { sequence: alert.sequence, last: alert.lastSequence ?? '—' })}
        </Descriptions.Item>
        <Descriptions.Item label={t('ui.region.officer')}>{officer || '—'}</Descriptions.Item>
      </Descriptions>
      {decision === 'repin' && (
        <>
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 4 }}>{t('ui.region.repin.old')}</Typography.Paragraph>
          <Typography.Text type="secondary" delete style={{ fontFamily: 'monospace', fontSize: 18 }}>
            {alert.pinnedFingerprint}
          </Typography.Text>
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 4 }}>{t('ui.region.repin.new')}</Typography.Paragraph>
          <FingerprintDigits fingerprint={alert.fingerprint} testId="region-repin-fingerprint" />
          <div style={{ marginTop: 12 }}>
            <Checkbox checked={isSame} onChange={(event) => setSame(event.target.checked)} data-testid="region-repin-same">
              {t('ui.region.pin.same')}
            </Checkbox>
          </div>
        </>
      )}
      <Form form={form} layout="vertical" style={{ marginTop: 16 }} onFinish={(values) => void decide(values)}>
        <Form.Item
          name="reason"
          label={t('ui.region.reason')}
          rules={[{ required: true, whitespace: true, message: t('ui.region.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={300} data-testid={`region-${decision}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
