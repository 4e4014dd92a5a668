import { App as AntApp, Checkbox, Descriptions, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DescribedOutcome, PendingFund } from '../../../shared/api/region-types';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { FingerprintDigits } from './FingerprintDigits';

/**
 * A new fund's first files wait until an officer confirms its key (reliability §(c) check 4): the fingerprint is
 * shown large, in six groups of five digits, to compare with what the treasurer reads on the phone. Confirming
 * pins the key, in the officer's name, and imports the fund's waiting files.
 */
export function PinDialog({
  workspace,
  officer,
  fund,
  onClose,
}: {
  workspace: string;
  officer: string;
  fund: PendingFund;
  onClose: (outcomes?: DescribedOutcome[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [isSame, setSame] = useState(false);
  const [isBusy, setBusy] = useState(false);

  async function pin() {
    setBusy(true);
    const result = await api.region['region.pin']({ workspace, officer, fundUuid: fund.fundUuid, fingerprint: fund.fingerprint });
    setBusy(false);
    if (!result.ok) return void message.error(localized(result.error.message));
    void message.success(t('ui.region.pin.done', { code: fund.code }));
    onClose(result.value.outcomes);
  }

  return (
    <Modal
      open
      width={720}
      title={t('ui.region.pin.title')}
      okText={t('ui.region.pin.confirm')}
      okButtonProps={{ disabled: !isSame || officer.trim() === '', loading: isBusy, 'data-testid': 'region-pin-confirm' }}
      cancelText={t('ui.common.cancel')}
      onOk={() => void pin()}
      onCancel={() => onClose()}
      data-testid="region-pin-dialog"
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('ui.region.columns.code')}>{fund.code}</Descriptions.Item>
        <Descriptions.Item label={t('ui.region.columns.name')}>{fund.name}</Descriptions.Item>
        <Descriptions.Item label={t('ui.region.place')}>
          {t('ui.region.placeText', { district: fund.districtName, province: fund.provinceName })}
        </Descriptions.Item>
        <Descriptions.Item label={t('ui.region.pin.files')}>{t('ui.region.pin.filesText', { count: fund.files })}</Descriptions.Item>
        <Descriptions.Item label={t('ui.region.officer')}>{officer || '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ marginTop: 16 }}>{t('ui.region.pin.compare')}</Typography.Paragraph>
      <FingerprintDigits fingerprint={fund.fingerprint} testId="region-pin-fingerprint" />
      <div style={{ marginTop: 16 }}>
        <Checkbox checked={isSame} onChange={(event) => setSame(event.target.checked)} data-testid="region-pin-same">
          {t('ui.region.pin.same')}
        </Checkbox>
      </div>
    </Modal>
  );
}
