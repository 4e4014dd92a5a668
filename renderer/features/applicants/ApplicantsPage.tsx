import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Input, Segmented, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationRow, ApplicationState } from '../../../shared/api/application-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatThaiId } from '../../../shared/domain/members/thai-id';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';

type StateFilter = ApplicationState | 'all';
const stateColors: Record<ApplicationState, string> = { waiting: 'gold', approved: 'green', refused: 'red' };

/**
 * Applicants (ผู้สมัคร): applications recorded before the committee meets, those waiting first, oldest first —
 * the order the committee takes them in — then the decided ones. A row opens the application and its form.
 */
export function ApplicantsPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [query, setQuery] = useState('');
  const [state, setState] = useState<StateFilter>('waiting');
  const [rows, setRows] = useState<ApplicationRow[]>();
  useEffect(() => {
    const timer = setTimeout(() => {
      void api.fund['applications.list']({ query, state, limit: 500 }).then((result) => result.ok && setRows(result.value.rows));
    }, 150);
    return () => clearTimeout(timer);
  }, [query, state]);

  return (
    <Card
      title={t('ui.applicants.title')}
      extra={
        <Space>
          <Button onClick={() => navigate({ page: 'members' })}>{t('ui.applicants.toMembers')}</Button>
          <WriteAction>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate({ page: 'apply' })} data-testid="add-application">
              {t('ui.applicants.add')}
            </Button>
          </WriteAction>
        </Space>
      }
    >
      <div className="page-toolbar">
        <Input
          allowClear
          size="large"
          style={{ width: 400, maxWidth: '100%' }}
          prefix={<SearchOutlined />}
          placeholder={t('ui.applicants.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="application-search"
        />
        <Segmented<StateFilter>
          value={state}
          onChange={setState}
          data-testid="application-state-filter"
          options={(['waiting', 'approved', 'refused', 'all'] as const).map((value) => ({
            value,
            label: t(`ui.applicants.states.${value}`),
          }))}
        />
      </div>
      <Table<ApplicationRow>
        data-testid="application-table"
        className="clickable-rows"
        rowKey="id"
        size="middle"
        loading={!rows}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: t('ui.applicants.none') }}
        onRow={(row) => ({ onClick: () => navigate({ page: 'application', applicationId: row.id }) })}
        columns={[
          { title: t('fields.appliedOn'), dataIndex: 'appliedOn', width: 140, render: (value: string) => formatDate(value, language) },
          { title: t('fields.fullName'), dataIndex: 'fullName', ellipsis: true },
          {
            title: t('fields.citizenId'),
            dataIndex: 'citizenId',
            width: 200,
            render: (value: string | null) => (value ? formatThaiId(value) : '—'),
          },
          { title: t('ui.members.villageColumn'), dataIndex: 'village', width: 200, ellipsis: true },
          {
            title: t('ui.applicants.state'),
            dataIndex: 'state',
            width: 220,
            render: (value: ApplicationState, row) => (
              <Tag color={stateColors[value]}>
                {t(`ui.applicants.states.${value}`)}
                {row.memberNo ? ` ${t('ui.applicants.memberNo', { memberNo: row.memberNo })}` : ''}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
