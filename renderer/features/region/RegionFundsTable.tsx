import { FileExcelOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProducedFile } from '../../../shared/api/fund-types';
import type { RegionFundRow, RegionSortKey, RegionTablePage } from '../../../shared/api/region-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { deliverFile } from '../../api/files';
import { runJob } from '../../api/run-job';
import { localized } from '../../components/api-errors';

type Query = { provinceCode?: string; districtCode?: string; sort: RegionSortKey; descending: boolean };

const criterionColours: Record<string, string> = { pass: 'green', fail: 'red', incomplete: 'gold' };

function yearWelfare(row: RegionFundRow): number | null {
  return row.lastExportOn === null ? null : row.welfare.reduce((sum, line) => sum + line.yearSatang, 0);
}

const baht = (satang: number | null) => (satang === null ? '—' : formatBaht(satang));

/**
 * The region's table (issue 18 §4): each fund's last export, members, money, welfare paid this fiscal year (by type
 * when a row is opened) and the four certification criteria as the fund assessed itself; filtered by province and
 * district and sorted by the backend, so the Excel download is the same table.
 */
export function RegionFundsTable({ workspace, version }: { workspace: string; version: number }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [query, setQuery] = useState<Query>({ sort: 'code', descending: false });
  const [page, setPage] = useState<RegionTablePage>();
  const [excelPercent, setExcelPercent] = useState<number>();

  const load = useCallback(() => {
    void api.region['region.table']({ workspace, ...query }).then((result) => {
      if (result.ok) setPage(result.value);
      else void message.error(localized(result.error.message));
    });
  }, [workspace, query, message]);
  useEffect(load, [load, version]);

  async function downloadExcel() {
    setExcelPercent(0);
    const made = await runJob<ProducedFile>('region.summaryExcel', { workspace, ...query }, (status) =>
      setExcelPercent(status.total ? Math.round((100 * status.done) / status.total) : 50),
    );
    setExcelPercent(undefined);
    if (!made.ok) return void message.error(localized(made.error.message));
    const delivered = await deliverFile(made.value);
    if (!delivered.ok && delivered.error.code !== 'cancelled') void message.error(localized(delivered.error.message));
  }

  const sortOrder = (key: RegionSortKey) => (query.sort === key ? (query.descending ? 'descend' : 'ascend') : null);
  const districts = (page?.districts ?? []).filter((district) => !query.provinceCode || district.provinceCode === query.provinceCode);

  return (
    <Card
      title={t('ui.region.table.title')}
      data-testid="region-table-card"
      extra={
        <Space>
          {excelPercent !== undefined && <Progress type="circle" size={28} percent={excelPercent} />}
          <Button
            icon={<FileExcelOutlined />}
            loading={excelPercent !== undefined}
            onClick={() => void downloadExcel()}
            data-testid="region-excel"
          >
            {t('ui.region.table.excel')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 240 }}
          placeholder={t('ui.region.table.allProvinces')}
          aria-label={t('ui.region.columns.province')}
          value={query.provinceCode ?? null}
          options={(page?.provinces ?? []).map((place) => ({ value: place.code, label: place.name }))}
          onChange={(code: string | null | undefined) => {
            const { provinceCode: _province, districtCode: _district, ...rest } = query;
            setQuery(code ? { ...rest, provinceCode: code } : rest);
          }}
          data-testid="region-filter-province"
        />
        <Select
          allowClear
          style={{ width: 240 }}
          placeholder={t('ui.region.table.allDistricts')}
          aria-label={t('ui.region.columns.district')}
          value={query.districtCode ?? null}
          options={districts.map((place) => ({ value: place.code, label: place.name }))}
          onChange={(code: string | null | undefined) => {
            const { districtCode: _district, ...rest } = query;
            setQuery(code ? { ...rest, districtCode: code } : rest);
          }}
          data-testid="region-filter-district"
        />
        <Typography.Text type="secondary" data-testid="region-table-count">
          {t('ui.region.table.count', { count: page?.rows.length ?? 0 })}
        </Typography.Text>
      </Space>
      <Table<RegionFundRow>
        data-testid="region-table"
        size="small"
        rowKey="fundUuid"
        loading={!page}
        dataSource={page?.rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1170 }}
        locale={{ emptyText: t('ui.region.table.empty') }}
        onChange={(_pagination, _filters, sorter) => {
          const chosen = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = chosen?.order ? (chosen.columnKey as RegionSortKey) : 'code';
          setQuery({ ...query, sort: key, descending: chosen?.order === 'descend' });
        }}
        expandable={{
          rowExpandable: (row) => row.welfare.length > 0,
          expandedRowRender: (row) => (
            <Table
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={row.welfare}
              columns={[
                { title: t('ui.region.welfare.type'), key: 'type', render: (_, line) => (language === 'en' ? line.nameEn : line.nameTh) },
                { title: t('ui.region.welfare.yearPersons'), dataIndex: 'yearPersons', align: 'right' },
                { title: t('ui.region.welfare.yearAmount'), dataIndex: 'yearSatang', align: 'right', render: baht },
                { title: t('ui.region.welfare.cumulativePersons'), dataIndex: 'cumulativePersons', align: 'right' },
                { title: t('ui.region.welfare.cumulativeAmount'), dataIndex: 'cumulativeSatang', align: 'right', render: baht },
              ]}
            />
          ),
        }}
        columns={[
          {
            title: t('ui.region.columns.code'),
            dataIndex: 'code',
            key: 'code',
            width: 100,
            sorter: true,
            sortOrder: sortOrder('code'),
            fixed: 'left',
          },
          { title: t('ui.region.columns.name'), dataIndex: 'name', key: 'name', width: 190, sorter: true, sortOrder: sortOrder('name') },
          {
            title: t('ui.region.columns.province'),
            dataIndex: 'provinceName',
            key: 'province',
            width: 100,
            sorter: true,
            sortOrder: sortOrder('province'),
          },
          {
            title: t('ui.region.columns.district'),
            dataIndex: 'districtName',
            key: 'district',
            width: 110,
            sorter: true,
            sortOrder: sortOrder('district'),
          },
          {
            title: t('ui.region.columns.lastExport'),
            dataIndex: 'lastExportOn',
            key: 'lastExportOn',
            width: 115,
            sorter: true,
            sortOrder: sortOrder('lastExportOn'),
            render: (day: string | null) => (day ? formatDate(day, language) : <Tag>{t('ui.region.roster.states.never-exported')}</Tag>),
          },
          {
            title: t('ui.region.columns.members'),
            dataIndex: 'membersCurrent',
            key: 'membersCurrent',
            width: 85,
            align: 'right',
            sorter: true,
            sortOrder: sortOrder('membersCurrent'),
            render: (count: number | null) => count ?? '—',
          },
          {
            title: t('ui.region.columns.money'),
            dataIndex: 'moneyOnHandSatang',
            key: 'moneyOnHandSatang',
            width: 120,
            align: 'right',
            sorter: true,
            sortOrder: sortOrder('moneyOnHandSatang'),
            render: baht,
          },
          {
            title: t('ui.region.columns.welfareYear'),
            key: 'welfare',
            width: 120,
            align: 'right',
            render: (_, row) => baht(yearWelfare(row)),
          },
          {
            title: t('ui.region.columns.criteria'),
            key: 'criteria',
            width: 180,
            render: (_, row) => (
              <Space size={4} wrap>
                {row.criteria.map((criterion, index) => (
                  <Tag
                    key={criterion.key}
                    color={criterionColours[criterion.status] ?? 'default'}
                    title={t(`certification.statuses.${criterion.status}`)}
                  >
                    {t('ui.region.criterion', { number: index + 1, status: t(`certification.statuses.${criterion.status}`) })}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
