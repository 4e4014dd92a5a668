import { CheckCircleTwoTone, CloseCircleTwoTone, DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Descriptions, Drawer, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BylawAttachment, BylawVersion } from '../../../shared/api/bylaw-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { essentialClauseGroups } from '../../../shared/domain/bylaws/clause-groups';
import { api } from '../../api/client';
import { deliverFile } from '../../api/files';
import { pickFile } from '../../api/pick-file';
import { runJob } from '../../api/run-job';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { bylawFileTypes } from './AttachmentPicker';
import { adoptingMeeting, amendmentLabel } from './bylaw-labels';

type Props = { versionId: number; isLatest: boolean; onClose: () => void; onChanged: () => void };

/**
 * One version: where it stands, its checklist group by group (covered ✓ / missing ✗, and where each item is
 * found), the welfare rule versions it adopts, its files to download or add, its text, and the void of an entry
 * made by mistake.
 */
export function BylawDetail({ versionId, isLatest, onClose, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { message } = AntApp.useApp();
  const [version, setVersion] = useState<BylawVersion>();
  const [isVoiding, setVoiding] = useState(false);

  const load = useCallback(() => {
    void api.fund['bylaws.get']({ versionId }).then((result) => {
      if (result.ok) setVersion(result.value);
      else void message.error(localized(result.error.message));
    });
  }, [versionId, message]);
  useEffect(load, [load]);

  async function download(attachment: BylawAttachment) {
    const made = await runJob<{ fileId: string; fileName: string }>('bylaws.attachment', { attachmentId: attachment.id }, () => undefined);
    const delivered = made.ok ? await deliverFile(made.value) : made;
    if (!delivered.ok) return void message.error(localized(delivered.error.message));
    void message.success(t('ui.bylaws.detail.downloaded', { location: delivered.value.location }));
  }

  async function attach() {
    const picked = await pickFile(bylawFileTypes);
    if (!picked) return;
    const attached = picked.ok ? await api.fund['bylaws.attach']({ versionId, fileId: picked.value.fileId }) : picked;
    if (!attached.ok) return void message.error(localized(attached.error.message));
    setVersion(attached.value);
    onChanged();
  }

  const date = (iso: string) => formatDate(iso, language);
  const found = new Map(version?.clauses.map((clause) => [clause.item, clause.foundAt]));
  const name = (rule: { nameTh: string; nameEn: string }) => (language === 'en' ? rule.nameEn : rule.nameTh);

  return (
    <Drawer
      open
      size={860}
      onClose={onClose}
      title={version && t('ui.bylaws.detail.title', { title: version.title, amendment: amendmentLabel(t, version.amendmentNo) })}
      extra={
        version &&
        isLatest &&
        !version.voided && (
          <WriteAction>
            <Button danger onClick={() => setVoiding(true)} data-testid="bylaw-void">
              {t('ui.bylaws.detail.void')}
            </Button>
          </WriteAction>
        )
      }
    >
      {version && (
        <div data-testid="bylaw-detail">
          {version.voided && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('ui.bylaws.detail.voided', {
                at: date(version.voided.at.slice(0, 10)),
                by: version.voided.by,
                reason: version.voided.reason,
              })}
            />
          )}
          <Descriptions
            size="small"
            column={2}
            bordered
            style={{ marginBottom: 16 }}
            items={[
              { key: 'adoptedOn', label: t('ui.bylaws.columns.adoptedOn'), children: date(version.adoptedOn) },
              {
                key: 'inForce',
                label: t('ui.bylaws.columns.inForce'),
                children: version.isInForce ? <Tag color="green">{t('ui.bylaws.inForceTag')}</Tag> : '—',
              },
              { key: 'meeting', label: t('ui.bylaws.columns.meeting'), span: 2, children: adoptingMeeting(version) },
            ]}
          />
          <Typography.Title level={5}>{t('ui.bylaws.detail.checklist')}</Typography.Title>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12, marginBottom: 16 }}>
            {essentialClauseGroups.map((entry) => {
              const isCovered = version.coverage.find((coverage) => coverage.group === entry.group)?.isCovered ?? false;
              return (
                <Card
                  key={entry.group}
                  size="small"
                  data-testid={`bylaw-check-${entry.group}`}
                  data-covered={isCovered}
                  title={
                    <Space>
                      {isCovered ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#ff4d4f" />}
                      {t(`bylaws.groups.${entry.group}`)}
                      <Tag color={isCovered ? 'green' : 'red'}>
                        {t(isCovered ? 'ui.bylaws.detail.covered' : 'ui.bylaws.detail.missing')}
                      </Tag>
                    </Space>
                  }
                >
                  {entry.items.map((item) => (
                    <div key={item} style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                      <span>
                        {found.has(item) ? '✓' : '✗'} {t(`bylaws.items.${item}`)}
                      </span>
                      <Typography.Text type={found.has(item) ? undefined : 'danger'}>
                        {found.get(item) ?? t('ui.bylaws.detail.notFound')}
                      </Typography.Text>
                    </div>
                  ))}
                </Card>
              );
            })}
          </div>
          <Typography.Title level={5}>{t('ui.bylaws.detail.rules')}</Typography.Title>
          <List
            size="small"
            style={{ marginBottom: 16 }}
            dataSource={version.rules}
            locale={{ emptyText: t('ui.bylaws.detail.noRules') }}
            renderItem={(rule) => (
              <List.Item data-testid="bylaw-rule">
                {t('ui.bylaws.form.ruleOption', { name: name(rule), date: date(rule.effectiveFrom) })}
              </List.Item>
            )}
          />
          <Typography.Title level={5}>{t('ui.bylaws.detail.attachments')}</Typography.Title>
          <List
            size="small"
            dataSource={version.attachments}
            locale={{ emptyText: t('ui.bylaws.detail.noAttachments') }}
            renderItem={(attachment) => (
              <List.Item
                data-testid="bylaw-attachment"
                actions={[
                  <Button
                    key="download"
                    size="small"
                    icon={<DownloadOutlined />}
                    onClick={() => void download(attachment)}
                    data-testid={`bylaw-download-${attachment.id}`}
                  >
                    {t('ui.bylaws.detail.download')}
                  </Button>,
                ]}
              >
                {attachment.fileName} ({t('ui.bylaws.form.kiloBytes', { size: Math.ceil(attachment.bytes / 1024).toLocaleString() })})
              </List.Item>
            )}
          />
          {!version.voided && (
            <WriteAction>
              <Button
                icon={<PaperClipOutlined />}
                onClick={() => void attach()}
                style={{ margin: '8px 0 16px' }}
                data-testid="bylaw-attach-more"
              >
                {t('ui.bylaws.detail.attachMore')}
              </Button>
            </WriteAction>
          )}
          <Typography.Title level={5}>{t('ui.bylaws.detail.text')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxHeight: 400, overflow: 'auto' }} data-testid="bylaw-text">
            {version.bodyText === '' ? t('ui.bylaws.detail.noText') : version.bodyText}
          </Typography.Paragraph>
        </div>
      )}
      {isVoiding && (
        <VoidModal
          versionId={versionId}
          onClose={() => setVoiding(false)}
          onDone={(voided) => {
            setVoiding(false);
            setVersion(voided);
            onChanged();
          }}
        />
      )}
    </Drawer>
  );
}

function VoidModal({ versionId, onClose, onDone }: { versionId: number; onClose: () => void; onDone: (version: BylawVersion) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const [busy, setBusy] = useState(false);
  async function submit(values: { reason?: string }) {
    setBusy(true);
    const result = await api.fund['bylaws.void']({ versionId, reason: values.reason ?? '' });
    setBusy(false);
    if (!result.ok) return form.setFields([{ name: 'reason', errors: [localized(result.error.message)] }]);
    onDone(result.value);
  }
  return (
    <Modal
      open
      title={t('ui.bylaws.detail.voidTitle')}
      okText={t('ui.bylaws.detail.void')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'bylaw-void-confirm' }}
      cancelText={t('ui.common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('ui.bylaws.detail.voidHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="reason" label={t('fields.reason')} rules={[{ required: true, message: t('ui.form.required') }]}>
          <Input.TextArea rows={2} maxLength={300} placeholder={t('ui.bylaws.detail.reasonPlaceholder')} data-testid="bylaw-void-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
