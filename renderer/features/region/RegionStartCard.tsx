import { ClusterOutlined, FolderOpenOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Empty, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedRegion, RegionFileEntry } from '../../../shared/api/region-types';
import { formatInstantDate } from '../../../shared/domain/buddhist-date';
import { api, isDesktop } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';

/**
 * The start screen's card for regional officers (issue 18 §4): a workspace (`.swregion`) is another kind of file
 * than a fund, kept in its own folder and opened in the same app. Web mode names workspaces in the server's
 * Regions folder; the desktop app picks or saves one through the system dialogs.
 */
export function RegionStartCard({ onOpened }: { onOpened: (region: OpenedRegion) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [workspaces, setWorkspaces] = useState<RegionFileEntry[]>([]);
  const [isCreating, setCreating] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const language = i18n.language === 'en' ? 'en' : 'th';

  useEffect(() => {
    void api.app['regions.list']({}).then((result) => result.ok && setWorkspaces(result.value.workspaces));
  }, []);

  async function open(location: string) {
    const result = await api.app['regions.open']({ location });
    if (result.ok) onOpened(result.value);
    else if (result.error.code !== 'cancelled') void message.error(localized(result.error.message));
  }

  async function create(values: { name: string }) {
    const result = await api.app['regions.create']({ location: `${values.name.trim()}.swregion` });
    if (result.ok) return onOpened(result.value);
    if (result.error.code === 'cancelled') return;
    if (!showErrorOnForm(form, { ...result.error, field: 'name' })) void message.error(localized(result.error.message));
  }

  return (
    <Card
      className="start-card"
      style={{ marginTop: 24 }}
      data-testid="region-card"
      title={
        <span className="card-title">
          <ClusterOutlined /> {t('ui.region.start.title')}
        </span>
      }
    >
      <Typography.Paragraph type="secondary">{t('ui.region.start.text')}</Typography.Paragraph>
      {workspaces.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.region.start.none')} />
      ) : (
        <ul className="start-list start-list-small">
          {workspaces.map((workspace) => (
            <li key={workspace.location} className="start-list-item">
              <div className="start-list-text">
                <div className="start-list-title">{workspace.name}</div>
                <div className="start-list-description">
                  {t('ui.region.start.changed', { date: formatInstantDate(workspace.modifiedAt, language) })}
                </div>
              </div>
              <Button
                type="link"
                className="start-list-action"
                data-testid={`region-open-${workspace.name}`}
                onClick={() => void open(workspace.location)}
              >
                {t('ui.start.open')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {isCreating ? (
        <Form form={form} layout="vertical" onFinish={(values) => void create(values)} style={{ marginTop: 16 }}>
          <Form.Item
            name="name"
            label={t('ui.region.start.name')}
            rules={[{ required: true, whitespace: true, message: t('ui.region.start.nameRequired') }]}
          >
            <Input autoFocus maxLength={80} data-testid="region-create-name" placeholder={t('ui.region.start.namePlaceholder')} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} data-testid="region-create-submit">
              {t('ui.region.start.create')}
            </Button>
            <Button onClick={() => setCreating(false)}>{t('ui.common.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <Space wrap style={{ marginTop: 16 }}>
          <Button
            icon={<PlusOutlined />}
            data-testid="region-create"
            onClick={() => (isDesktop() ? void create({ name: t('ui.region.start.defaultName') }) : setCreating(true))}
          >
            {t('ui.region.start.new')}
          </Button>
          {isDesktop() && (
            <Button icon={<FolderOpenOutlined />} data-testid="region-pick" onClick={() => void open('workspace.swregion')}>
              {t('ui.region.start.pick')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
