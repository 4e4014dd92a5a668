import { App as AntApp, Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Village } from '../../../shared/api/fund-types';
import { WriteAction } from '../../app/fund-access';
import { useVillages } from './use-villages';
import { VillageFormModal } from './VillageFormModal';

/** The villages register in the settings (issue 16 §5): each village's DOPA code, หมู่, name, households, population. */
export function VillagesCard({ subdistrictCode }: { subdistrictCode?: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { villages, reload } = useVillages();
  const [editing, setEditing] = useState<Village | 'new'>();
  const number = (value: number | null) => (value === null ? '' : value.toLocaleString('th-TH'));

  return (
    <Card
      title={t('ui.villages.title')}
      style={{ marginTop: 16 }}
      data-testid="villages-card"
      extra={
        <WriteAction>
          <Button onClick={() => setEditing('new')} data-testid="villages-add">
            {t('ui.villages.add')}
          </Button>
        </WriteAction>
      }
    >
      <Typography.Paragraph type="secondary">{t('ui.villages.hint')}</Typography.Paragraph>
      <Table<Village>
        size="small"
        rowKey="id"
        loading={villages === undefined}
        dataSource={villages ?? []}
        pagination={false}
        locale={{ emptyText: t('ui.villages.none') }}
        data-testid="villages-table"
        columns={[
          { title: t('fields.moo'), dataIndex: 'moo', width: 80, align: 'center' },
          { title: t('fields.village'), dataIndex: 'name' },
          { title: t('fields.code'), dataIndex: 'code', width: 140 },
          { title: t('fields.households'), dataIndex: 'households', align: 'right', render: number },
          { title: t('fields.population'), dataIndex: 'population', align: 'right', render: number },
          { title: t('ui.villages.members'), dataIndex: 'members', align: 'right', render: number },
          {
            key: 'edit',
            width: 90,
            render: (_value: unknown, village: Village) => (
              <WriteAction>
                <Button size="small" onClick={() => setEditing(village)} data-testid={`village-edit-${village.id}`}>
                  {t('ui.villages.edit')}
                </Button>
              </WriteAction>
            ),
          },
        ]}
      />
      {editing && (
        <VillageFormModal
          village={editing === 'new' ? undefined : editing}
          subdistrictCode={subdistrictCode}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            void message.success(t('ui.villages.saved'));
            void reload();
          }}
        />
      )}
    </Card>
  );
}
