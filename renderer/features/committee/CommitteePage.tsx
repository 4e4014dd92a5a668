import { PlusOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/api-result';
import type { CommitteeOverview, CommitteeSeat, CommitteeTerm } from '../../../shared/api/committee-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { ExportButtons } from '../../components/ExportButtons';
import { villageLabel } from '../villages/village-label';
import { EndSeatModal } from './EndSeatModal';
import { SeatModal } from './SeatModal';
import { TermModal } from './TermModal';

type Dialog = { kind: 'term' } | { kind: 'seat'; term: CommitteeTerm } | { kind: 'end'; seat: CommitteeSeat };

/**
 * คณะกรรมการ (issue 17 §1): the term running today with who holds each seat, add a seat, end one (a chair
 * replaced mid-term), start a new term, the other terms kept below, and each term's list printed in status form
 * §8's shape.
 */
export function CommitteePage() {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<CommitteeOverview>();
  const [error, setError] = useState<ApiError>();
  const [dialog, setDialog] = useState<Dialog>();

  const load = useCallback(() => {
    void api.fund['committee.overview']({}).then((result) => {
      if (result.ok) setOverview(result.value);
      setError(result.ok ? undefined : result.error);
    });
  }, []);
  useEffect(load, [load]);

  const done = () => {
    setDialog(undefined);
    load();
  };
  const current = overview?.terms.find((term) => term.id === overview.currentTermId);
  const others = overview?.terms.filter((term) => term.id !== overview.currentTermId) ?? [];
  const nextTermNo = Math.max(0, ...(overview?.terms.map((term) => term.termNo) ?? [])) + 1;

  return (
    <div data-testid="committee-page">
      <Card title={t('ui.committee.title')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('ui.committee.intro')}</Typography.Paragraph>
        <WriteAction>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'term' })} data-testid="committee-new-term">
            {t('ui.committee.newTerm')}
          </Button>
        </WriteAction>
        {error && <Alert type="error" showIcon title={localized(error.message)} style={{ marginTop: 12 }} />}
      </Card>
      {overview && (
        <>
          {current ? (
            <TermCard
              term={current}
              today={overview.today}
              heading={t('ui.committee.current')}
              onAddSeat={() => setDialog({ kind: 'seat', term: current })}
              onEndSeat={(seat) => setDialog({ kind: 'end', seat })}
            />
          ) : (
            <Alert
              type="info"
              showIcon
              title={t('ui.committee.noCurrent')}
              style={{ marginBottom: 16 }}
              data-testid="committee-no-current"
            />
          )}
          <Typography.Title level={5}>{t('ui.committee.others')}</Typography.Title>
          {others.length === 0 && <Empty description={t('ui.committee.noOthers')} />}
          {others.map((term) => (
            <TermCard
              key={term.id}
              term={term}
              today={overview.today}
              onAddSeat={() => setDialog({ kind: 'seat', term })}
              onEndSeat={(seat) => setDialog({ kind: 'end', seat })}
            />
          ))}
        </>
      )}
      {dialog?.kind === 'term' && <TermModal nextTermNo={nextTermNo} onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'seat' && <SeatModal term={dialog.term} onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'end' && <EndSeatModal seat={dialog.seat} onClose={() => setDialog(undefined)} onDone={done} />}
    </div>
  );
}

function TermCard({
  term,
  today,
  heading,
  onAddSeat,
  onEndSeat,
}: {
  term: CommitteeTerm;
  today: string;
  heading?: string;
  onAddSeat: () => void;
  onEndSeat: (seat: CommitteeSeat) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const date = (iso: string) => formatDate(iso, language);
  const title = t('ui.committee.termTitle', { termNo: term.termNo, from: date(term.startsOn), to: date(term.endsOn) });
  const lastDay = (seat: CommitteeSeat) => seat.endsOn ?? term.endsOn;
  const stateOf = (seat: CommitteeSeat) => (seat.startsOn > today ? 'upcoming' : lastDay(seat) < today ? 'ended' : 'holding');

  return (
    <Card
      title={heading ? `${heading} — ${title}` : title}
      style={{ marginBottom: 16 }}
      data-testid={`committee-term-${term.termNo}`}
      extra={
        <div className="page-toolbar" style={{ margin: 0 }}>
          <WriteAction>
            <Button icon={<UsergroupAddOutlined />} onClick={onAddSeat} data-testid={`committee-add-seat-${term.termNo}`}>
              {t('ui.committee.addSeat')}
            </Button>
          </WriteAction>
          <ExportButtons method="exports.committee" input={{ termId: term.id }} testId={`committee-print-${term.termNo}`} />
        </div>
      }
    >
      {term.appointedBy !== '' && (
        <Typography.Paragraph type="secondary">{t('ui.committee.appointedBy', { text: term.appointedBy })}</Typography.Paragraph>
      )}
      <Table<CommitteeSeat>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={term.seats}
        locale={{ emptyText: t('ui.committee.noSeats') }}
        onRow={(seat) => ({ 'data-testid': `seat-${seat.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('ui.committee.columns.name'),
            dataIndex: 'fullName',
            render: (name: string, seat) => (seat.memberNo ? `${name} (${seat.memberNo})` : name),
          },
          {
            title: t('ui.committee.columns.position'),
            dataIndex: 'position',
            render: (position: string) => t(`committee.positions.${position}`),
          },
          {
            title: t('ui.committee.columns.communityRole'),
            key: 'role',
            render: (_, seat) =>
              [t(`committee.roles.${seat.communityRole}`), seat.village ? villageLabel(t, seat.village) : '', seat.roleNote]
                .filter((part) => part !== '')
                .join(' '),
          },
          { title: t('ui.committee.columns.phone'), dataIndex: 'phone' },
          {
            title: t('ui.committee.columns.days'),
            key: 'days',
            render: (_, seat) => `${date(seat.startsOn)} – ${seat.endsOn ? date(seat.endsOn) : t('ui.committee.toEnd')}`,
          },
          {
            title: t('ui.committee.columns.status'),
            key: 'status',
            render: (_, seat) => {
              const state = stateOf(seat);
              return (
                <>
                  <Tag color={state === 'holding' ? 'green' : state === 'upcoming' ? 'blue' : 'default'}>{t(`ui.committee.${state}`)}</Tag>
                  {seat.endReason !== '' && (
                    <Typography.Text type="secondary">{t('ui.committee.endedBecause', { reason: seat.endReason })}</Typography.Text>
                  )}
                </>
              );
            },
          },
          {
            title: t('ui.committee.columns.actions'),
            key: 'actions',
            render: (_, seat) =>
              lastDay(seat) >= today && seat.endsOn === null ? (
                <WriteAction>
                  <Button size="small" onClick={() => onEndSeat(seat)} data-testid={`end-seat-${seat.id}`}>
                    {t('ui.committee.endSeat')}
                  </Button>
                </WriteAction>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
