import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatThaiId } from '../../../shared/domain/members/thai-id';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';

const pageSize = 200;
type Status = 'all' | 'active' | 'resigned' | 'deceased' | 'lapsed';

export const statusColors: Record<string, string> = { active: 'green', resigned: 'default', deceased: 'volcano', lapsed: 'orange' };

/**
 * The member register: search as you type (Thai names, citizen ID, member no.), and a virtual table that loads
 * further pages as it scrolls, so 30,000 members scroll smoothly.
 */
export function MembersPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>('all');
  const [rows, setRows] = useState<MemberRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);

  const load = useCallback(
    async (offset: number) => {
      const current = generation.current;
      setLoading(true);
      const result = await api.fund['members.search']({ query, status, offset, limit: pageSize });
      setLoading(false);
      if (!result.ok || current !== generation.current) return;
      setTotal(result.value.total);
      setRows((previous) => (offset === 0 ? result.value.rows : [...previous, ...result.value.rows]));
    },
    [query, status],
  );

  useEffect(() => {
    generation.current += 1;
    const timer = setTimeout(() => void load(0), 150);
    return () => clearTimeout(timer);
  }, [load]);

  const language = i18n.language === 'en' ? 'en' : 'th';
  return (
    <Card
      title={t('ui.members.title', { count: total })}
      extra={
        <Button type="primary" data-testid="register-member" onClick={() => navigate({ page: 'register' })}>
          {t('ui.members.register')}
        </Button>
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <Input.Search
          data-testid="member-search"
          allowClear
          autoFocus
          style={{ width: 380 }}
          placeholder={t('ui.members.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <Select<Status>
          value={status}
          style={{ width: 180 }}
          onChange={setStatus}
          options={(['all', 'active', 'resigned', 'deceased', 'lapsed'] as const).map((value) => ({ value, label: value === 'all' ? t('ui.members.allStatuses') : t(`statuses.${value}`) }))}
        />
      </Space>
      <Table<MemberRow>
        data-testid="member-table"
        rowKey="id"
        size="middle"
        virtual
        scroll={{ y: 560 }}
        loading={loading && rows.length === 0}
        dataSource={rows}
        pagination={false}
        onRow={(row) => ({ onClick: () => navigate({ page: 'member', memberId: row.id }), style: { cursor: 'pointer' } })}
        onScroll={(event) => {
          const target = event.currentTarget;
          if (!loading && rows.length < total && target.scrollTop + target.clientHeight > target.scrollHeight - 400) void load(rows.length);
        }}
        columns={[
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 110 },
          { title: t('fields.fullName'), dataIndex: 'fullName' },
          { title: t('fields.citizenId'), dataIndex: 'citizenId', width: 200, render: (value: string | null) => (value ? formatThaiId(value) : '—') },
          { title: t('fields.moo'), dataIndex: 'moo', width: 80 },
          { title: t('fields.approvedOn'), dataIndex: 'approvedOn', width: 140, render: (value: string) => formatDate(value, language) },
          { title: t('fields.status'), dataIndex: 'status', width: 130, render: (value: string) => <Tag color={statusColors[value]}>{t(`statuses.${value}`)}</Tag> },
        ]}
      />
    </Card>
  );
}
