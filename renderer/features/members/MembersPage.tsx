import { FileExcelOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag, Typography, type TableRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskThaiId } from '../../../shared/domain/privacy/consent';
import type { MemberRow } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { ExportButtons } from '../../components/ExportButtons';
import { usePagedRows } from '../../components/use-paged-rows';
import { useTableHeight } from '../../components/use-table-height';
import { statusColors } from './status-colors';
import { WriteAction } from '../../app/fund-access';
import { memberCategories, type MemberCategory } from '../../../shared/domain/members/member-categories';
import { useVillages } from '../villages/use-villages';
import { villageLabel } from '../villages/village-label';

type StatusFilter = 'all' | 'active' | 'resigned' | 'deceased' | 'lapsed' | 'voided';
// Voided registrations are in no list but their own (issue 14 §17).
const statusFilters: StatusFilter[] = ['all', 'active', 'resigned', 'deceased', 'lapsed', 'voided'];

/**
 * The member register: search as you type (Thai names, citizen ID, member no.), and a virtual table with
 * one-line rows that loads the next 200 as it scrolls, so 30,000 members scroll smoothly.
 */
export function MembersPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [villageId, setVillageId] = useState<number>();
  const [category, setCategory] = useState<MemberCategory>();
  const { villages } = useVillages();
  const tableHeight = useTableHeight(330);
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api.fund['members.search']({
        query: query.trim(),
        status,
        offset,
        limit,
        ...(villageId === undefined ? {} : { villageId }),
        ...(category === undefined ? {} : { category }),
      }),
    [query, status, villageId, category],
  );
  // ~150 ms after the last key: fast typists send one search, not one per letter.
  const { rows, total, isLoading, onScroll } = usePagedRows(fetchPage, 200, 150);
  const tableRef = useRef<TableRef>(null);
  // A new search starts at the top, not where the previous list was scrolled to.
  useEffect(() => tableRef.current?.scrollTo({ top: 0 }), [fetchPage]);
  const language = i18n.language === 'en' ? 'en' : 'th';

  return (
    <Card
      title={t('ui.members.title', { count: total })}
      extra={
        <Space wrap>
          {/* The printed register follows the village chosen below ("no village" prints the whole fund's). */}
          <Typography.Text type="secondary">{t('ui.members.registerExport')}</Typography.Text>
          <ExportButtons method="exports.memberRegister" input={villageId ? { villageId } : {}} testId="member-register-export" />
          <Button data-testid="open-retention" onClick={() => navigate({ page: 'retention' })}>
            {t('ui.privacy.retention.open')}
          </Button>
          <Button data-testid="open-applicants" onClick={() => navigate({ page: 'applicants' })}>
            {t('ui.applicants.title')}
          </Button>
          <WriteAction>
            <Button icon={<FileExcelOutlined />} data-testid="open-member-import" onClick={() => navigate({ page: 'memberImport' })}>
              {t('ui.memberImport.open')}
            </Button>
          </WriteAction>
          <WriteAction>
            <Button type="primary" icon={<PlusOutlined />} data-testid="register-member" onClick={() => navigate({ page: 'register' })}>
              {t('ui.members.register')}
            </Button>
          </WriteAction>
        </Space>
      }
    >
      <div className="page-toolbar">
        {/* The wrapper keeps `member-search` on an element holding the input, as the browser test expects. */}
        <span data-testid="member-search" style={{ width: 440, maxWidth: '100%' }}>
          <Input
            data-testid="member-search-input"
            allowClear
            autoFocus
            size="large"
            prefix={<SearchOutlined />}
            placeholder={t('ui.members.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </span>
        <Select<StatusFilter>
          value={status}
          size="large"
          style={{ width: 190 }}
          onChange={setStatus}
          data-testid="member-status-filter"
          options={statusFilters.map((value) => ({
            value,
            label: value === 'all' ? t('ui.members.allStatuses') : value === 'voided' ? t('ui.memberVoid.filter') : t(`statuses.${value}`),
          }))}
        />
        <Select<number>
          allowClear
          size="large"
          style={{ width: 220 }}
          value={villageId}
          onChange={setVillageId}
          placeholder={t('ui.members.allVillages')}
          data-testid="member-village-filter"
          options={[
            ...(villages ?? []).map((village) => ({
              value: village.id,
              label: villageLabel(t, village),
              keywords: [String(village.moo ?? '')],
            })),
            { value: 0, label: t('ui.villages.noVillage') },
          ]}
        />
        <Select<MemberCategory>
          allowClear
          size="large"
          style={{ width: 170 }}
          value={category}
          onChange={setCategory}
          placeholder={t('ui.members.allCategories')}
          data-testid="member-category-filter"
          options={memberCategories.map((value) => ({ value, label: t(`memberCategories.${value}`) }))}
        />
        <span className="spacer" />
        <Typography.Text type="secondary" data-testid="member-count">
          {t('ui.members.shown', { shown: rows.length, total })}
        </Typography.Text>
      </div>
      <Table<MemberRow>
        data-testid="member-table"
        className="clickable-rows"
        ref={tableRef}
        rowKey="id"
        size="middle"
        virtual
        scroll={{ y: tableHeight }}
        loading={isLoading && rows.length === 0}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: isLoading ? ' ' : t('ui.members.none') }}
        onRow={(row) => ({
          onClick: () => navigate({ page: 'member', memberId: row.id }),
          className: row.isVoided ? 'voided-row' : undefined,
        })}
        onScroll={onScroll}
        columns={[
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 120 },
          { title: t('fields.fullName'), dataIndex: 'fullName', ellipsis: true },
          {
            title: t('fields.citizenId'),
            dataIndex: 'citizenId',
            width: 200,
            // Masked in the list (PDPA minimisation): the full ID is on the member's page, where a look is logged.
            render: (value: string | null) => (value ? maskThaiId(value) : '—'),
          },
          {
            title: t('ui.members.villageColumn'),
            dataIndex: 'village',
            width: 200,
            ellipsis: true,
            render: (_value: string, row) =>
              row.village === '' && row.moo === null ? '' : villageLabel(t, { moo: row.moo, name: row.village }),
          },
          { title: t('fields.approvedOn'), dataIndex: 'approvedOn', width: 150, render: (value: string) => formatDate(value, language) },
          {
            title: t('fields.status'),
            dataIndex: 'status',
            width: 140,
            render: (value: MemberRow['status'], row) =>
              row.isVoided ? (
                <Tag color="red">{t('ui.memberVoid.tag')}</Tag>
              ) : (
                <Tag color={statusColors[value]}>{t(`statuses.${value}`)}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
