import { Card, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncIdentity } from '../../../shared/api/sync-types';
import { api } from '../../api/client';

/** Digits read aloud are read group by group: large, evenly spaced, the same width each. */
const groupStyle = { fontFamily: 'monospace', fontSize: 28, fontVariantNumeric: 'tabular-nums', letterSpacing: 2 } as const;

/**
 * The fund's key fingerprint (issue 18 §2): the treasurer reads it to her regional officer on the phone, who pins
 * the fund's key at its first sync file; and the fund's UUID, which a separate copy does not share.
 */
export function SyncIdentityCard() {
  const { t } = useTranslation();
  const [identity, setIdentity] = useState<SyncIdentity>();
  useEffect(() => {
    void api.fund['sync.identity']({}).then((result) => result.ok && setIdentity(result.value));
  }, []);

  return (
    <Card title={t('ui.syncIdentity.title')} style={{ marginTop: 16 }} loading={!identity} data-testid="sync-identity-card">
      <Typography.Paragraph type="secondary">{t('ui.syncIdentity.hint')}</Typography.Paragraph>
      <Space wrap size={[24, 8]} data-testid="sync-identity-fingerprint">
        {identity?.fingerprint.split(' ').map((group, index) => (
          <Typography.Text key={index} strong style={groupStyle}>
            {group}
          </Typography.Text>
        ))}
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('ui.syncIdentity.fundUuid')}: <Typography.Text copyable>{identity?.fundUuid}</Typography.Text>
      </Typography.Paragraph>
      {identity?.demo && (
        <Tag color="orange" style={{ marginTop: 8 }} data-testid="sync-identity-demo">
          {t('ui.syncIdentity.demo')}
        </Tag>
      )}
    </Card>
  );
}
