import { CloudUploadOutlined, KeyOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Modal, Progress, Radio, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncExportResult, SyncExportRow, SyncPersonalData, SyncRecipientKey, SyncResentFile } from '../../../shared/api/sync-types';
import { formatInstant } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { deliverFile } from '../../api/files';
import { pickFile } from '../../api/pick-file';
import { runJob } from '../../api/run-job';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { SyncIdentityCard } from '../settings/SyncIdentityCard';
import { SyncKindChoice } from './SyncKindChoice';

/**
 * ส่งข้อมูลให้ พอช. (issue 18 §2–3): before anything is written the page says plainly what the file holds and what
 * stays home (members are pseudonymous unless the treasurer chooses full data with the regional workspace's key
 * file, Decision 18), and asks her to confirm which option this file uses; the export runs as a job with its
 * progress; once the file is written and
 * verified it is handed over, with its number and the key's fingerprint to read to the officer. The files sent
 * are listed, and a kept one can be handed over again, the same bytes.
 */
export function SyncPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { message } = AntApp.useApp();
  const [rows, setRows] = useState<SyncExportRow[]>();
  const [percent, setPercent] = useState<number>();
  const [done, setDone] = useState<SyncExportResult>();
  const [option, setOption] = useState<SyncPersonalData>('pseudonymous');
  const [recipient, setRecipient] = useState<SyncRecipientKey>();
  const [confirming, setConfirming] = useState(false);
  const [kind, setKind] = useState<SyncExportRow['kind']>('full');
  const full = option === 'encrypted-full';
  const last = rows?.[0];

  const load = useCallback(() => {
    void api.fund['sync.exports']({}).then((result) => result.ok && setRows(result.value.exports));
  }, []);
  useEffect(load, [load]);

  /** The key file the officer sent: read by the backend, which answers its fingerprint or what is wrong with it. */
  async function pickKey() {
    const picked = await pickFile('.swfkey');
    if (!picked) return;
    const read = picked.ok ? await api.fund['sync.recipientKey']({ fileId: picked.value.fileId }) : picked;
    if (!read.ok) {
      setRecipient(undefined);
      return void message.error(localized(read.error.message));
    }
    setRecipient(read.value);
  }

  async function exportFile() {
    setConfirming(false);
    setPercent(0);
    setDone(undefined);
    // the key text shown in the statement is the one sent, so the key she confirmed is the key used
    const personal =
      full && recipient ? { personalData: option, recipientKey: recipient.contents } : { personalData: 'pseudonymous' as const };
    const input = { ...personal, kind };
    const made = await runJob<SyncExportResult>('sync.export', input, (status) =>
      setPercent(status.total ? Math.round((100 * status.done) / status.total) : 0),
    );
    setPercent(undefined);
    if (!made.ok) return void message.error(localized(made.error.message));
    load();
    const delivered = await deliverFile(made.value);
    if (!delivered.ok) return void message.error(localized(delivered.error.message));
    setDone(made.value);
  }

  async function resend(sequence: number) {
    const found = await runJob<SyncResentFile>('sync.resend', { sequence }, () => undefined);
    const delivered = found.ok ? await deliverFile(found.value) : found;
    if (!delivered.ok) return void message.error(localized(delivered.error.message));
    void message.success(t('ui.exports.done', { location: delivered.value.location }));
  }

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="sync-page">
      <Card title={t('ui.sync.title')}>
        <Typography.Paragraph>{t('ui.sync.intro')}</Typography.Paragraph>
        <Alert
          type="info"
          showIcon
          data-testid="sync-privacy"
          message={t('ui.sync.pseudonymousTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              <li>{t('ui.sync.holds')}</li>
              <li>{t('ui.sync.staysHome')}</li>
              <li>{t('ui.sync.pseudonym')}</li>
            </ul>
          }
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('ui.sync.optionTitle')}
        </Typography.Title>
        <Radio.Group value={option} onChange={(event) => setOption(event.target.value as SyncPersonalData)} data-testid="sync-option">
          <Space direction="vertical">
            <Radio value="pseudonymous" data-testid="sync-option-pseudonymous">
              {t('ui.sync.optionPseudonymous')}
            </Radio>
            <Radio value="encrypted-full" data-testid="sync-option-full">
              {t('ui.sync.optionFull')}
            </Radio>
          </Space>
        </Radio.Group>
        {full && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="sync-full"
            message={t('ui.sync.fullTitle')}
            description={
              <Space direction="vertical">
                <span>{t('ui.sync.fullHolds')}</span>
                {recipient ? (
                  <span data-testid="sync-key-chosen">
                    {t('ui.sync.keyChosen', { workspace: recipient.workspace ?? '—', fingerprint: recipient.fingerprint })}{' '}
                    {t('ui.sync.fullEncrypted', { fingerprint: recipient.fingerprint })}
                  </span>
                ) : (
                  <span>{t('ui.sync.keyNeeded')}</span>
                )}
                <Button icon={<KeyOutlined />} onClick={() => void pickKey()} data-testid="sync-pick-key">
                  {t('ui.sync.pickKey')}
                </Button>
              </Space>
            }
          />
        )}
        <SyncKindChoice value={kind} onChange={setKind} last={last} />
        <Space style={{ marginTop: 16 }} align="center" wrap>
          <WriteAction>
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              loading={percent !== undefined}
              disabled={full && !recipient}
              onClick={() => setConfirming(true)}
              data-testid="sync-export"
            >
              {t('ui.sync.export')}
            </Button>
          </WriteAction>
          {percent !== undefined && <Progress percent={percent} style={{ width: 240 }} data-testid="sync-progress" />}
        </Space>
        <Modal
          open={confirming}
          title={t('ui.sync.confirmTitle')}
          onCancel={() => setConfirming(false)}
          footer={[
            <Button key="cancel" onClick={() => setConfirming(false)}>
              {t('ui.common.cancel')}
            </Button>,
            <Button key="ok" type="primary" autoFocus onClick={() => void exportFile()} data-testid="sync-confirm-ok">
              {t('ui.sync.confirmOk')}
            </Button>,
          ]}
        >
          <Typography.Paragraph data-testid="sync-confirm-kind">
            {kind === 'incremental' && last ? t('ui.sync.confirmIncremental', { sequence: last.sequence }) : t('ui.sync.confirmKindFull')}
          </Typography.Paragraph>
          <Typography.Paragraph data-testid="sync-confirm-statement">
            {full && recipient ? t('ui.sync.confirmFull', { fingerprint: recipient.fingerprint }) : t('ui.sync.confirmPseudonymous')}
          </Typography.Paragraph>
        </Modal>
        {done && (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 16 }}
            data-testid="sync-done"
            message={t('ui.sync.done', { sequence: done.sequence, fileName: done.fileName })}
            description={
              <>
                <Typography.Paragraph style={{ marginBottom: 4 }}>{t('ui.sync.readAloud')}</Typography.Paragraph>
                <Typography.Text strong style={{ fontFamily: 'monospace', fontSize: 20 }} data-testid="sync-done-fingerprint">
                  {done.fingerprint}
                </Typography.Text>
              </>
            }
          />
        )}
      </Card>
      <SyncIdentityCard />
      <Card title={t('ui.sync.history')}>
        <Table<SyncExportRow>
          rowKey="sequence"
          size="small"
          loading={rows === undefined}
          dataSource={rows}
          pagination={false}
          data-testid="sync-history"
          locale={{ emptyText: t('ui.sync.none') }}
          columns={[
            { title: t('ui.sync.sequence'), dataIndex: 'sequence', width: 90 },
            {
              title: t('ui.sync.kindColumn'),
              render: (_, row) => (row.kind === 'incremental' ? t('ui.sync.kindNameIncremental') : t('ui.sync.kindNameFull')),
            },
            { title: t('ui.sync.exportedAt'), dataIndex: 'exportedAt', render: (at: string) => formatInstant(at, language) },
            { title: t('ui.sync.members'), align: 'right', render: (_, row) => (row.counts.members ?? 0).toLocaleString('th-TH') },
            {
              title: t('ui.sync.level'),
              render: (_, row) =>
                row.personalData === 'encrypted-full'
                  ? t('ui.sync.levelFull', { fingerprint: row.recipientFingerprint ?? '' })
                  : t('ui.sync.levelPseudonymous'),
            },
            { title: t('ui.sync.fileName'), dataIndex: 'fileName', ellipsis: true },
            {
              title: '',
              width: 150,
              render: (_, row) => (
                <Button size="small" onClick={() => void resend(row.sequence)} data-testid={`sync-resend-${row.sequence}`}>
                  {t('ui.sync.resend')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
