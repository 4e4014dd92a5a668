import { App as AntApp, Button, Card, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrearsPlace } from '../../../shared/api/fund-types';
import type { LapseProposal, LapseProposalList } from '../../../shared/api/lapse-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { isValidIsoDate } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput } from '../../components/BuddhistDateInput';
import { ExportButtons } from '../../components/ExportButtons';
import { localized } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { WhyDisabled } from '../../components/WhyDisabled';
import { NextMeetingAgenda } from '../meetings/NextMeetingAgenda';
import { villageLabel } from '../villages/village-label';
import { PlaceFilter } from '../villages/PlaceFilter';
import { RecordLapsesModal } from './RecordLapsesModal';

/**
 * เสนอพ้นสภาพ (issue 17 §4; Decision 8): the members active on a day and behind by the fund's number of months,
 * by village; ticked ones go on the next committee meeting's agenda, the list prints for the committee with a
 * decision box per member, and once the committee has decided, its decision is recorded for the ticked members.
 * Nothing here changes a status until that decision is recorded.
 */
export function LapseProposalsPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const th = i18n.getFixedT('th');
  const { message } = AntApp.useApp();
  const [asOf, setAsOf] = useState(todayIso());
  const [villageId, setVillageId] = useState<number>();
  const [list, setList] = useState<LapseProposalList>();
  const [places, setPlaces] = useState<ArrearsPlace[]>([]);
  const [ticked, setTicked] = useState<number[]>([]);
  const [recording, setRecording] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'th';

  const load = useCallback(async () => {
    if (!isValidIsoDate(asOf)) return;
    const result = await api.fund['lapses.proposals']({ asOf, ...(villageId === undefined ? {} : { villageId }) });
    if (!result.ok) return void message.error(localized(result.error.message));
    setList(result.value);
    setTicked([]);
    if (villageId === undefined) setPlaces(result.value.places);
  }, [asOf, villageId, message]);
  useEffect(() => {
    void load();
  }, [load]);

  const rows = list?.rows ?? [];
  const chosen = rows.filter((row) => ticked.includes(row.memberId));
  const agenda = chosen.map((row) =>
    th('ui.lapses.agendaItem', { member: `${row.memberNo} ${row.fullName}`, months: row.arrearsMonths, owed: formatBaht(row.owedSatang) }),
  );

  return (
    <Card
      title={t('ui.lapses.title')}
      extra={<ExportButtons method="exports.lapseProposals" input={{ asOf, villageId }} testId="lapses-export" />}
    >
      <Typography.Paragraph type="secondary">
        {t('ui.lapses.explain', { count: list?.proposalMonths ?? 3 })}{' '}
        <Typography.Link onClick={() => navigate({ page: 'settings' })}>{t('ui.lapses.toSettings')}</Typography.Link>
      </Typography.Paragraph>
      <div className="page-toolbar">
        <Typography.Text>{t('ui.lapses.asOf')}</Typography.Text>
        <BuddhistDateInput value={asOf} onChange={(value) => setAsOf(value ?? '')} style={{ width: 160 }} data-testid="lapses-as-of" />
        <PlaceFilter places={places} value={villageId} onChange={setVillageId} testId="lapses-village" />
        <span className="spacer" />
        <Typography.Text strong data-testid="lapses-total">
          {t('ui.arrears.totals', {
            members: list?.totals.members ?? 0,
            months: list?.totals.months ?? 0,
            owed: formatBaht(list?.totals.owedSatang ?? 0),
          })}
        </Typography.Text>
      </div>
      <NextMeetingAgenda key={agenda.join('|')} items={agenda} messages="ui.lapses" testId="lapses-to-agenda" />
      <Space style={{ marginBottom: 12 }}>
        <WhyDisabled reason={chosen.length === 0 ? t('ui.lapses.tickFirst') : undefined}>
          <WriteAction>
            <Button type="primary" danger disabled={chosen.length === 0} onClick={() => setRecording(true)} data-testid="lapses-record">
              {t('ui.lapses.record', { count: chosen.length })}
            </Button>
          </WriteAction>
        </WhyDisabled>
      </Space>
      <Table<LapseProposal>
        data-testid="lapses-table"
        rowKey="memberId"
        size="middle"
        loading={!list}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        rowSelection={{ selectedRowKeys: ticked, onChange: (keys) => setTicked(keys.map(Number)) }}
        locale={{ emptyText: t('ui.lapses.none') }}
        columns={[
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 110 },
          {
            title: t('fields.fullName'),
            dataIndex: 'fullName',
            ellipsis: true,
            render: (value: string, row) => (
              <Typography.Link onClick={() => navigate({ page: 'member', memberId: row.memberId })}>{value}</Typography.Link>
            ),
          },
          {
            title: t('fields.moo'),
            key: 'place',
            width: 190,
            ellipsis: true,
            render: (_value: unknown, row) => (row.villageId === null ? '' : villageLabel(t, { moo: row.moo, name: row.village })),
          },
          { title: t('ui.arrears.monthsBehind'), dataIndex: 'arrearsMonths', width: 120, align: 'right' },
          {
            title: t('ui.lapses.lastPaid'),
            dataIndex: 'lastPaidOn',
            width: 140,
            render: (value: string | null) => (value ? formatDate(value, language) : t('ui.lapses.neverPaid')),
          },
          {
            title: t('ui.arrears.owed'),
            dataIndex: 'owedSatang',
            width: 140,
            align: 'right',
            render: (value: number) => formatBaht(value),
          },
        ]}
      />
      {recording && (
        <RecordLapsesModal
          members={chosen}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            void message.success(t('ui.lapses.recorded', { count: chosen.length }));
            void load();
          }}
        />
      )}
    </Card>
  );
}
